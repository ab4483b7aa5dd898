import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import NextLink from "next/link";
import { ReportBody } from "@/components/annual-report/report-body";
import { PageHeader } from "@/components/layout/page-header";
import { Paragraph } from "@/components/ui/ds";
import { getViewer } from "@/lib/auth/data";
import { can } from "@/lib/auth/permissions";
import { getAnnualReport } from "@/lib/annual-report/data";
import { adminReportPath, annualReportPath, annualReportPdfPath, canReadAnnualReport } from "@/lib/annual-report/policy";
import { formatDate, href, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

// One annual report (issue 21 item 4): published for everyone; a draft only for the secretariat (a preview, marked
// as such), and for everyone else a plain 404. The text is in the report's own language, marked with lang.
type Props = { params: Promise<{ lang: string; year: string }> };

async function load(value: string) {
  await connection();
  if (!/^\d{4}$/.test(value)) return null;
  const [report, viewer] = await Promise.all([getAnnualReport(Number(value)), getViewer()]);
  return report && canReadAnnualReport(viewer, report.status) ? { report, viewer } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const found = await load((await params).year);
  if (!found) return {};
  const { report } = found;
  const page = pageMetadata(lang, annualReportPath(report.year), getTranslator(lang)("annualReport.public.reportTitle", { year: report.year }));
  return report.status === "PUBLISHED" ? page : { ...page, robots: { index: false } };
}

export default async function AnnualReportPage({ params }: Props) {
  const lang = await langFromParams(params);
  const found = await load((await params).year);
  if (!found) notFound();
  const { report, viewer } = found;
  const m = getTranslator(lang, "annualReport");
  return (
    <article>
      <PageHeader title={m("public.reportTitle", { year: report.year })} />
      {report.status === "DRAFT" ? (
        <div className="ds-alert mt-6" data-color="warning">
          {m("public.draftNotice")}
        </div>
      ) : null}
      {report.publishedAt ? (
        <Paragraph className="mt-3" data-size="sm">
          {m.rich("public.published", { date: formatDate(lang, report.publishedAt, "long"), time: (text) => <time dateTime={osloIsoDate(report.publishedAt!)}>{text}</time> })}
        </Paragraph>
      ) : null}
      {report.language !== lang ? (
        <Paragraph className="mt-2" data-size="sm">
          {m("public.writtenIn", { language: m(`language.${report.language}`).toLowerCase() })}
        </Paragraph>
      ) : null}
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          {/* canReadAnnualReport let this page open, and it is the route's guard too. */}
          <a href={annualReportPdfPath(report.year)} className="ds-link">
            {m("public.pdf")}
          </a>
        </li>
        {can(viewer, "annualReport.manage") ? (
          <li>
            <NextLink href={href(lang, adminReportPath(report.year))} className="ds-link">
              {m("public.edit")}
            </NextLink>
          </li>
        ) : null}
      </ul>
      <ReportBody sections={report.sections} contentsLabel={m("public.contents")} contentLang={report.language} />
    </article>
  );
}
