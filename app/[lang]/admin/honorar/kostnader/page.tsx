import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { costReport } from "@/lib/fees/cost-report";
import { percent } from "@/lib/fees/export";
import { kroner } from "@/lib/fees/policy";
import { yearSchema } from "@/lib/fees/schema";
import { localize, getTranslator } from "@/lib/i18n";
import { osloIsoDate } from "@/lib/i18n/dates";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ ar?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/honorar/kostnader", getTranslator(lang)("fees.costs.title")), robots: { index: false } };
}

// The yearly cost report (issue 16 item 3; the spec's economy section – it has no rule id): approved fees and travel
// of the year's meetings, split 50/50 between the specialist service and the municipalities, the municipal half by the
// agreed key (data: CostShareKey, seeded as an example). Rounding in lib/fees/cost-share.ts; the CSV has the same rows.
export default async function CostReportPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  await requirePagePermission("fee.manage", lang, "/admin/honorar/kostnader");
  const c = getTranslator(lang, "fees.costs");
  const raw = (await searchParams).ar;
  const parsed = yearSchema.safeParse(typeof raw === "string" ? raw : "");
  const year = parsed.success ? parsed.data : Number(osloIsoDate(new Date()).slice(0, 4));
  const report = await costReport(year);
  const money = (ore: number) => <td className="text-right tabular-nums" data-label={c("amount")}>{kroner(ore)}</td>;
  return (
    <>
      <PageHeader title={`${c("title")} ${year}`} lead={c("lead")} />
      <AdminNav lang={lang} current="fees" />
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4">
        <div className="grid gap-1">
          <label htmlFor="cost-year" className="ds-label" data-weight="medium">
            {c("year")}
          </label>
          <input id="cost-year" name="ar" inputMode="numeric" pattern="[0-9]{4}" className="ds-input max-w-32" defaultValue={year} />
        </div>
        <button type="submit" className="ds-button" data-variant="secondary">
          {c("show")}
        </button>
        <a className="ds-link" href={`/api/honorar/kostnader?ar=${year}&lang=${lang}`} download>
          {c("csv")}
        </a>
      </form>

      <section aria-labelledby="costs-totals" className="mt-8 max-w-3xl">
        <SectionHeading id="costs-totals">{c("totalsCaption", { year })}</SectionHeading>
        <p className="ds-paragraph mt-2">{c("claims", { count: report.claims })}</p>
        <table className="ds-table stack-table mt-3 w-full" data-size="sm" data-testid="cost-totals">
          <caption className="sr-only">{c("totalsCaption", { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{c("line")}</th>
              <th scope="col" className="text-right">
                {c("amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{c("fees")}</th>
              {money(report.feesOre)}
            </tr>
            <tr>
              <th scope="row">{c("travel")}</th>
              {money(report.travelOre)}
            </tr>
            <tr>
              <th scope="row">{c("total")}</th>
              {money(report.totalOre)}
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="costs-split" className="mt-8 max-w-3xl">
        <SectionHeading id="costs-split">{c("splitCaption", { year })}</SectionHeading>
        <table className="ds-table stack-table mt-3 w-full" data-size="sm" data-testid="cost-split">
          <caption className="sr-only">{c("splitCaption", { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{c("party")}</th>
              <th scope="col" className="text-right">
                {c("amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{c("specialist")}</th>
              {money(report.specialistOre)}
            </tr>
            <tr>
              <th scope="row">{c("municipal")}</th>
              {money(report.municipalOre)}
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="costs-key" className="mt-8 max-w-3xl">
        <SectionHeading id="costs-key">{c("keyCaption", { year })}</SectionHeading>
        {report.keyIsExample ? (
          <p className="ds-paragraph mt-2 font-semibold" data-testid="example-key">
            {c("exampleKey")}
          </p>
        ) : null}
        {report.municipalities[0] ? (
          <p className="ds-paragraph mt-2">
            {c("basis")}{" "}
            {/* The key's basis is stored in nynorsk. */}
            <span lang={lang === "nb" ? "nn" : undefined}>{report.municipalities[0].basis}</span>
          </p>
        ) : (
          <p className="ds-paragraph mt-2">{c("noKey")}</p>
        )}
        {report.municipalities.length ? (
          <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={c("keyCaption", { year })}>
            <table className="ds-table stack-table w-full" data-size="sm" data-testid="cost-key">
              <caption className="sr-only">{c("keyCaption", { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{c("party")}</th>
                  <th scope="col" className="text-right">
                    {c("weight")}
                  </th>
                  <th scope="col" className="text-right">
                    {c("share")}
                  </th>
                  <th scope="col" className="text-right">
                    {c("amount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.municipalities.map((r) => (
                  <tr key={r.partyId}>
                    <th scope="row">{localize(lang, r.name, r.nameNb)}</th>
                    <td className="text-right tabular-nums" data-label={c("weight")}>
                      {r.weight}
                    </td>
                    <td className="text-right tabular-nums" data-label={c("share")}>
                      {percent(r.share)} %
                    </td>
                    {money(r.ore)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <p className="ds-paragraph mt-3" data-size="sm">
          {c("rounding")}
        </p>
      </section>
    </>
  );
}
