// /journal (nn) and /nb/journal (nb): the public document journal, one month at a time (issue 20 item 2). A document
// exempt from public access is listed as such with its legal basis – never its title or file name (lib/journal).
import { Button, Label, Select, SelectOption } from "@digdir/designsystemet-react";
import { Link, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { downloadPath } from "@/lib/documents/view";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { localized } from "@/lib/i18n/localize";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getJournal, getJournalMonths } from "@/lib/journal/data";
import { EXEMPT_ACCESS_CODE, parseMonth } from "@/lib/journal/journal";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ mnd?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/journal", getTranslator(lang)("openData.journal.title"));
}

export default async function JournalPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "openData.journal");
  const months = await getJournalMonths();
  const asked = (await searchParams).mnd;
  const chosen = typeof asked === "string" && months.includes(asked) ? asked : months[0]!;
  const { year, month } = parseMonth(chosen)!;
  const lines = await getJournal(year, month);
  const monthName = formatDate(lang, new Date(Date.UTC(year, month - 1, 15)), "long").replace(/^\d+\.\s*/, "");
  const local = (v: { nn: string; nb: string | null } | null) => (v ? localize(lang, v.nn, v.nb) : "");
  return (
    <article>
      <PageHeader title={m("title")} lead={m("lead")} />
      <form method="get" action={href(lang, "/journal")} className="mt-8 flex flex-wrap items-end gap-4">
        <div className="grid gap-1">
          <Label htmlFor="journal-month">{m("monthLabel")}</Label>
          <Select id="journal-month" name="mnd" defaultValue={chosen}>
            {months.map((value) => (
              <SelectOption key={value} value={value}>
                {value}
              </SelectOption>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          {m("show")}
        </Button>
      </form>
      <Paragraph className="mt-6">
        <Link href={`/api/journal/${chosen}.csv${lang === "nb" ? "?lang=nb" : ""}`}>{m("csv", { month: monthName })}</Link>
      </Paragraph>
      {lines.length === 0 ? (
        <Paragraph className="mt-6">{m("none", { month: monthName })}</Paragraph>
      ) : (
        // On a narrow screen the table scrolls inside its own region (reachable by keyboard), not the page.
        <div className="mt-6 max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={m("caption", { month: monthName })}>
          <table className="ds-table w-full">
            <caption className="text-left">
              {m("caption", { month: monthName })} – {m("count", { count: lines.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m("date")}</th>
                <th scope="col">{m("docTitle")}</th>
                <th scope="col">{m("kind")}</th>
                <th scope="col">{m("caseReference")}</th>
                <th scope="col">{m("body")}</th>
                <th scope="col">{m("accessCode")}</th>
                <th scope="col">{m("legalBasis")}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id}>
                  <td>{formatDate(lang, line.registeredAt, "short")}</td>
                  <td>
                    {line.access === "open" ? (
                      line.versionId ? (
                        <Link href={downloadPath(line.versionId)} lang={localized(lang, line.title.nn, line.title.nb).lang}>
                          {local(line.title)}
                        </Link>
                      ) : (
                        <span lang={localized(lang, line.title.nn, line.title.nb).lang}>{local(line.title)}</span>
                      )
                    ) : (
                      <em>{m("exempt")}</em>
                    )}
                  </td>
                  <td>{messages(`labels.documentKind.${line.kind}`)}</td>
                  <td>{line.caseReference ?? ""}</td>
                  <td>{local(line.body)}</td>
                  <td>{line.access === "open" ? "" : EXEMPT_ACCESS_CODE}</td>
                  <td>{line.access === "open" ? "" : (line.legalBasis ?? "")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
