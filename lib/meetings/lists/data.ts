import "server-only";
// Public meeting lists (front page, body pages, feeds). Everything returned is plain data (strings, numbers, Dates),
// safe to hand to Client Components; names come in both languages (`name` = nynorsk, `nameNb` = bokmål or null).
import { prisma } from "@/lib/db/client";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";

export type MeetingBody = {
  id: string;
  slug: string;
  shortName: string;
  name: string;
  nameNb: string | null;
};

export type MeetingSummary = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  body: MeetingBody;
};

export type PublishedMinutesSummary = {
  meetingId: string;
  meetingTitle: string | null;
  meetingStartsAt: Date;
  /** When the newest published version of the minutes was published (null if the date was not recorded). */
  publishedAt: Date | null;
  body: MeetingBody;
};

export const bodySelect = { id: true, slug: true, shortName: true, name: true, nameNb: true } as const;

/**
 * The next meetings that are not cancelled and not over yet (a meeting in progress still counts), soonest first.
 */
export async function getUpcomingMeetings(
  options: { limit?: number; now?: Date } = {},
): Promise<MeetingSummary[]> {
  const now = options.now ?? new Date();
  const rows = await prisma.meeting.findMany({
    where: {
      cancelledAt: null,
      OR: [{ endsAt: { gte: now } }, { endsAt: null, startsAt: { gte: now } }],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: options.limit ?? 5,
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      body: { select: bodySelect },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location: row.location,
    body: { ...row.body },
  }));
}

/** Meetings whose minutes are published, newest meeting first. */
export async function getLatestPublishedMinutes(
  options: { limit?: number; bodySlug?: string | null } = {},
): Promise<PublishedMinutesSummary[]> {
  const rows = await prisma.meeting.findMany({
    where: {
      status: "MINUTES_PUBLISHED",
      cancelledAt: null,
      ...(options.bodySlug ? { body: { slug: options.bodySlug } } : {}),
    },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: options.limit ?? 5,
    select: {
      id: true,
      title: true,
      startsAt: true,
      body: { select: bodySelect },
      minutes: {
        select: {
          versions: {
            where: { publishedAt: { not: null } },
            orderBy: { number: "desc" },
            take: 1,
            select: { publishedAt: true },
          },
        },
      },
    },
  });
  return rows.map((row) => ({
    meetingId: row.id,
    meetingTitle: row.title,
    meetingStartsAt: row.startsAt,
    publishedAt: row.minutes?.versions[0]?.publishedAt ?? null,
    body: { ...row.body },
  }));
}

/** Cached versions of the front-page lists (keyed by the hour, so "upcoming" moves on with time). */
export const getUpcomingMeetingsCached = cachedPublic(
  "upcoming",
  [PUBLIC_TAGS.meetings],
  async (hour: string, limit: number) => getUpcomingMeetings({ now: new Date(hour), limit }),
);

export const getLatestPublishedMinutesCached = cachedPublic(
  "latest-minutes",
  [PUBLIC_TAGS.minutes, PUBLIC_TAGS.meetings],
  async (limit: number, bodySlug: string | null) => getLatestPublishedMinutes({ limit, bodySlug }),
);
