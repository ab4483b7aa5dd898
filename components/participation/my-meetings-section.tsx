// "Møte du er kalla inn til": the signed-in person's coming meetings – their own seats and those they are called in
// to as personal deputy (S6) – with the answer to each (coming / forfall). A section for the home page (Mitt Saman)
// and /mine-mote. Renders nothing for a user without a linked person.
import NextLink from "next/link";
import { SectionHeading } from "@/components/layout/page-header";
import { DocumentList } from "@/components/public/document-list";
import { getCurrentSession } from "@/lib/auth/data";
import { formatDateTime, href, localize, type Locale, getTranslator } from "@/lib/i18n";
import { meetingPath } from "@/lib/meetings/paths";
import { answerMeetingAction } from "@/lib/participation/actions";
import { getPersonMeetingsWithPapers, type PersonMeetings } from "@/lib/participation/person-meetings/data";
import { MY_MEETINGS_DAYS } from "@/lib/participation/policy";
import { AnswerForm } from "./answer-form";
import { answerFormText } from "./answer-form-text";
import { answerText } from "./labels";

/**
 * The signed-in person's meetings; the person comes from this request's session row. `read`: the meetings already
 * read by the page (the home page's one read, lib/workspace/data.ts); without it the section reads them itself.
 */
export async function MyMeetingsSection({ lang, headingLevel = 2, read }: { lang: Locale; headingLevel?: 2 | 3; read?: PersonMeetings }) {
  const { viewer, user } = await getCurrentSession();
  const personId = user?.personId;
  if (!personId) return null;
  const now = new Date();
  const { meetings, papers } = read ?? (await getPersonMeetingsWithPapers(personId, viewer, now, { to: new Date(now.getTime() + MY_MEETINGS_DAYS * 86_400_000) }));
  const m = getTranslator(lang, "participation");
  const text = answerFormText(lang);
  const Item = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby="my-meetings-heading" className="mt-8 max-w-3xl" data-testid="my-meetings">
      <SectionHeading id="my-meetings-heading">{m("myMeetings.heading")}</SectionHeading>
      {meetings.length === 0 ? <p className="ds-paragraph mt-3">{m("myMeetings.none")}</p> : null}
      <ul className="mt-3 grid gap-4">
        {meetings.map((meeting) => {
          const body = localize(lang, meeting.body.name, meeting.body.nameNb);
          return (
            <li key={`${meeting.id}-${meeting.membershipId}`} className="rounded-md border border-neutral-border-subtle p-3">
              <Item className="font-semibold">
                <NextLink className="ds-link" href={href(lang, meetingPath(meeting.id))}>
                  {body}: {formatDateTime(lang, meeting.startsAt, meeting.endsAt)}
                </NextLink>
                {meeting.cancelledAt ? <span className="ml-2">({m("myMeetings.cancelled")})</span> : null}
              </Item>
              {meeting.title ? <p className="ds-paragraph">{meeting.title}</p> : null}
              <p className="ds-paragraph mt-1" data-size="sm">
                {meeting.as === "deputy" ? m("myMeetings.asDeputy", { name: meeting.forName ?? "" }) : m("myMeetings.asMember")}. {answerText(lang, meeting)}
              </p>
              {papers.get(meeting.id)?.length ? (
                <details className="mt-2">
                  <summary className="cursor-pointer">{m("myMeetings.papersCount", { count: papers.get(meeting.id)!.length })}</summary>
                  <div className="mt-3">
                    <DocumentList lang={lang} documents={papers.get(meeting.id)!} />
                  </div>
                </details>
              ) : null}
              {meeting.canAnswer ? (
                <details className="mt-2">
                  <summary className="cursor-pointer">{m("form.heading")}</summary>
                  <div className="mt-3">
                    <AnswerForm
                      lang={lang}
                      text={text}
                      id={`answer-${meeting.id}-${meeting.membershipId}`}
                      action={answerMeetingAction}
                      meetingId={meeting.id}
                      membershipId={meeting.membershipId}
                      current={meeting.answer}
                    />
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
