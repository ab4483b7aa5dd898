import "server-only";
import { prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import type { AgendaItemKind, DecisionKind, MeetingStatus } from "@/lib/domain/vocabulary";
import { documentFactsSelect, documentView, toFacts, type DocumentFacts, type DocumentView } from "@/lib/documents/view";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";
import { isAgendaPublic } from "./policy";

// Public meeting reads. Everything returned is plain data (strings, numbers, Dates), safe to hand to Client
// Components; names come in both languages (`name` = nynorsk, `nameNb` = bokmål or null) for `localize()`.

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

const bodySelect = { id: true, slug: true, shortName: true, name: true, nameNb: true } as const;

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

// ───────────── Meeting page, calendar, iCal (public, cached for the anonymous viewer) ─────────────


export type AgendaLine = {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  titleNb: string | null;
  caseNumber: string | null;
  /** The case behind the line (its public page /sak/<id> exists once the notice has gone out). */
  caseId: string | null;
  decision: { kind: DecisionKind; text: string; textNb: string | null } | null;
};

type MeetingRecord = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  status: MeetingStatus;
  cancelledAt: Date | null;
  cancellationReason: string | null;
  body: MeetingBody & { kind: string };
  agenda: AgendaLine[];
  documents: DocumentFacts[];
  minutes: { html: string; number: number; publishedAt: Date | null; changeNote: string | null } | null;
  previous: { id: string; startsAt: Date } | null;
  next: { id: string; startsAt: Date } | null;
};

export type MeetingPage = Omit<MeetingRecord, "documents"> & {
  documents: DocumentView[];
  /** The minutes as a PDF, when the viewer may read it. */
  minutesPdf: DocumentView | null;
};

async function loadMeeting(id: string): Promise<MeetingRecord | null> {
  const row = await prisma.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      status: true,
      cancelledAt: true,
      cancellationReason: true,
      bodyId: true,
      body: { select: { ...bodySelect, kind: true } },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          titleNb: true,
          caseNumber: { select: { year: true, sequence: true, caseId: true, body: { select: { shortName: true } } } },
          decision: { select: { kind: true, text: true, textNb: true } },
        },
      },
      documents: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: documentFactsSelect },
      minutes: {
        select: {
          versions: {
            where: { publishedAt: { not: null } },
            orderBy: { number: "desc" },
            take: 1,
            select: { html: true, number: true, publishedAt: true, changeNote: true },
          },
        },
      },
    },
  });
  if (!row) return null;
  const around = { bodyId: row.bodyId, cancelledAt: null } as const;
  const [previous, next] = await Promise.all([
    prisma.meeting.findFirst({
      where: { ...around, startsAt: { lt: row.startsAt } },
      orderBy: { startsAt: "desc" },
      select: { id: true, startsAt: true },
    }),
    prisma.meeting.findFirst({
      where: { ...around, startsAt: { gt: row.startsAt } },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true },
    }),
  ]);
  const published = row.status === "MINUTES_PUBLISHED" ? (row.minutes?.versions[0] ?? null) : null;
  // The agenda and its papers are drafts until the notice goes out: a PLANNED meeting shows neither (policy.ts).
  const agendaPublic = isAgendaPublic(row.status);
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location: row.location,
    status: row.status,
    cancelledAt: row.cancelledAt,
    cancellationReason: row.cancellationReason,
    body: row.body,
    agenda: (agendaPublic ? row.agendaItems : []).map((item) => ({
      id: item.id,
      position: item.position,
      kind: item.kind,
      title: item.title,
      titleNb: item.titleNb,
      caseNumber: item.caseNumber
        ? `${item.caseNumber.body.shortName} ${item.caseNumber.sequence}/${item.caseNumber.year}`
        : null,
      caseId: item.caseNumber?.caseId ?? null,
      decision: item.decision,
    })),
    documents: agendaPublic ? row.documents.map(toFacts) : [],
    minutes: published,
    previous,
    next,
  };
}

const cachedMeeting = cachedPublic("meeting", [PUBLIC_TAGS.meetings, PUBLIC_TAGS.minutes], loadMeeting);

/** One meeting as `viewer` may see it: documents they may not read show only their legal basis. */
export async function getMeetingPage(id: string, viewer: Viewer, now: Date = new Date()): Promise<MeetingPage | null> {
  const record = viewer.userId === null ? await cachedMeeting(id) : await loadMeeting(id);
  if (!record) return null;
  const minutesDoc = record.minutes ? record.documents.find((d) => d.kind === "MINUTES") : undefined;
  const minutesPdf = minutesDoc ? documentView(viewer, minutesDoc, now) : null;
  return {
    ...record,
    documents: record.documents.filter((d) => d !== minutesDoc).map((d) => documentView(viewer, d, now)),
    minutesPdf: minutesPdf?.readable ? minutesPdf : null,
  };
}

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

/** The years that have meetings, newest first. */
export const getCalendarYears = cachedPublic("calendar-years", [PUBLIC_TAGS.meetings], async (): Promise<number[]> => {
  const rows = await prisma.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM ("startsAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Oslo'))::int AS year
    FROM "Meeting" ORDER BY year DESC`;
  return rows.map((r) => Number(r.year));
});

export type IcsMeeting = CalendarMeeting & { updatedAt: Date; cancellationReason: string | null };

/** Meetings for the iCal feeds: from a year back and onwards (all bodies, or one body by slug). */
export const getIcsMeetings = cachedPublic(
  "ics",
  [PUBLIC_TAGS.meetings],
  async (bodySlug: string | null, fromDay: string): Promise<IcsMeeting[]> =>
    prisma.meeting.findMany({
      where: { startsAt: { gte: new Date(`${fromDay}T00:00:00Z`) }, ...(bodySlug ? { body: { slug: bodySlug } } : {}) },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { ...calendarSelect, updatedAt: true, cancellationReason: true },
    }),
);

/** Meetings for the sitemap (ids only; every meeting page is public). */
export const getMeetingIds = cachedPublic("meeting-ids", [PUBLIC_TAGS.meetings], async () =>
  prisma.meeting.findMany({ orderBy: { startsAt: "desc" }, select: { id: true, updatedAt: true } }),
);

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

// ───────────── Meeting admin (secretariat; never cached, never for the public) ─────────────

/** Who is acting, for case contact fields and audit (the user row, read on this request). */
export async function getActor(userId: string): Promise<{ id: string; name: string; email: string } | null> {
  return prisma.user.findFirst({ where: { id: userId, disabledAt: null }, select: { id: true, name: true, email: true } });
}

/** Bodies to plan meetings for (open ones), in the structure's order. */
export async function getAdminBodies() {
  return prisma.body.findMany({
    where: { closedOn: null },
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, shortName: true, name: true, nameNb: true },
  });
}

/** Meetings of one body (or all), newest first, for the admin list. */
export async function getAdminMeetings(bodyId: string | null, take = 100) {
  return prisma.meeting.findMany({
    where: bodyId ? { bodyId } : {},
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      title: true,
      startsAt: true,
      status: true,
      cancelledAt: true,
      body: { select: { shortName: true, name: true, nameNb: true } },
      _count: { select: { agendaItems: true } },
    },
  });
}

/** Everything the meeting's admin page shows, drafts included. */
export async function getAdminMeeting(id: string) {
  const meeting = await prisma.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      status: true,
      noticeSentAt: true,
      cancelledAt: true,
      cancellationReason: true,
      version: true,
      body: { select: { id: true, kind: true, shortName: true, name: true, nameNb: true } },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          titleNb: true,
          caseNumber: { select: { sequence: true, year: true, body: { select: { shortName: true } }, case: { select: { status: true, reference: true } } } },
          decision: {
            select: {
              id: true,
              kind: true,
              text: true,
              textNb: true,
              disagreementNote: true,
              forwardedToBodyId: true,
              version: true,
              measures: { select: { measureId: true } },
            },
          },
        },
      },
      documents: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          title: true,
          titleNb: true,
          visibility: true,
          legalBasis: true,
          publicFrom: true,
          agendaItemId: true,
          version: true,
          versions: {
            orderBy: { number: "desc" },
            select: { id: true, number: true, fileName: true, size: true, uploadedAt: true, changeNote: true, extractedText: false },
          },
        },
      },
      minutes: {
        select: {
          version: true,
          versions: {
            orderBy: { number: "desc" },
            select: { id: true, number: true, html: true, text: true, changeNote: true, approvedAt: true, publishedAt: true, createdAt: true },
          },
        },
      },
    },
  });
  return meeting;
}
export type AdminMeeting = NonNullable<Awaited<ReturnType<typeof getAdminMeeting>>>;

/** Measures of the action plans around the meeting's year, to link decisions to. */
export async function getMeasureOptions(year: number) {
  return prisma.measure.findMany({
    where: { part: { plan: { year: { in: [year - 1, year] } } } },
    orderBy: [{ part: { plan: { year: "desc" } } }, { code: "asc" }],
    select: { id: true, code: true, title: true, titleNb: true, part: { select: { plan: { select: { year: true } } } } },
  });
}
