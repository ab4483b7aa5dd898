import type { Metadata } from "next";
import { connection } from "next/server";
import NextLink from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Paragraph } from "@/components/ui/ds";
import { listPublishedReports } from "@/lib/annual-report/data";
import { annualReportPath } from "@/lib/annual-report/policy";
import { formatDate, href, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

// The published annual reports, newest first (issue 21 item 4). Drafts are the secretariat's (/admin/arsmelding).
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "annualReport.public");
  return { ...pageMetadata(lang, "/arsmelding", m("title")), description: m("lead") };
}

export default async function AnnualReportsPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getTranslator(lang, "annualReport.public");
  const reports = await listPublishedReports();
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      {reports.length === 0 ? (
        <Paragraph className="mt-8">{m("none")}</Paragraph>
      ) : (
        <ul className="mt-8 grid gap-3" data-testid="annual-report-list">
          {reports.map((r) => (
            <li key={r.year}>
              <NextLink href={href(lang, annualReportPath(r.year))} className="ds-link text-lg">
                {m("item", { year: r.year })}
              </NextLink>
              {r.publishedAt ? (
                <Paragraph data-size="sm">
                  {m.rich("published", { date: formatDate(lang, r.publishedAt, "long"), time: (text) => <time dateTime={osloIsoDate(r.publishedAt!)}>{text}</time> })}
                </Paragraph>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
