// The notice preview (server component): what will leave, to whom, and one confirmation form. After sending, the
// same page is the record: when it left and the outbox rows it wrote.
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { ActionForm } from "@/components/meetings/admin/action-form";
import { formatDate, formatDateTime, href, localize, type Locale, getTranslator } from "@/lib/i18n";
import type { AdminMeeting } from "@/lib/meetings/data";
import { recipientsHash } from "@/lib/meetings/notice/compose";
import { confirmNoticeAction, noticeCallsDeputiesAction } from "@/lib/meetings/notice/actions";
import type { NoticeDraft } from "@/lib/meetings/notice/data";
import { canTransition } from "@/lib/meetings/policy";
import { BundleLinks } from "./bundle-links";
import { ClientMessages } from "@/components/i18n/client-messages";

type SentRow = { id: string; to: string; status: "PENDING" | "SENDING" | "SENT" | "FAILED"; createdAt: Date };

export function NoticePreview({ lang, meeting, draft, sent, justSent }: { lang: Locale; meeting: AdminMeeting; draft: NoticeDraft; sent: SentRow[]; justSent: boolean }) {
  const all = getTranslator(lang);
  const m = getTranslator(lang, "meetingWorkflow.notice");
  const title = `${localize(lang, meeting.body.name, meeting.body.nameNb)} ${formatDate(lang, meeting.startsAt, "long")}`;
  const canSend = canTransition({ status: meeting.status, cancelled: meeting.cancelledAt !== null }, "NOTICE_SENT");
  const count = draft.recipients.length;
  return (
    <>
      <PageHeader title={m("heading", { meeting: title })} lead={canSend ? m("lead") : undefined} />
      <AdminNav lang={lang} current="meetings" />
      <p className="ds-paragraph mt-4">
        <NextLink className="ds-link" href={href(lang, `/admin/moter/${meeting.id}?fase=innkall`)}>
          {m("back")}
        </NextLink>
      </p>

      {meeting.noticeSentAt ? (
        <section aria-labelledby="sent-heading" className="mt-8 max-w-3xl">
          <div className="ds-alert" data-color="success" role={justSent ? "status" : undefined} data-testid="notice-sent">
            <h2 id="sent-heading" className="ds-heading" data-size="xs">
              {m("sentHeading")}
            </h2>
            <p className="ds-paragraph">{m("sentAt", { date: formatDateTime(lang, meeting.noticeSentAt), count: sent.length })}</p>
          </div>
          <h3 className="ds-heading mt-6" data-size="2xs">
            {m("outbox")}
          </h3>
          <ul className="mt-2 grid grid-cols-1 gap-1" data-testid="notice-outbox">
            {sent.map((row) => (
              <li key={row.id} className="[overflow-wrap:anywhere]">
                {row.to} – {m(`mailStatus.${row.status}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : !canSend ? (
        <p className="ds-paragraph mt-8 max-w-3xl">{m("notPlanned")}</p>
      ) : null}

      <section aria-labelledby="mail-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="mail-heading">{all("meetingWorkflow.notice.title")}</SectionHeading>
        <dl className="mt-3 grid grid-cols-1 gap-2">
          <dt className="font-semibold">{m("subject")}</dt>
          <dd data-testid="notice-subject">{draft.subject}</dd>
          <dt className="font-semibold">{m("text")}</dt>
          <dd className="min-w-0">
            {/* The mail is plain text; shown as it will read, wrapped so that long links never scroll sideways. */}
            <pre className="rounded-md border border-neutral-border-subtle p-3 font-sans whitespace-pre-wrap [overflow-wrap:anywhere]" lang="nn" data-testid="notice-text">
              {draft.text}
            </pre>
          </dd>
        </dl>
      </section>

      <section aria-labelledby="papers-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="papers-heading">{m("papers")}</SectionHeading>
        {draft.papers.length === 0 ? <p className="ds-paragraph mt-3">{m("noPapers")}</p> : null}
        <ul className="mt-3 grid grid-cols-1 list-disc gap-1 pl-6" data-testid="notice-papers">
          {draft.papers.map((p) => (
            <li key={p.id} className="[overflow-wrap:anywhere]">
              {p.title}
              {p.visibility !== "PUBLIC" ? ` (${m("restrictedPaper")})` : ""}
            </li>
          ))}
        </ul>
        <div className="mt-3">
          <BundleLinks lang={lang} meetingId={meeting.id} members />
        </div>
      </section>

      <section aria-labelledby="recipients-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="recipients-heading">{m("recipients", { count })}</SectionHeading>
        {count === 0 ? <p className="ds-paragraph mt-3">{m("noRecipients")}</p> : null}
        {count > 0 ? (
          <div className="mt-3 overflow-x-auto">
            <table className="ds-table w-full" data-size="sm" data-testid="notice-recipients">
              <caption className="sr-only">{m("recipientsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{m("columns.name")}</th>
                  <th scope="col">{m("columns.role")}</th>
                  <th scope="col">{m("columns.email")}</th>
                </tr>
              </thead>
              <tbody>
                {draft.recipients.map((r) => (
                  <tr key={r.email}>
                    <td>{r.name}</td>
                    <td>{m(`roles.${r.role}`)}</td>
                    <td className="break-all">{r.email}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {canSend ? (
          <details className="mt-4 rounded border border-neutral-border-subtle p-3">
            <summary className="cursor-pointer font-semibold">{m("deputiesHeading")}</summary>
            <div className="mt-3">
              <ClientMessages lang={lang} for="ActionForm"><ActionForm
                lang={lang}
                id="notice-deputies"
                action={noticeCallsDeputiesAction}
                submit={m("deputiesSave")}
                variant="secondary"
                fields={[
                  { type: "hidden", name: "meetingId", value: meeting.id },
                  {
                    type: "radio",
                    name: "callsDeputies",
                    label: m("deputiesLegend"),
                    options: [
                      { value: "yes", label: m("deputiesYes") },
                      { value: "no", label: m("deputiesNo") },
                    ],
                    defaultValue: draft.callsDeputies ? "yes" : "no",
                  },
                ]}
              /></ClientMessages>
            </div>
          </details>
        ) : null}
      </section>

      {canSend && count > 0 ? (
        <section aria-labelledby="confirm-heading" className="mt-8 max-w-3xl">
          <SectionHeading id="confirm-heading">{m("confirmHeading")}</SectionHeading>
          <p className="ds-paragraph mt-3">{m("confirmText", { count })}</p>
          <div className="mt-4">
            <ClientMessages lang={lang} for="ActionForm"><ActionForm
              lang={lang}
              id="confirm-notice"
              action={confirmNoticeAction}
              submit={m("confirm", { count })}
              testId="confirm-notice"
              fields={[
                { type: "hidden", name: "meetingId", value: meeting.id },
                { type: "hidden", name: "version", value: String(meeting.version) },
                { type: "hidden", name: "recipients", value: recipientsHash(draft.recipients) },
              ]}
            /></ClientMessages>
          </div>
        </section>
      ) : null}
    </>
  );
}
