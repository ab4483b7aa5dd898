import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { SelectField } from "@/components/forms/fields";
import { ReminderForm } from "@/components/adoption/reminder-form";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { sendReminderAction } from "@/lib/adoption/actions";
import { getAdoptionMatrix, latestAdoptedVersions, reminderRecipients, reviewsDue, type MatrixCell } from "@/lib/adoption/data";
import { ADOPTING_PARTY_KINDS, ADOPTION_STATUSES, adoptionDocumentPath } from "@/lib/adoption/policy";
import { ISO_DATE } from "@/lib/editors/form";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate, href, localize, osloIsoDate, type Locale, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

// The secretariat's adoption matrix (issue 21 item 1): parties × the latest version SSU adopted of each agreement,
// filtered by party kind, status and agreement (GET, so a filtered view can be linked); a reminder with a preview of
// who gets it; and the agreements whose yearly review is due (spec "Agreements": SSU reviews them yearly).
const PATH = "/admin/avtalar/vedtak";

type Search = { type?: string; status?: string; avtale?: string; for?: string };
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Search> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, PATH, getTranslator(lang)("adoption.matrix.title")), robots: { index: false } };
}

const pick = <T extends string>(value: string | undefined, allowed: readonly T[]): T | "" => (allowed as readonly string[]).includes(value ?? "") ? (value as T) : "";

function Cell({ lang, cell }: { lang: Locale; cell: MatrixCell }) {
  const m = getTranslator(lang, "adoption");
  if (!cell) return <span className="text-neutral-text-subtle">{m("matrix.missing")}</span>;
  return (
    <>
      <span className="block whitespace-nowrap">{m(`status.${cell.status}`)}</span>
      {cell.decidedOn ? <span className="block whitespace-nowrap text-sm">{formatDate(lang, cell.decidedOn, "short")}</span> : null}
      {cell.reference ? <span className="block whitespace-nowrap text-sm">{cell.reference}</span> : null}
      {cell.note ? <span className="block max-w-48 text-sm">{cell.note}</span> : null}
      {cell.documentName ? (
        // The page itself requires adoption.manage, the permission canReadAdoptionDocument grants the secretariat.
        <a href={adoptionDocumentPath(cell.id)} className="ds-link block text-sm">
          {m("own.document", { name: cell.documentName })}
        </a>
      ) : null}
    </>
  );
}

export default async function AdoptionMatrixPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("adoption.manage", lang, PATH);
  const search = await searchParams;
  const m = getTranslator(lang, "adoption");
  const kind = pick(search.type, ADOPTING_PARTY_KINDS);
  const status = pick(search.status, ADOPTION_STATUSES);
  const [matrix, due, versions] = await Promise.all([getAdoptionMatrix({ kind, status, agreement: search.avtale ?? "" }), reviewsDue(), latestAdoptedVersions()]);
  const agreement = matrix.versions.length === 1 && search.avtale ? search.avtale : "";
  const before = search.for && ISO_DATE.test(search.for) ? search.for : "";
  const recipients = before ? await reminderRecipients({ before, agreement, kind }) : null;
  const mails = recipients?.reduce((n, p) => n + p.contacts.length, 0) ?? 0;
  return (
    <>
      <PageHeader title={m("matrix.title")} lead={m("matrix.lead")} />
      <AdminNav lang={lang} current="agreements" />

      <form method="get" action={href(lang, PATH)} className="mt-6 flex flex-wrap items-end gap-4" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="sr-only">
          {m("matrix.filters")}
        </h2>
        <SelectField
          id="filter-kind"
          name="type"
          label={m("matrix.kind")}
          empty={m("matrix.all")}
          defaultValue={kind}
          options={ADOPTING_PARTY_KINDS.map((k) => ({ value: k, label: m(`partyKind.${k}`) }))}
        />
        <SelectField
          id="filter-status"
          name="status"
          label={m("matrix.status")}
          empty={m("matrix.all")}
          defaultValue={status}
          options={ADOPTION_STATUSES.map((s) => ({ value: s, label: m(`status.${s}`) }))}
        />
        <SelectField
          id="filter-agreement"
          name="avtale"
          label={m("matrix.agreement")}
          empty={m("matrix.all")}
          defaultValue={agreement}
          className="min-w-0 max-w-full"
          options={versions.map((v) => ({ value: v.slug, label: localize(lang, v.title, v.titleNb) }))}
        />
        {before ? <input type="hidden" name="for" value={before} /> : null}
        <button type="submit" className="ds-button" data-variant="secondary">
          {m("matrix.apply")}
        </button>
      </form>

      <section aria-labelledby="matrix-caption" className="mt-6">
        {matrix.versions.length === 0 ? (
          <p className="ds-paragraph">{m("matrix.noVersions")}</p>
        ) : matrix.parties.length === 0 ? (
          <p className="ds-paragraph">{m("matrix.empty")}</p>
        ) : null}
        <p className="ds-paragraph" data-size="sm" aria-live="polite">
          {m("matrix.shown", { parties: matrix.parties.length, agreements: matrix.versions.length })}
        </p>
        <div className="mt-2 max-w-full overflow-x-auto" role="region" aria-label={m("matrix.region")} tabIndex={0}>
          <table className="ds-table" data-size="sm" data-testid="adoption-matrix">
            <caption id="matrix-caption" className="text-left font-semibold">
              {m("matrix.caption")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m("matrix.party")}</th>
                {matrix.versions.map((v) => (
                  <th key={v.versionId} scope="col" className="min-w-36 align-bottom">
                    {m("matrix.column", { agreement: localize(lang, v.title, v.titleNb), label: v.label })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.parties.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="whitespace-nowrap font-normal">
                    {localize(lang, p.name, p.nameNb)}
                  </th>
                  {p.cells.map((c, i) => (
                    <td key={matrix.versions[i]!.versionId}>
                      <Cell lang={lang} cell={c} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{m("matrix.total")}</th>
                {matrix.versions.map((v) => (
                  <td key={v.versionId} className="whitespace-nowrap font-semibold">
                    {m("matrix.totalCell", { adopted: v.adopted, total: v.total })}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <section aria-labelledby="reminder-heading" className="mt-10 max-w-3xl">
        <SectionHeading id="reminder-heading">{m("reminder.heading")}</SectionHeading>
        <p className="ds-paragraph mt-2">{m("reminder.lead")}</p>
        <form method="get" action={href(lang, PATH)} className="mt-3 flex flex-wrap items-end gap-4">
          {kind ? <input type="hidden" name="type" value={kind} /> : null}
          {status ? <input type="hidden" name="status" value={status} /> : null}
          {agreement ? <input type="hidden" name="avtale" value={agreement} /> : null}
          <div className="grid gap-1">
            <label htmlFor="reminder-before" className="ds-label" data-weight="medium">
              {m("reminder.before")}
            </label>
            <input id="reminder-before" type="date" name="for" className="ds-input" defaultValue={before || osloIsoDate(new Date())} required />
          </div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {m("reminder.preview")}
          </button>
        </form>
        <ClientMessages lang={lang} for="ReminderForm">{recipients ? (
          <div className="mt-4" data-testid="reminder-preview">
            <h3 className="ds-heading" data-size="xs">
              {m("reminder.previewHeading")}
            </h3>
            {recipients.length === 0 ? (
              <p className="ds-paragraph mt-2">{m("reminder.none")}</p>
            ) : (
              <>
                <p className="ds-paragraph mt-2 font-semibold">{m("reminder.count", { parties: recipients.length, reached: recipients.filter((p) => p.contacts.length > 0).length, mails })}</p>
                <ul className="mt-2 list-disc pl-5 [overflow-wrap:anywhere]">
                  {recipients.map((p) => (
                    <li key={p.partyId}>
                      {localize(lang, p.name, p.nameNb)}: {p.contacts.length ? p.contacts.map((c) => c.name).join(", ") : m("reminder.noContact")} (
                      {p.agreements.map((a) => `${localize(lang, a.title, a.titleNb)} ${a.label}`).join("; ")})
                    </li>
                  ))}
                </ul>
                {mails > 0 ? <ReminderForm lang={lang} action={sendReminderAction} before={before} agreement={agreement} kind={kind} requestKey={randomUUID()} /> : null}
              </>
            )}
          </div>
        ) : null}</ClientMessages>
      </section>

      <section aria-labelledby="reviews-due-heading" className="mt-10 max-w-3xl" id="arleg-gjennomgang">
        <SectionHeading id="reviews-due-heading">{m("reviews.heading")}</SectionHeading>
        <p className="ds-paragraph mt-2">{m("reviews.lead")}</p>
        {due.length === 0 ? (
          <p className="ds-paragraph mt-2">{m("reviews.none")}</p>
        ) : (
          <ul className="mt-3 grid gap-2" data-testid="reviews-due">
            {due.map((a) => (
              <li key={a.slug}>
                <span className="font-semibold">{localize(lang, a.title, a.titleNb)}</span>{" "}
                <span>({a.lastReview ? m("reviews.last", { date: formatDate(lang, a.lastReview, "long") }) : m("reviews.never")})</span>{" "}
                <NextLink href={`${href(lang, `/admin/avtalar/${a.slug}`)}#reviews-heading`} className="ds-link">
                  {m("reviews.record")}
                </NextLink>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
