import { Link, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import { connection } from "next/server";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { MeetingTable } from "@/components/public/meeting-table";
import { getBodySlugs } from "@/lib/bodies/data";
import { fill, getMessages, localize, osloIsoDate } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getCalendar, getCalendarYears } from "@/lib/meetings/data";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const m = getMessages(lang).calendar;
  return { ...pageMetadata(lang, "/mote", m.title), description: m.lead };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function CalendarPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getMessages(lang).calendar;
  const query = await searchParams;
  const [bodies, years] = await Promise.all([getBodySlugs(), getCalendarYears()]);
  const thisYear = Number(osloIsoDate(new Date()).slice(0, 4));
  const requestedYear = Number(one(query.ar));
  const year = years.includes(requestedYear) ? requestedYear : years.includes(thisYear) ? thisYear : (years[0] ?? thisYear);
  const bodySlug = bodies.some((b) => b.slug === one(query.organ)) ? one(query.organ) : null;
  const meetings = await getCalendar(year, bodySlug);
  const selectedBody = bodies.find((b) => b.slug === bodySlug);

  return (
    <>
      <PageHeader title={m.title} lead={m.lead} />
      <form method="get" className="mt-8 flex flex-wrap items-end gap-4" aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="sr-only">
          {m.filterHeading}
        </h2>
        <div className="grid gap-1">
          <label htmlFor="organ" className="ds-label">
            {m.bodyLabel}
          </label>
          <select id="organ" name="organ" defaultValue={bodySlug ?? ""} className="ds-input max-w-full">
            <option value="">{m.allBodies}</option>
            {bodies.map((b) => (
              <option key={b.slug} value={b.slug}>
                {localize(lang, b.name, b.nameNb)}
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1">
          <label htmlFor="ar" className="ds-label">
            {m.yearLabel}
          </label>
          <select id="ar" name="ar" defaultValue={String(year)} className="ds-input">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="ds-button" data-variant="primary">
          {m.apply}
        </button>
      </form>

      <section aria-labelledby="meetings-heading" className="mt-8">
        <SectionHeading id="meetings-heading">
          {selectedBody ? `${localize(lang, selectedBody.name, selectedBody.nameNb)} ${year}` : String(year)}
        </SectionHeading>
        <Paragraph className="mt-1" data-size="sm">
          {fill(m.count, { count: meetings.length })}
        </Paragraph>
        <div className="mt-3">
          {meetings.length ? <MeetingTable lang={lang} meetings={meetings} testId="calendar" /> : <Paragraph>{m.empty}</Paragraph>}
        </div>
      </section>

      <section aria-labelledby="subscribe-heading" className="mt-10">
        <SectionHeading id="subscribe-heading">{m.subscribeHeading}</SectionHeading>
        <Paragraph className="mt-2">{m.subscribeBody}</Paragraph>
        <ul className="mt-3 grid gap-2">
          <li>
            <Link href="/api/kalender.ics">{m.subscribeAll}</Link>
          </li>
          {bodies.map((b) => (
            <li key={b.slug}>
              <Link href={`/api/kalender/${b.slug}.ics`}>{fill(m.subscribeBody1, { name: localize(lang, b.name, b.nameNb) })}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
