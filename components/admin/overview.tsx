import NextLink from "next/link";
import type { OverviewMeeting } from "@/lib/admin/data";
import { formatDateTime, href, localize, type Locale, getTranslator } from "@/lib/i18n";

/** Meetings on the staff overview: each links to its admin page, with its workflow status and the next step. */
export function OverviewMeetingList({ lang, meetings, testId }: { lang: Locale; meetings: OverviewMeeting[]; testId: string }) {
  const all = getTranslator(lang);
  const m = getTranslator(lang, "adminOverview.meetings");
  return (
    <ul className="mt-2 grid gap-3" data-testid={testId}>
      {meetings.map((meeting) => (
        <li key={meeting.id} className="grid gap-0.5" data-meeting={meeting.id}>
          <NextLink href={href(lang, `/admin/moter/${meeting.id}`)} className="ds-link">
            {formatDateTime(lang, meeting.startsAt)} – {meeting.title ?? localize(lang, meeting.body.name, meeting.body.nameNb)}
          </NextLink>
          <span className="text-sm">
            {meeting.title ? `${meeting.body.shortName} · ` : ""}
            {m("status", { status: all(`labels.meetingStatus.${meeting.status}`) })}
            {meeting.step ? (
              <>
                {" · "}
                <strong>{m("step", { step: m(`steps.${meeting.step}`) })}</strong>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
