import type { Metadata } from "next";
import { connection } from "next/server";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { GenerateForm } from "@/components/annual-report/generate-form";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { Paragraph } from "@/components/ui/ds";
import { generateReportAction } from "@/lib/annual-report/actions";
import { listAnnualReports } from "@/lib/annual-report/data";
import { ADMIN_PATH, adminReportPath, lastFullYear, reportableYears } from "@/lib/annual-report/policy";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate, href, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

// The secretariat's annual reports (issue 21 item 4): make a draft of a year from the portal's data, and the reports
// made so far with their status.
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, ADMIN_PATH, getTranslator(lang)("annualReport.admin.title")), robots: { index: false } };
}

export default async function AnnualReportAdminPage({ params }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("annualReport.manage", lang, ADMIN_PATH);
  await connection();
  const m = getTranslator(lang, "annualReport");
  const thisYear = Number(osloIsoDate(new Date()).slice(0, 4));
  const reports = await listAnnualReports();
  return (
    <>
      <PageHeader title={m("admin.title")} lead={m("admin.lead")} />
      <AdminNav lang={lang} current="annualReport" />

      <section aria-labelledby="generate-heading" className="mt-8">
        <SectionHeading id="generate-heading">{m("admin.generateHeading")}</SectionHeading>
        <ClientMessages lang={lang} for="GenerateForm"><GenerateForm lang={lang} action={generateReportAction} years={reportableYears(thisYear)} defaultYear={lastFullYear(thisYear)} /></ClientMessages>
      </section>

      <section aria-labelledby="reports-heading" className="mt-10">
        <SectionHeading id="reports-heading">{m("admin.listHeading")}</SectionHeading>
        {reports.length === 0 ? (
          <Paragraph className="mt-3">{m("admin.none")}</Paragraph>
        ) : (
          <div className="mt-3 max-w-full overflow-x-auto" role="region" aria-labelledby="reports-heading" tabIndex={0}>
            <table className="ds-table" data-testid="annual-reports">
              <thead>
                <tr>
                  <th scope="col">{m("admin.columns.year")}</th>
                  <th scope="col">{m("admin.columns.status")}</th>
                  <th scope="col">{m("admin.columns.updated")}</th>
                  <th scope="col">{m("admin.columns.action")}</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((r) => (
                  <tr key={r.year}>
                    <th scope="row">{r.year}</th>
                    <td>{m(`status.${r.status}`)}</td>
                    <td>{formatDate(lang, r.updatedAt, "short")}</td>
                    <td>
                      <NextLink href={href(lang, adminReportPath(r.year))} className="ds-link">
                        {m("admin.edit", { year: r.year })}
                      </NextLink>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
