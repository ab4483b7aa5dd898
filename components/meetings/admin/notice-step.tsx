// The notice (innkalling): the step of the "innkall" phase. Never a one-click send (issue 15 item 4): the step leads
// to the preview page (subject, text, papers, every recipient with a count), which sends only after a confirmation;
// after sending the same page is the record of the outbox rows.
import { SectionHeading } from "@/components/layout/page-header";
import { NoticeLink } from "@/components/meetings/workflow/notice-link";
import { formatDateTime, getTranslator } from "@/lib/i18n";
import { canTransition } from "@/lib/meetings/policy";
import type { SectionProps } from "./section-props";

export function NoticeStep({ lang, meeting, state }: SectionProps) {
  const all = getTranslator(lang);
  const m = getTranslator(lang, "meetingAdmin");
  const sent = meeting.noticeSentAt !== null;
  return (
    <section aria-labelledby="notice-heading" className="mt-8 max-w-3xl">
      <SectionHeading id="notice-heading">{all("meetingWorkflow.notice.title")}</SectionHeading>
      {meeting.noticeSentAt ? <p className="ds-paragraph mt-3">{m("noticeSentAt", { date: formatDateTime(lang, meeting.noticeSentAt) })}</p> : null}
      {meeting.status === "PLANNED" && !meeting.cancelledAt ? <p className="ds-paragraph mt-3">{m("draftNotice")}</p> : null}
      {canTransition(state, "NOTICE_SENT") || sent ? (
        <p className="mt-4">
          <NoticeLink lang={lang} meetingId={meeting.id} sent={sent} />
        </p>
      ) : null}
    </section>
  );
}
