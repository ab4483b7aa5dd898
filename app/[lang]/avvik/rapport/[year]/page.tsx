import { Link, Paragraph } from "@digdir/designsystemet-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AccessNotice } from "@/components/deviations/access-notice";
import { OverviewView } from "@/components/deviations/overview-view";
import { PageHeader } from "@/components/layout/page-header";
import { getAgreements, getAreas, getOverview, getParties } from "@/lib/deviations/data";
import { overviewLabels } from "@/lib/deviations/labels";
import { resolveAreaScope } from "@/lib/deviations/policy";
import { formatDate, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { deviationAccess, osloYear, textParam } from "../../shared";

type Props = {
  params: Promise<{ lang: string; year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function parseYear(value: string): number | null {
  const year = Number(value);
  return /^\d{4}$/.test(value) && year >= 2000 && year <= osloYear() ? year : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { year } = await params;
  return pageMetadata(lang, `/avvik/rapport/${year}`, getTranslator(lang)("deviations.report.title", { year }));
}

// The printable yearly report for SSU and the OUs: the overview of one year, with a CSV download. "Print" in the
// browser gives a PDF too (print CSS in globals.css hides the site's header, footer and links); the PDF download is
// made on the server with the same numbers.
export default async function DeviationReportPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { year: rawYear } = await params;
  await connection();
  const year = parseYear(rawYear);
  if (year === null) notFound();
  const m = getTranslator(lang, "deviations");
  const path = `/avvik/rapport/${year}`;
  const access = await deviationAccess();
  if (access.kind === "signIn") return <AccessNotice lang={lang} reason="signIn" returnTo={path} />;

  const areas = await getAreas();
  const target = resolveAreaScope(access.scope, areas, textParam((await searchParams).omrade));
  if (!target) return <AccessNotice lang={lang} reason="forbidden" returnTo={path} />;

  const [overview, parties, agreements] = await Promise.all([
    getOverview(year, target.kind === "all" ? "all" : [target.area.id]),
    getParties(),
    getAgreements(),
  ]);
  const scopeName = target.kind === "all" ? m("overview.scopeAllInSentence") : localize(lang, target.area.name, target.area.nameNb);
  const query = `?lang=${lang}${target.kind === "area" ? `&omrade=${target.area.slug}` : ""}`;
  const csv = `/api/avvik/rapport/${year}.csv${query}`;
  const pdf = `/api/avvik/rapport/${year}.pdf${query}`;
  return (
    <article className="deviation-report">
      <PageHeader title={m("report.title", { year })} lead={m("report.lead", { scope: scopeName })} />
      <Paragraph data-size="sm" className="mt-2">
        {m("report.generated", { date: formatDate(lang, new Date(), "long") })}
      </Paragraph>
      <div className="print-hidden mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <Paragraph data-size="sm">{m("report.print")}</Paragraph>
        <Link href={csv} download>
          {m("report.csv")}
        </Link>
        <Link href={pdf} download>
          {m("report.pdf")}
        </Link>
      </div>
      <OverviewView lang={lang} overview={overview} labels={overviewLabels(lang, parties, agreements)} />
    </article>
  );
}
