// The minutes section of a meeting's admin page: the draft, approval, publishing and corrections.
import { SectionHeading } from "@/components/layout/page-header";
import { sanitizeHtml } from "@/lib/html/sanitize";
import { formatDateTime, getTranslator } from "@/lib/i18n";
import { MinutesApproval } from "@/components/meetings/workflow/minutes-approval";
import { minutesPrefill } from "@/lib/meetings/minutes/data";
import { approveMinutesAction, correctMinutesAction, publishMinutesAction, saveMinutesDraftAction } from "@/lib/meetings/actions";
import { htmlToMarkup } from "@/lib/meetings/markup";
import { canCorrectMinutes, canEditMinutesDraft, canTransition, mayTryApproveMinutes } from "@/lib/meetings/policy";
import { ActionForm, type FieldSpec } from "./action-form";
import { type SectionProps, ACCEPT } from "./section-props";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function MinutesSection({ lang, meeting, state }: SectionProps) {
  const all = getTranslator(lang);
  const m = getTranslator(lang, "meetingAdmin");
  const versions = meeting.minutes?.versions ?? [];
  const latest = versions[0];
  const minutesVersion = String(meeting.minutes?.version ?? 0);
  // Issue 15: with no draft yet, the editor starts from the agenda, the attendance and the decisions.
  const prefill = !latest && canEditMinutesDraft(state) ? await minutesPrefill(meeting.id) : "";
  const step: FieldSpec[] = [
    { type: "hidden", name: "meetingId", value: meeting.id },
    { type: "hidden", name: "version", value: String(meeting.version) },
  ];
  const stateText = !latest
    ? m("minutesState.none")
    : latest.publishedAt
      ? m("minutesState.published", { date: formatDateTime(lang, latest.publishedAt), number: latest.number })
      : latest.approvedAt
        ? m("minutesState.approved", { date: formatDateTime(lang, latest.approvedAt), number: latest.number })
        : m("minutesState.draft", { number: latest.number });
  return (
    <section aria-labelledby="minutes-heading" className="mt-10 max-w-3xl">
      <SectionHeading id="minutes-heading">{m("sections.minutes")}</SectionHeading>
      <p className="ds-paragraph mt-3" data-testid="admin-minutes-state">
        {stateText}
      </p>
      {!canEditMinutesDraft(state) && !latest ? <p className="ds-paragraph mt-1">{m("minutesClosed")}</p> : null}
      {latest ? (
        <div className="mt-4 rounded-md border border-neutral-border-subtle p-3">
          <h3 className="ds-heading" data-size="2xs">
            {m("preview")}
          </h3>
          {latest.html ? (
            // Stored minutes HTML is rebuilt from the sanitiser's allow-list before it reaches the page.
            <div className="saman-prose mt-2 break-words" data-testid="minutes-preview" dangerouslySetInnerHTML={{ __html: sanitizeHtml(latest.html) }} />
          ) : (
            <p className="ds-paragraph mt-2">{m("previewEmpty")}</p>
          )}
        </div>
      ) : null}
      {canEditMinutesDraft(state) ? (
        <div className="mt-4">
          <ClientMessages lang={lang} for="ActionForm"><ActionForm
            lang={lang}
            id="minutes-draft"
            action={saveMinutesDraftAction}
            submit={m("buttons.saveDraft")}
            variant="secondary"
            fields={[
              { type: "hidden", name: "meetingId", value: meeting.id },
              { type: "hidden", name: "version", value: minutesVersion },
              { type: "textarea", name: "body", label: m("fields.minutesBody"), rows: 12, defaultValue: latest && !latest.approvedAt ? htmlToMarkup(latest.html) : prefill, hint: prefill ? `${all("meetingWorkflow.minutes.prefillNote")} ${m("hints.markup")}` : m("hints.markup") },
              { type: "file", name: "file", label: m("fields.minutesFile"), accept: ACCEPT },
            ]}
          /></ClientMessages>
        </div>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-4">
        {mayTryApproveMinutes(state) && !latest?.approvedAt ? (
          <ClientMessages lang={lang} for="ActionForm"><ActionForm lang={lang} id="approve-minutes" action={approveMinutesAction} fields={step} submit={m("buttons.approve")} /></ClientMessages>
        ) : null}
        {canTransition(state, "MINUTES_PUBLISHED") ? <ClientMessages lang={lang} for="ActionForm"><ActionForm lang={lang} id="publish-minutes" action={publishMinutesAction} fields={step} submit={m("buttons.publish")} /></ClientMessages> : null}
      </div>
      <MinutesApproval lang={lang} meeting={meeting} state={state} hasDraft={Boolean(latest && !latest.approvedAt)} />
      {canCorrectMinutes(state) && latest ? (
        <details className="mt-6 rounded border border-neutral-border-subtle p-3">
          <summary className="cursor-pointer font-semibold">{m("correctionHeading")}</summary>
          <div className="mt-4">
            <ClientMessages lang={lang} for="ActionForm"><ActionForm
              lang={lang}
              id="correct-minutes"
              action={correctMinutesAction}
              submit={m("buttons.correct")}
              fields={[
                { type: "hidden", name: "meetingId", value: meeting.id },
                { type: "hidden", name: "version", value: minutesVersion },
                { type: "textarea", name: "body", label: m("fields.minutesBody"), hint: m("hints.markup"), rows: 12, defaultValue: htmlToMarkup(latest.html) },
                { type: "text", name: "changeNote", label: m("fields.correctionNote") },
              ]}
            /></ClientMessages>
          </div>
        </details>
      ) : null}
      {versions.length > 1 ? (
        <details className="mt-4">
          <summary className="cursor-pointer">{m("history")}</summary>
          <ul className="mt-2 grid gap-1">
            {versions.map((v) => (
              <li key={v.id}>
                {m("historyLine", { number: v.number })}: {formatDateTime(lang, v.createdAt)}
                {v.changeNote ? ` – ${v.changeNote}` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
