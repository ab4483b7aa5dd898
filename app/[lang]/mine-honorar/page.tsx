import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { connection } from "next/server";
import { ClaimForm } from "@/components/fees/claim-form";
import { ReceiptLinks } from "@/components/fees/receipt-links";
import { formatSize } from "@/components/public/document-list";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { submitClaimAction } from "@/lib/fees/actions";
import { claimableMeetings } from "@/lib/fees/data";
import { hoursText, kroner } from "@/lib/fees/policy";
import { formatDateTime, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/mine-honorar", getTranslator(lang)("fees.page.title")), robots: { index: false } };
}

// Fees and travel claims (issue 16 item 3): the meetings the signed-in person attended in a fee-entitled seat (the
// attendance register decides), each with its claim's status and receipts, and a form to claim – or to correct a
// returned claim, receipts included. Each form gets a fresh idempotency key with every render.
export default async function MyFeesPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const viewer = await requirePagePermission("fee.claim", lang, "/mine-honorar");
  const m = getTranslator(lang);
  const f = getTranslator(lang, "fees");
  const meetings = await claimableMeetings(viewer.userId);
  return (
    <>
      <PageHeader title={f("page.title")} lead={f("page.lead")} />
      {meetings.length === 0 ? <p className="ds-paragraph mt-6 max-w-3xl">{f("page.none")}</p> : null}
      <ul className="mt-6 grid max-w-3xl gap-6" data-testid="fee-meetings">
        <ClientMessages lang={lang} for="ClaimForm">{meetings.map((mt) => {
          const claim = mt.claim;
          const status = claim?.status ?? "NONE";
          const headingId = `fee-${mt.meetingId}`;
          return (
            <li key={`${mt.meetingId}-${mt.membershipId}`} className="min-w-0 rounded-md border border-neutral-border-subtle p-3" data-meeting={mt.meetingId}>
              <section aria-labelledby={headingId}>
                <SectionHeading id={headingId}>{f("page.meeting", { body: localize(lang, mt.body.name, mt.body.nameNb), date: formatDateTime(lang, mt.startsAt) })}</SectionHeading>
                <p className="ds-paragraph mt-1" data-size="sm">
                  {m(`labels.seat.${mt.seat}`)} ·{" "}
                  <span data-testid="fee-status" data-status={status}>
                    {f(`page.status.${status}`)}
                  </span>
                  {claim ? ` · ${f("page.total", { total: kroner(claim.totalOre) })}` : null}
                </p>
                {claim && claim.receipts.length > 0 ? (
                  <div className="mt-2" data-size="sm">
                    <p className="ds-paragraph font-semibold" data-size="sm">
                      {f("page.receipts")}
                    </p>
                    <ReceiptLinks lang={lang} viewer={viewer} claim={claim} />
                  </div>
                ) : null}
                {claim?.status === "RETURNED" && claim.returnReason ? (
                  <p className="ds-alert mt-2" data-color="warning" data-size="sm">
                    {f("page.returned", { reason: claim.returnReason })}
                  </p>
                ) : null}
                <p className="ds-paragraph mt-1" data-size="sm">
                  {f("page.rates", { meeting: kroner(mt.rates.meetingRateOre), preparation: kroner(mt.rates.preparationRateOre), kilometre: kroner(mt.rates.kilometreRateOre) })}
                  {mt.rates.example ? ` ${f("page.example")}` : null}
                </p>
                {claim?.status !== "APPROVED" ? (
                  <details className="mt-2" open={claim?.status === "RETURNED"}>
                    <summary className="cursor-pointer">{claim ? f("form.correct") : f("form.heading")}</summary>
                    <div className="mt-3">
                      <ClaimForm
                        id={`claim-${mt.meetingId}`}
                        action={submitClaimAction}
                        meetingId={mt.meetingId}
                        membershipId={mt.membershipId}
                        version={claim?.version ?? 0}
                        idempotencyKey={randomUUID()}
                        receipts={(claim?.receipts ?? []).map((r) => ({ id: r.id, label: f("form.remove", { file: r.fileName, size: formatSize(lang, r.size) }) }))}
                        submit={f("form.submit")}
                        initial={{
                          meetingHours: hoursText(claim?.meetingMinutes ?? mt.prefillMinutes),
                          preparationHours: claim ? hoursText(claim.preparationMinutes) : "",
                          kilometres: claim ? String(claim.kilometres) : "",
                          expenses: claim ? kroner(claim.expensesOre) : "",
                          note: claim?.note ?? "",
                        }}
                      />
                    </div>
                  </details>
                ) : null}
              </section>
            </li>
          );
        })}</ClientMessages>
      </ul>
    </>
  );
}
