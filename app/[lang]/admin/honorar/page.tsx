import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { DecisionForm } from "@/components/fees/decision-form";
import { ReceiptLinks } from "@/components/fees/receipt-links";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import type { Viewer } from "@/lib/auth/viewer";
import { decideClaimAction } from "@/lib/fees/actions";
import { claimsForReview, feeRates, type ReviewClaim } from "@/lib/fees/data";
import { hoursText, kroner } from "@/lib/fees/policy";
import NextLink from "next/link";
import { formatDate, formatDateTime, href, localize, type Locale, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { osloIsoDate } from "@/lib/i18n/dates";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/honorar", getTranslator(lang)("fees.admin.title")), robots: { index: false } };
}

function ClaimSummary({ lang, viewer, c }: { lang: Locale; viewer: Viewer; c: ReviewClaim }) {
  const m = getTranslator(lang);
  const a = getTranslator(lang, "fees.admin");
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)]">
      <dt className="font-semibold">{a("meeting")}</dt>
      <dd>
        {localize(lang, c.meeting.body.name, c.meeting.body.nameNb)}, {formatDateTime(lang, c.meeting.startsAt)} ({m(`labels.seat.${c.seat}`)})
      </dd>
      <dt className="font-semibold">{a("amounts")}</dt>
      <dd>{a("amountsText", { meeting: hoursText(c.meetingMinutes), preparation: hoursText(c.preparationMinutes), kilometres: c.kilometres, expenses: kroner(c.expensesOre) })}</dd>
      {c.note ? (
        <>
          <dt className="font-semibold">{m("fees.form.note")}</dt>
          <dd className="[overflow-wrap:anywhere]">{c.note}</dd>
        </>
      ) : null}
      <dt className="font-semibold">{a("receipts")}</dt>
      <dd>
        <ReceiptLinks lang={lang} viewer={viewer} claim={c} empty={a("noReceipts")} />
      </dd>
      <dt className="font-semibold">{a("total")}</dt>
      <dd data-testid="claim-total">{kroner(c.totalOre)} kr</dd>
    </dl>
  );
}

// The secretariat's fee desk (issue 16 item 3): claims waiting for a decision, each with its receipts (links shown by
// the receipt policy), the latest decided ones, the payroll export for a period and the rates (data with validity
// dates; seeded ones are marked as examples).
export default async function FeeDeskPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const viewer = await requirePagePermission("fee.manage", lang, "/admin/honorar");
  const m = getTranslator(lang);
  const a = getTranslator(lang, "fees.admin");
  // `recent`: claims decided in the last quarter of an hour stay in place under "waiting" with their outcome, so the
  // message that says what happened (and takes focus) is where the secretariat acted, not gone with the list item.
  const [{ waiting, recent, decided }, rates] = await Promise.all([claimsForReview(), feeRates()]);
  const today = osloIsoDate(new Date());
  const yearStart = `${today.slice(0, 4)}-01-01`;
  return (
    <>
      <PageHeader title={a("title")} lead={a("lead")} />
      <AdminNav lang={lang} current="fees" />
      <section aria-labelledby="fees-waiting" className="mt-8 max-w-3xl" data-testid="fees-waiting">
        <SectionHeading id="fees-waiting">{a("waiting")}</SectionHeading>
        {waiting.length === 0 ? <p className="ds-paragraph mt-3">{a("noneWaiting")}</p> : null}
        <ul className="mt-3 grid gap-4">
          <ClientMessages lang={lang} for="DecisionForm">{[...waiting, ...recent].map((c) => (
            <li key={c.id} className="min-w-0 rounded-md border border-neutral-border-subtle p-3" data-claim={c.id}>
              <h3 className="font-semibold">{c.claimant}</h3>
              <ClaimSummary lang={lang} viewer={viewer} c={c} />
              <div className="mt-3">
                <DecisionForm
                  id={`decide-${c.id}`}
                  action={decideClaimAction}
                  claimId={c.id}
                  version={c.version}
                  claimant={c.claimant}
                  decided={c.status === "SUBMITTED" ? null : m(`fees.page.status.${c.status}`)}
                />
              </div>
            </li>
          ))}</ClientMessages>
        </ul>
      </section>

      <section aria-labelledby="fees-export" className="mt-10 max-w-3xl">
        <SectionHeading id="fees-export">{a("exportHeading")}</SectionHeading>
        <p className="ds-paragraph mt-2">{a("exportLead")}</p>
        <p className="mt-2">
          <NextLink className="ds-link" href={href(lang, `/admin/honorar/kostnader?ar=${today.slice(0, 4)}`)}>
            {m("fees.costs.link")}
          </NextLink>
        </p>
        <form method="get" action="/api/honorar/eksport" className="mt-3 flex flex-wrap items-end gap-4">
          <input type="hidden" name="lang" value={lang} />
          <div className="grid gap-1">
            <label htmlFor="export-from" className="ds-label" data-weight="medium">
              {a("from")}
            </label>
            <input id="export-from" name="fra" type="date" className="ds-input" defaultValue={yearStart} required />
          </div>
          <div className="grid gap-1">
            <label htmlFor="export-to" className="ds-label" data-weight="medium">
              {a("to")}
            </label>
            <input id="export-to" name="til" type="date" className="ds-input" defaultValue={today} required />
          </div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {a("exportButton")}
          </button>
        </form>
      </section>

      <section aria-labelledby="fees-decided" className="mt-10 max-w-3xl">
        <SectionHeading id="fees-decided">{a("decided")}</SectionHeading>
        <ul className="mt-3 grid gap-3">
          {decided.map((c) => (
            <li key={c.id} className="min-w-0 rounded-md border border-neutral-border-subtle p-3">
              <p className="font-semibold">
                {c.claimant} – {m(`fees.page.status.${c.status}`)}
                {c.returnReason ? `: ${c.returnReason}` : ""}
              </p>
              <ClaimSummary lang={lang} viewer={viewer} c={c} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="fees-rates" className="mt-10 max-w-3xl">
        <SectionHeading id="fees-rates">{a("ratesHeading")}</SectionHeading>
        <p className="ds-paragraph mt-2">{a("ratesLead")}</p>
        <p className="mt-2">
          <NextLink className="ds-link" href={href(lang, "/admin/honorar/satsar")}>
            {m("fees.rates.link")}
          </NextLink>
        </p>
        <ul className="mt-3 grid gap-1" data-testid="fee-rates">
          {rates.map((r, i) => (
            <li key={i}>
              {m(`labels.seat.${r.seat}`)}, {a(`rateKind.${r.kind}`).toLowerCase()}: {kroner(r.amountOre)} kr ({a("validFrom").toLowerCase()} {formatDate(lang, r.validFrom, "long")}
              {r.validTo ? ` – ${formatDate(lang, r.validTo, "long")}` : ""}){r.example ? ` – ${a("exampleMark")}` : ""}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
