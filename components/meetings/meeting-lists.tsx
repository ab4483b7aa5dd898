import { Card, Heading, Link, Paragraph } from "@/components/ui/ds";
import NextLink from "next/link";
import { formatDate, formatDateTime, href, osloIsoDate, type Locale, getTranslator } from "@/lib/i18n";
import type { MeetingSummary, PublishedMinutesSummary } from "@/lib/meetings/data";
import { meetingPath } from "@/lib/meetings/paths";
import { LocalizedText } from "@/components/i18n/localized-text";

/** Cards get less padding on narrow screens (Designsystemet's default is generous for 320 px). */
const CARD_CLASS = "h-full [--dsc-card-padding:var(--ds-size-4)] sm:[--dsc-card-padding:var(--ds-size-6)]";

export { meetingPath } from "@/lib/meetings/paths";

export function UpcomingMeetingList({ lang, meetings }: { lang: Locale; meetings: MeetingSummary[] }) {
  const m = getTranslator(lang);
  if (meetings.length === 0) return <Paragraph>{m("home.upcoming.empty")}</Paragraph>;
  return (
    <ul className="grid gap-4" data-testid="upcoming-meetings">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <Card data-color="neutral" className={CARD_CLASS} clickDelegateFor={`upcoming-${meeting.id}`}>
            <Heading level={3} data-size="2xs">
              <Link asChild>
                <NextLink href={href(lang, meetingPath(meeting.id))} id={`upcoming-${meeting.id}`}>
                  <LocalizedText lang={lang} nn={meeting.body.name} nb={meeting.body.nameNb} />
                </NextLink>
              </Link>
            </Heading>
            {meeting.title ? <Paragraph data-size="sm">{meeting.title}</Paragraph> : null}
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
              <dt className="font-semibold">{m("meeting.when")}</dt>
              <dd>
                <time dateTime={meeting.startsAt.toISOString()}>
                  {formatDateTime(lang, meeting.startsAt, meeting.endsAt)}
                </time>
              </dd>
              <dt className="font-semibold">{m("meeting.where")}</dt>
              <dd>{meeting.location ?? m("meeting.noLocation")}</dd>
            </dl>
          </Card>
        </li>
      ))}
    </ul>
  );
}

export function PublishedMinutesList({ lang, minutes }: { lang: Locale; minutes: PublishedMinutesSummary[] }) {
  const m = getTranslator(lang);
  if (minutes.length === 0) return <Paragraph>{m("home.minutes.empty")}</Paragraph>;
  return (
    <ul className="grid gap-4" data-testid="latest-minutes">
      {minutes.map((item) => (
        <li key={item.meetingId}>
          <Card data-color="neutral" variant="tinted" className={CARD_CLASS} clickDelegateFor={`minutes-${item.meetingId}`}>
            <Heading level={3} data-size="2xs">
              <Link asChild>
                <NextLink href={href(lang, meetingPath(item.meetingId))} id={`minutes-${item.meetingId}`}>
                  <LocalizedText lang={lang} nn={item.body.name} nb={item.body.nameNb} />
                </NextLink>
              </Link>
            </Heading>
            <Paragraph data-size="sm">
              {m.rich("home.minutes.item", {
                date: formatDate(lang, item.meetingStartsAt, "long"),
                time: (text) => <time dateTime={osloIsoDate(item.meetingStartsAt)}>{text}</time>,
              })}
            </Paragraph>
          </Card>
        </li>
      ))}
    </ul>
  );
}
