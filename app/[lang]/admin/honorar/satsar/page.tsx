import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { RateForm } from "@/components/fees/rate-form";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { SEAT_CATEGORIES } from "@/lib/domain/vocabulary";
import { addRateAction } from "@/lib/fees/actions";
import { rateTable } from "@/lib/fees/data";
import { FEE_RATE_KINDS, kroner } from "@/lib/fees/policy";
import { formatDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/honorar/satsar", getTranslator(lang)("fees.rates.title")), robots: { index: false } };
}

// The secretariat's fee rates (issue 16 item 3; the spec's economy section: GP and user representatives are paid for
// meeting time, preparation and travel): every rate with its validity and whether it is a seeded example, and a form
// for a new one. A claim is priced at the rates valid on the meeting day (lib/fees/policy.ts ratesFor).
export default async function FeeRatesPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  await requirePagePermission("fee.manage", lang, "/admin/honorar/satsar");
  const m = getTranslator(lang);
  const a = getTranslator(lang, "fees.admin");
  const r = getTranslator(lang, "fees.rates");
  const rates = await rateTable();
  return (
    <>
      <PageHeader title={r("title")} lead={r("lead")} />
      <AdminNav lang={lang} current="fees" />
      <section aria-labelledby="rates-list" className="mt-8 max-w-4xl">
        <SectionHeading id="rates-list">{a("ratesHeading")}</SectionHeading>
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={r("tableCaption")}>
          <table className="ds-table stack-table w-full" data-size="sm" data-testid="rate-table">
            <caption className="sr-only">{r("tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{a("seat")}</th>
                <th scope="col">{a("kind")}</th>
                <th scope="col" className="text-right">
                  {a("amount")}
                </th>
                <th scope="col">{a("validFrom")}</th>
                <th scope="col">{r("validTo")}</th>
                <th scope="col">{r("status")}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((rate) => (
                <tr key={rate.id} data-rate={rate.id}>
                  <td data-label={a("seat")}>{m(`labels.seat.${rate.seat}`)}</td>
                  <td data-label={a("kind")}>{a(`rateKind.${rate.kind}`)}</td>
                  <td data-label={a("amount")} className="text-right tabular-nums">
                    {kroner(rate.amountOre)}
                  </td>
                  <td data-label={a("validFrom")}>{formatDate(lang, rate.validFrom, "long")}</td>
                  <td data-label={r("validTo")}>{rate.validTo ? formatDate(lang, rate.validTo, "long") : r("openEnded")}</td>
                  <td data-label={r("status")}>{rate.example ? r("example") : r("agreed")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="rates-add" className="mt-10 max-w-4xl">
        <SectionHeading id="rates-add">{r("addHeading")}</SectionHeading>
        <p className="ds-paragraph mt-2">{r("addLead")}</p>
        <ClientMessages lang={lang} for="RateForm"><RateForm
          lang={lang}
          action={addRateAction}
          seats={SEAT_CATEGORIES.map((s) => ({ value: s, label: m(`labels.seat.${s}`) }))}
          kinds={FEE_RATE_KINDS.map((k) => ({ value: k, label: a(`rateKind.${k}`) }))}
        /></ClientMessages>
      </section>
    </>
  );
}
