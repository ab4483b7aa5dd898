// The answer to the notice on a meeting's own page: shown only to someone called to the meeting (their seat, or
// called in as personal deputy, S6). Anonymous visitors and everyone else get nothing, so the page stays the same.
import { SectionHeading } from "@/components/layout/page-header";
import { getCurrentSession } from "@/lib/auth/data";
import { can } from "@/lib/auth/permissions";
import { type Locale, getTranslator } from "@/lib/i18n";
import { answerMeetingAction } from "@/lib/participation/actions";
import { getMyPartInMeeting } from "@/lib/participation/person-meetings/data";
import { AnswerForm } from "./answer-form";
import { answerFormText } from "./answer-form-text";
import { answerText } from "./labels";

export async function MeetingAnswer({ lang, meetingId }: { lang: Locale; meetingId: string }) {
  const { viewer, user } = await getCurrentSession();
  if (!viewer.userId || !can(viewer, "meeting.answer")) return null;
  const personId = user?.personId;
  if (!personId) return null;
  const part = await getMyPartInMeeting(personId, meetingId, new Date());
  if (!part) return null;
  const m = getTranslator(lang, "participation");
  return (
    <section aria-labelledby="answer-heading" className="mt-8 max-w-3xl rounded-md border border-neutral-border-subtle p-4">
      <SectionHeading id="answer-heading">{m("form.heading")}</SectionHeading>
      <p className="ds-paragraph mt-2">{part.as === "deputy" ? m("myMeetings.asDeputy", { name: part.forName ?? "" }) : m("myMeetings.asMember")}</p>
      <p className="ds-paragraph mt-1" data-testid="my-answer">
        {answerText(lang, part)}
      </p>
      {part.canAnswer ? (
        <div className="mt-4">
          <AnswerForm lang={lang} text={answerFormText(lang)} id={`answer-${part.id}`} action={answerMeetingAction} meetingId={part.id} membershipId={part.membershipId} current={part.answer} />
        </div>
      ) : null}
    </section>
  );
}
