import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { PublishForm } from "@/components/annual-report/publish-form";
import { SectionsForm } from "@/components/annual-report/sections-form";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { Paragraph } from "@/components/ui/ds";
import { publishReportAction, saveReportAction, type Outcome } from "@/lib/annual-report/actions";
import { getAnnualReport } from "@/lib/annual-report/data";
import { adminReportPath, annualReportPath } from "@/lib/annual-report/policy";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate, formatDateTime, href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

// The annual report's editor (issue 21 item 4): the sections to edit, then publish (or withdraw). The outcome of the
// last save (?utfall=…) is shown first and takes the focus.
type Props = { params: Promise<{ lang: string; year: string }>; searchParams: Promise<{ utfall?: string }> };

const yearOf = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const year = yearOf((await params).year) ?? 0;
  return { ...pageMetadata(lang, adminReportPath(year), getTranslator(lang)("annualReport.editor.title", { year })), robots: { index: false } };
}

export default async function AnnualReportEditorPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const year = yearOf((await params).year);
  await requirePagePermission("annualReport.manage", lang, adminReportPath(year ?? 0));
  await connection();
  const report = year ? await getAnnualReport(year) : null;
  if (!report) notFound();
  const m = getTranslator(lang, "annualReport");
  const e = getTranslator(lang, "annualReport.editor");
  const outcome = (await searchParams).utfall as Outcome | undefined;
  const outcomeText = ({ laga: m("admin.generated", { year: report.year }), lagra: e("saved"), publisert: e("published"), trekt: e("withdrawn") } as Record<string, string>)[outcome ?? ""];
  const published = report.status === "PUBLISHED";
  return (
    <>
      <PageHeader title={e("title", { year: report.year })} lead={e("lead", { date: formatDateTime(lang, report.generatedAt) })} />
      <AdminNav lang={lang} current="annualReport" />
      {outcomeText ? (
        <OutcomeMessage tone="success" focusKey={outcome} className="mt-6" testId="annual-report-outcome">
          {outcomeText}
        </OutcomeMessage>
      ) : null}
      <Paragraph className="mt-6">
        <NextLink href={href(lang, annualReportPath(report.year))} className="ds-link">
          {e("preview")}
        </NextLink>
      </Paragraph>

      <ClientMessages lang={lang} for="SectionsForm"><SectionsForm lang={lang} action={saveReportAction} report={{ year: report.year, version: report.version, language: report.language, sections: report.sections }} /></ClientMessages>

      <section aria-labelledby="publish-heading" className="mt-10 max-w-3xl">
        <SectionHeading id="publish-heading">{e("publishHeading")}</SectionHeading>
        <Paragraph className="mt-3" data-testid="annual-report-status">
          {published ? e("isPublished", { date: formatDate(lang, report.publishedAt!, "long") }) : e("isDraft")}
        </Paragraph>
        {!published ? <Paragraph className="mt-2" data-size="sm">{e("unsavedFirst")}</Paragraph> : null}
        <ClientMessages lang={lang} for="PublishForm"><PublishForm lang={lang} action={publishReportAction} year={report.year} version={report.version} publish={!published} /></ClientMessages>
      </section>
    </>
  );
}
