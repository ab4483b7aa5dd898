// The top of a meeting's admin page: the status in words and what comes next, above the phase steps.
import { formatDateTime, getTranslator } from "@/lib/i18n";
import { meetingNumberText } from "./labels";
import type { SectionProps } from "./section-props";

export function StatusSummary({ lang, meeting }: Omit<SectionProps, "state">) {
  const all = getTranslator(lang);
  const m = getTranslator(lang, "meetingAdmin");
  const number = meetingNumberText(lang, meeting);
  return (
    <div className="mt-6 max-w-3xl">
      {number ? (
        <p className="ds-paragraph">
          {all("meetingFlow.number")}: <strong data-testid="admin-meeting-number">{number}</strong>
        </p>
      ) : null}
      <p className="ds-paragraph">
        {m("status")}: <strong data-testid="admin-meeting-status">{meeting.cancelledAt ? m("cancelled") : all(`labels.meetingStatus.${meeting.status}`)}</strong>
      </p>
      <p className="ds-paragraph mt-1">{meeting.cancelledAt ? m("cancelledNotice", { reason: meeting.cancellationReason ?? "" }) : m(`stepHelp.${meeting.status}`)}</p>
      {meeting.noticeSentAt ? <p className="ds-paragraph mt-1">{m("noticeSentAt", { date: formatDateTime(lang, meeting.noticeSentAt) })}</p> : null}
    </div>
  );
}
