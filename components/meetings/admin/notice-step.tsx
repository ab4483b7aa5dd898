// Sending the notice (innkalling): the step of the "innkall" phase. (A preview before sending is item 4 of issue 15.)
import { SectionHeading } from "@/components/layout/page-header";
import { fill, formatDateTime, getMessages } from "@/lib/i18n";
import { sendNoticeAction } from "@/lib/meetings/actions";
import { canTransition } from "@/lib/meetings/policy";
import { ActionForm } from "./action-form";
import type { SectionProps } from "./section-props";

export function NoticeStep({ lang, meeting, state }: SectionProps) {
  const m = getMessages(lang).meetingAdmin;
  return (
    <section aria-labelledby="notice-heading" className="mt-8 max-w-3xl">
      <SectionHeading id="notice-heading">{m.buttons.sendNotice}</SectionHeading>
      {meeting.noticeSentAt ? <p className="ds-paragraph mt-3">{fill(m.noticeSentAt, { date: formatDateTime(lang, meeting.noticeSentAt) })}</p> : null}
      {meeting.status === "PLANNED" && !meeting.cancelledAt ? <p className="ds-paragraph mt-3">{m.draftNotice}</p> : null}
      {canTransition(state, "NOTICE_SENT") ? (
        <div className="mt-4">
          <ActionForm
            lang={lang}
            id="send-notice"
            action={sendNoticeAction}
            fields={[
              { type: "hidden", name: "meetingId", value: meeting.id },
              { type: "hidden", name: "version", value: String(meeting.version) },
            ]}
            submit={m.buttons.sendNotice}
            testId="send-notice"
          />
        </div>
      ) : null}
    </section>
  );
}
