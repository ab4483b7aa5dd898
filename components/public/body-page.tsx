import type { ReactNode } from "react";
import { FeedLinks } from "./feed-links";
import { Link, Paragraph } from "@/components/ui/ds";
import NextLink from "next/link";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { meetingPath } from "@/components/meetings/meeting-lists";
import { bodyPath } from "@/lib/bodies/paths";
import type { BodyMember, BodyPage } from "@/lib/bodies/data";
import type { SeatCategory } from "@/lib/domain/vocabulary";
import { SEAT_CATEGORIES } from "@/lib/domain/vocabulary";
import { formatDate, href, localize, type Locale, getTranslator } from "@/lib/i18n";
import { MeetingTable } from "./meeting-table";
import { LocalizedText } from "@/components/i18n/localized-text";

/** Minutes listed on the page; older ones are reached through the archive. */
const RECENT_MINUTES = 10;
/** Years of the archive listed meeting by meeting; earlier years link to the meeting calendar for that year. */
const FULL_ARCHIVE_YEARS = 2;

function Term({ lang, member }: { lang: Locale; member: BodyMember }) {
  const m = getTranslator(lang, "body");
  const start = formatDate(lang, member.termStart, "short");
  return <>{member.termEnd ? m("termRange", { start, end: formatDate(lang, member.termEnd, "short") }) : m("termOpen", { start })}</>;
}

/** The public page of one body: mandate, tasks, members by seat category, meetings, minutes and open cases. */
export function BodyPageView({ lang, body, now, compliance, follow }: { lang: Locale; body: BodyPage; now: Date; compliance?: ReactNode; follow?: ReactNode }) {
  const msg = getTranslator(lang);
  const m = getTranslator(lang, "body");
  const name = localize(lang, body.name, body.nameNb);
  const upcoming = body.meetings
    .filter((x) => !x.cancelledAt && (x.endsAt ?? x.startsAt).getTime() >= now.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const past = body.meetings.filter((x) => (x.endsAt ?? x.startsAt).getTime() < now.getTime());
  const byYear = new Map<number, typeof past>();
  for (const meeting of past) {
    const year = Number(formatDate("nn", meeting.startsAt, "short").slice(-4));
    byYear.set(year, [...(byYear.get(year) ?? []), meeting]);
  }
  // A body meets about fourteen times a year: ten years of meetings on one page would be hundreds of entries to scroll
  // past on a phone, and a slow page. The latest minutes and the two latest years in full; each earlier year is one
  // link to the meeting calendar filtered to this body and year.
  const archiveYears = [...byYear.entries()].sort(([a], [b]) => b - a);
  const withMinutes = body.meetings.filter((x) => x.hasMinutes);
  const recentMinutes = withMinutes.slice(0, RECENT_MINUTES);
  const seats = SEAT_CATEGORIES.filter((seat) => body.members.some((x) => x.seat === seat));
  const membersOf = (seat: SeatCategory) => body.members.filter((x) => x.seat === seat);

  return (
    <article>
      <PageHeader title={<LocalizedText lang={lang} nn={body.name} nb={body.nameNb} />} lead={body.parent ? m("partOf", { name: localize(lang, body.parent.name, body.parent.nameNb) }) : undefined} />
      {body.parent ? (
        <Paragraph className="mt-2">
          <Link asChild>
            <NextLink href={href(lang, bodyPath(body.parent))}><LocalizedText lang={lang} nn={body.parent.name} nb={body.parent.nameNb} /></NextLink>
          </Link>
        </Paragraph>
      ) : null}

      <section aria-labelledby="mandate" className="mt-10 max-w-3xl">
        <SectionHeading id="mandate">{m("mandate")}</SectionHeading>
        <Paragraph className="mt-3"><LocalizedText lang={lang} nn={body.mandate} nb={body.mandateNb} /></Paragraph>
        {body.tasks.length ? (
          <>
            <h3 className="mt-6 text-lg font-semibold">{m("tasks")}</h3>
            <ol className="mt-2 list-decimal space-y-1 pl-6">
              {body.tasks.map((task, index) => (
                <li key={index}><LocalizedText lang={lang} nn={task.text} nb={task.textNb} /></li>
              ))}
            </ol>
          </>
        ) : null}
      </section>

      {compliance}

      <section aria-labelledby="members" className="mt-10">
        <SectionHeading id="members">{m("members")}</SectionHeading>
        {seats.length === 0 ? <Paragraph className="mt-3">{m("membersEmpty")}</Paragraph> : null}
        {seats.map((seat) => (
          <div key={seat} className="mt-6">
            <h3 className="text-lg font-semibold">{msg(`labels.seat.${seat}`)}</h3>
            <ul className="mt-2 grid gap-3 md:grid-cols-2" data-testid={`members-${seat}`}>
              {membersOf(seat).map((member) => (
                <li key={member.id} className="rounded-md border border-neutral-border-subtle p-3">
                  <span className="block font-semibold">{member.name}</span>
                  <span className="block text-sm">
                    {msg(`labels.role.${member.role}`)}
                    {member.party ? `, ${localize(lang, member.party.name, member.party.nameNb)}` : ""}
                  </span>
                  {member.title ? <span className="block text-sm text-neutral-text-subtle">{member.title}</span> : null}
                  <span className="block text-sm">
                    {m("term")}: <Term lang={lang} member={member} />
                  </span>
                  {member.deputy ? (
                    <span className="block text-sm">
                      {m("deputy")}: {member.deputy.name}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="upcoming" className="mt-10">
        <SectionHeading id="upcoming">{m("upcoming")}</SectionHeading>
        <div className="mt-3">
          {upcoming.length ? <MeetingTable lang={lang} meetings={upcoming} testId="body-upcoming" /> : <Paragraph>{m("upcomingEmpty")}</Paragraph>}
        </div>
        <Paragraph className="mt-3">
          <Link href={`/api/kalender/${encodeURIComponent(body.slug)}.ics`} data-testid="body-ical">
            {m("calendar", { name })}
          </Link>
        </Paragraph>
      </section>

      <section aria-labelledby="minutes" className="mt-10">
        <SectionHeading id="minutes">{m("minutes")}</SectionHeading>
        {withMinutes.length ? (
          <ul className="mt-3 grid gap-2" data-testid="body-minutes">
            {recentMinutes.map((meeting) => (
              <li key={meeting.id}>
                <Link asChild>
                  <NextLink href={href(lang, meetingPath(meeting.id))}>
                    {msg.markup("home.minutes.item", { date: formatDate(lang, meeting.startsAt, "long"), time: (text) => text })}
                  </NextLink>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph className="mt-3">{m("minutesEmpty")}</Paragraph>
        )}
        {withMinutes.length > recentMinutes.length ? (
          <Paragraph className="mt-3">
            <Link href="#archive">{m("minutesOlder")}</Link>
          </Paragraph>
        ) : null}
        <FeedLinks lang={lang} kinds={["referat", "sakspapir"]} body={body.slug} />
      </section>

      <section aria-labelledby="cases" className="mt-10">
        <SectionHeading id="cases">{m("cases")}</SectionHeading>
        {body.cases.length ? (
          <ul className="mt-3 grid gap-2">
            {body.cases.map((c) => (
              <li key={c.id}>
                {c.meetingId ? (
                  <Link asChild>
                    <NextLink href={href(lang, meetingPath(c.meetingId))}>
                      {c.number ? `${c.number}: ` : ""}
                      {c.title}
                    </NextLink>
                  </Link>
                ) : (
                  <span>
                    {c.number ? `${c.number}: ` : ""}
                    {c.title}
                  </span>
                )}{" "}
                <span className="text-sm text-neutral-text-subtle">({msg(`labels.caseStatus.${c.status}`)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph className="mt-3">{m("casesEmpty")}</Paragraph>
        )}
      </section>

      <section aria-labelledby="archive" className="mt-10">
        <SectionHeading id="archive">{m("archive")}</SectionHeading>
        {archiveYears.slice(0, FULL_ARCHIVE_YEARS).map(([year, meetings]) => (
          <div key={year} className="mt-4">
            <h3 className="text-lg font-semibold">{m("archiveYear", { year })}</h3>
            <div className="mt-2">
              <MeetingTable lang={lang} meetings={meetings} />
            </div>
          </div>
        ))}
        {archiveYears.length > FULL_ARCHIVE_YEARS ? (
          <>
            <h3 className="mt-6 text-lg font-semibold">{m("archiveEarlier")}</h3>
            <ul className="mt-2 grid gap-2" data-testid="body-archive-years">
              {archiveYears.slice(FULL_ARCHIVE_YEARS).map(([year, meetings]) => (
                <li key={year}>
                  <Link asChild>
                    <NextLink href={href(lang, `/mote?organ=${encodeURIComponent(body.slug)}&ar=${year}`)}>
                      {m("archiveYearLink", { year, count: meetings.length })}
                    </NextLink>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {follow}
    </article>
  );
}
