import "server-only";
// The calendar, the iCal feeds and the sitemap (public, cached for the anonymous viewer).
import { prisma } from "@/lib/db/client";
import type { MeetingStatus } from "@/lib/domain/vocabulary";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";
import { bodySelect, type MeetingBody, type MeetingSummary } from "../lists/data";

export type CalendarMeeting = MeetingSummary & {
  status: MeetingStatus;
  cancelledAt: Date | null;
  body: MeetingBody & { kind: string };
};

const calendarSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  status: true,
  cancelledAt: true,
  body: { select: { ...bodySelect, kind: true } },
} as const;

/** Meetings of one year (all bodies or one), in date order. */
export const getCalendar = cachedPublic(
  "calendar",
  [PUBLIC_TAGS.meetings, PUBLIC_TAGS.bodies],
  async (year: number, bodySlug: string | null): Promise<CalendarMeeting[]> => {
    const from = new Date(Date.UTC(year - 1, 11, 31, 22, 0));
    const to = new Date(Date.UTC(year, 11, 31, 23, 0));
    return prisma.meeting.findMany({
      where: { startsAt: { gte: from, lt: to }, ...(bodySlug ? { body: { slug: bodySlug } } : {}) },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: calendarSelect,
    });
  },
);

/**
 * Meetings not over yet (all years; all bodies or one), soonest first: the top of /mote (issue 14.6). Keyed by the
 * hour (an ISO string), so the list moves on with time while staying cacheable; cancelled ones show as cancelled.
 */
export const getUpcomingCalendar = cachedPublic(
  "calendar-upcoming",
  [PUBLIC_TAGS.meetings, PUBLIC_TAGS.bodies],
  async (hour: string, bodySlug: string | null): Promise<CalendarMeeting[]> => {
    const now = new Date(hour);
    return prisma.meeting.findMany({
      where: { OR: [{ endsAt: { gte: now } }, { endsAt: null, startsAt: { gte: now } }], ...(bodySlug ? { body: { slug: bodySlug } } : {}) },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: calendarSelect,
    });
  },
);

/** The years that have meetings, newest first. */
export const getCalendarYears = cachedPublic("calendar-years", [PUBLIC_TAGS.meetings], async (): Promise<number[]> => {
  const rows = await prisma.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM ("startsAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Oslo'))::int AS year
    FROM "Meeting" ORDER BY year DESC`;
  return rows.map((r) => Number(r.year));
});

export type IcsMeeting = CalendarMeeting & { updatedAt: Date; cancellationReason: string | null; version: number };

/** Meetings for the iCal feeds: from a year back and onwards (all bodies, or one body by slug). */
export const getIcsMeetings = cachedPublic(
  "ics",
  [PUBLIC_TAGS.meetings],
  async (bodySlug: string | null, fromDay: string): Promise<IcsMeeting[]> =>
    prisma.meeting.findMany({
      where: { startsAt: { gte: new Date(`${fromDay}T00:00:00Z`) }, ...(bodySlug ? { body: { slug: bodySlug } } : {}) },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { ...calendarSelect, updatedAt: true, cancellationReason: true, version: true },
    }),
);

/** Meetings for the sitemap (ids only; every meeting page is public). */
export const getMeetingIds = cachedPublic("meeting-ids", [PUBLIC_TAGS.meetings], async () =>
  prisma.meeting.findMany({ orderBy: { startsAt: "desc" }, select: { id: true, updatedAt: true } }),
);
