import { Link, Paragraph } from "@/components/ui/ds";
import NextLink from "next/link";
import type { Metadata } from "next";
import { connection } from "next/server";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { FeedLinks } from "@/components/public/feed-links";
import { MeetingTable } from "@/components/public/meeting-table";
import { getBodySlugs } from "@/lib/bodies/data";
import { feedAlternates } from "@/lib/feeds/metadata";
import { href, localize, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getCalendar, getCalendarYears, getUpcomingCalendar } from "@/lib/meetings/data";
import { LocalizedText } from "@/components/i18n/localized-text";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "calendar");
  const page = pageMetadata(lang, "/mote", m("title"));
  // The minutes and papers feeds, of the chosen body when the list is filtered to one (issue 19.4).
  const slug = one((await searchParams).organ);
  const body = (await getBodySlugs()).find((b) => b.slug === slug);
  const feedBody = body ? { slug: body.slug, name: localize(lang, body.name, body.nameNb) } : null;
  return { ...page, description: m("lead"), alternates: { ...page.alternates, types: feedAlternates(lang, ["referat", "sakspapir"], feedBody) } };
}

export default async function CalendarPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getTranslator(lang, "calendar");
  const query = await searchParams;
  const [bodies, years] = await Promise.all([getBodySlugs(), getCalendarYears()]);
  const now = new Date();
  const thisYear = Number(osloIsoDate(now).slice(0, 4));
  const requestedYear = Number(one(query.ar));
  const yearChosen = years.includes(requestedYear);
  const year = yearChosen ? requestedYear : thisYear;
  const bodySlug = bodies.some((b) => b.slug === one(query.organ)) ? one(query.organ) : null;
  // Issue 14.6: upcoming meetings first (soonest first), then the year's past meetings (newest first), then links to
  // the other years. Without a chosen year "upcoming" means every meeting not over yet; with one, that year's.
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
  const [yearMeetings, allUpcoming] = await Promise.all([getCalendar(year, bodySlug), getUpcomingCalendar(hour, bodySlug)]);
  const upcomingIds = new Set(allUpcoming.map((mt) => mt.id));
  const upcoming = yearChosen ? yearMeetings.filter((mt) => upcomingIds.has(mt.id)) : allUpcoming;
  const meetings = yearMeetings.filter((mt) => !upcomingIds.has(mt.id)).reverse();
  const selectedBody = bodies.find((b) => b.slug === bodySlug);
  const bodyLabel = selectedBody ? `${localize(lang, selectedBody.name, selectedBody.nameNb)} – ` : "";
  const l = getTranslator(lang, "lists.calendar");

  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <form method="get" className="mt-8 flex flex-wrap items-end gap-4" aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="sr-only">
          {m("filterHeading")}
        </h2>
        <div className="grid gap-1">
          <label htmlFor="organ" className="ds-label">
            {m("bodyLabel")}
          </label>
          <select id="organ" name="organ" defaultValue={bodySlug ?? ""} className="ds-input max-w-full">
            <option value="">{m("allBodies")}</option>
            {bodies.map((b) => (
              <option key={b.slug} value={b.slug}>
                <LocalizedText lang={lang} nn={b.name} nb={b.nameNb} />
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1">
          <label htmlFor="ar" className="ds-label">
            {m("yearLabel")}
          </label>
          <select id="ar" name="ar" defaultValue={yearChosen ? String(year) : ""} className="ds-input">
            <option value="">{l("upcoming")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="ds-button" data-variant="primary">
          {m("apply")}
        </button>
      </form>

      {!yearChosen || upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-heading" className="mt-8">
          <SectionHeading id="upcoming-heading">{`${bodyLabel}${l("upcoming")}`}</SectionHeading>
          <Paragraph className="mt-1" data-size="sm">
            {m("count", { count: upcoming.length })}
          </Paragraph>
          <div className="mt-3">
            {upcoming.length ? <MeetingTable lang={lang} meetings={upcoming} testId="calendar-upcoming" /> : <Paragraph>{l("noUpcoming")}</Paragraph>}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="meetings-heading" className="mt-8">
        <SectionHeading id="meetings-heading">{`${bodyLabel}${l(yearChosen && year !== thisYear ? "year" : "pastYear", { year })}`}</SectionHeading>
        <Paragraph className="mt-1" data-size="sm">
          {m("count", { count: meetings.length })}
        </Paragraph>
        <div className="mt-3">
          {meetings.length ? <MeetingTable lang={lang} meetings={meetings} testId="calendar" /> : <Paragraph>{l("noPast", { year })}</Paragraph>}
        </div>
      </section>

      {years.some((y) => y !== year) ? (
        <nav aria-labelledby="years-heading" className="mt-8">
          <SectionHeading id="years-heading">{l("otherYears")}</SectionHeading>
          <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
            {years
              .filter((y) => y !== year)
              .map((y) => (
                <li key={y}>
                  <NextLink className="ds-link" href={href(lang, `/mote?${new URLSearchParams({ ...(bodySlug ? { organ: bodySlug } : {}), ar: String(y) })}`)}>
                    {l("year", { year: y })}
                  </NextLink>
                </li>
              ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="subscribe-heading" className="mt-10">
        <SectionHeading id="subscribe-heading">{m("subscribeHeading")}</SectionHeading>
        <Paragraph className="mt-2">{m("subscribeBody")}</Paragraph>
        <ul className="mt-3 grid gap-2">
          <li>
            <Link href="/api/kalender.ics">{m("subscribeAll")}</Link>
          </li>
          {bodies.map((b) => (
            <li key={b.slug}>
              <Link href={`/api/kalender/${b.slug}.ics`}>{m("subscribeBody1", { name: localize(lang, b.name, b.nameNb) })}</Link>
            </li>
          ))}
        </ul>
        <FeedLinks lang={lang} kinds={["referat", "sakspapir"]} body={bodySlug} />
      </section>
    </>
  );
}
