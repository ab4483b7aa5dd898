import { Link } from "@/components/ui/ds";
import NextLink from "next/link";
import { meetingPath } from "@/components/meetings/meeting-lists";
import { formatDate, formatTimeRange, getTranslator, href, localize, type Locale, type MessageKey } from "@/lib/i18n";

export type MeetingRow = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  status: string;
  cancelledAt: Date | null;
  body?: { name: string; nameNb: string | null; shortName: string };
};

/** A list of meetings (date, time, body, place, status) that reads well at 320 px: one block per meeting. */
export function MeetingTable({ lang, meetings, testId }: { lang: Locale; meetings: MeetingRow[]; testId?: string }) {
  const m = getTranslator(lang);
  return (
    <ul className="grid gap-3" data-testid={testId}>
      {meetings.map((meeting) => (
        <li key={meeting.id} className="rounded-md border border-neutral-border-subtle p-3">
          <Link asChild>
            <NextLink href={href(lang, meetingPath(meeting.id))} className="font-semibold">
              <time dateTime={meeting.startsAt.toISOString()}>{formatDate(lang, meeting.startsAt, "full")}</time>
              {meeting.body ? <>{` – ${localize(lang, meeting.body.name, meeting.body.nameNb)}`}</> : null}
            </NextLink>
          </Link>
          <span className="block text-sm">
            {formatTimeRange(lang, meeting.startsAt, meeting.endsAt)}
            {meeting.location ? `, ${meeting.location}` : ""}
          </span>
          <span className="block text-sm text-neutral-text-subtle">
            {meeting.cancelledAt
              ? m("body.cancelled")
              : m(`labels.meetingStatus.${meeting.status}` as `labels.${MessageKey<"labels">}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
