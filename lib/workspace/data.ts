import "server-only";
// Reads of the personal home page, Mitt Saman (issue 14): a member's seats, meetings with the papers they may read,
// minutes and measures of their bodies; a partner's own cases. The member's part is one query (readHome) that the
// sections share, plus public lists through the public data cache (issue 18 item 2: at most 5 statements per render).
// What a viewer may read is decided by the same functions as the downloads (lib/documents).
import { cache } from "react";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { documentView, toFacts, type DocumentView } from "@/lib/documents/view";
import { attendanceArgs, claimsFrom, feeRates, type ClaimableMeeting } from "@/lib/fees/data";
import type { CaseStatus, MeasureStatus, MeetingStatus, MembershipRole, SeatCategory } from "@/lib/domain/vocabulary";
import { osloIsoDate } from "@/lib/i18n/dates";
import { isAgendaPublic } from "@/lib/meetings/policy";
import { inTermOn } from "@/lib/membership/in-term";
import { isActiveOn } from "@/lib/membership/rules/composition";
import { MY_MEETINGS_DAYS } from "@/lib/participation/policy";
import { getCalendarSubscription } from "@/lib/participation/data";
import { callUpsArgs, meetingForPersonSelect, papersOf, personMembershipSelect, personMeetingsFrom, type PersonMeetings } from "@/lib/participation/person-meetings/data";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";

const DAY_MS = 86_400_000;

/** How many of each list the home page shows; the full lists are one link away. */
const NEXT_MEETINGS = 3;
const LATEST_MINUTES = 5;
const MEASURES = 12;
const PARTNER_CASES = 10;

const bodySelect = { id: true, slug: true, shortName: true, name: true, nameNb: true } as const;
export type HomeBody = { id: string; slug: string; shortName: string; name: string; nameNb: string | null };
type PersonName = { givenName: string; familyName: string };

export type Seat = {
  id: string;
  body: HomeBody;
  role: MembershipRole;
  seat: SeatCategory;
  party: { name: string; nameNb: string | null } | null;
  termEnd: Date | null;
  /** For a personal deputy: whom they stand in for (S6). */
  principal: PersonName | null;
  /** For a member: their personal deputies with an active term (S6). */
  deputies: PersonName[];
};

export type HomeMeeting = {
  id: string;
  title: string | null;
  startsAt: Date;
  status: MeetingStatus;
  body: HomeBody;
  agendaPublic: boolean;
  agenda: { id: string; position: number; title: string; titleNb: string | null; caseNumber: string | null; documents: DocumentView[] }[];
  /** Papers not tied to an agenda item (the notice, for instance). */
  documents: DocumentView[];
};

export type HomeMinutes = { id: string; title: string | null; startsAt: Date; body: HomeBody };
export type HomeMeasure = { id: string; code: string; title: string; titleNb: string | null; status: MeasureStatus; year: number; body: HomeBody };

function today(now: Date): Date {
  return new Date(`${osloIsoDate(now)}T00:00:00.000Z`);
}

const active = (now: Date) => inTermOn(today(now));
const person = { select: { givenName: true, familyName: true } } as const;

export type HomeRead = {
  seats: Seat[];
  meetings: HomeMeeting[];
  myMeetings: PersonMeetings;
  fees: ClaimableMeeting[];
  calendar: { createdAt: Date } | null;
};

const NOTHING: HomeRead = { seats: [], meetings: [], myMeetings: { meetings: [], papers: new Map() }, fees: [], calendar: null };

/**
 * What the home page reads about the signed-in person, in one query beside the fee rates (issue 18 item 2; the
 * sections read eleven before): their memberships – each with its body's coming meetings (agenda, papers, the
 * person's answers), the call-ups as personal deputy, the meetings sat in with this user's fee claims, the principal
 * and the personal deputies – and the calendar subscription. The sections take their part; the same request reads it
 * once (React's cache). The rules are the ones the other pages use (lib/participation, lib/fees): only the reading
 * is shared.
 */
export const readHome = cache(async (userId: string, personId: string | null, viewer: Viewer, now: Date): Promise<HomeRead> => {
  if (!personId) return { ...NOTHING, calendar: await getCalendarSubscription(userId) };
  const coming = { startsAt: { gte: now } };
  const agendaItems = {
    orderBy: { position: "asc" as const },
    select: { id: true, position: true, title: true, titleNb: true, caseNumber: { select: { year: true, sequence: true, body: { select: { shortName: true } } } } },
  };
  const [user, rates] = await Promise.all([
    prisma.user.findUnique({
      where: { id: userId },
      select: {
        calendarFeed: { select: { createdAt: true } },
        person: {
          select: {
            memberships: {
              orderBy: [{ body: { sortOrder: "asc" } }, { id: "asc" }],
              select: {
                ...personMembershipSelect,
                body: { select: { ...bodySelect, meetings: { where: coming, orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: { ...meetingForPersonSelect(personId), agendaItems } } } },
                deputyCallUps: callUpsArgs(personId, coming),
                attendanceSitting: attendanceArgs(userId, now),
                principal: { select: { person } },
                deputies: { where: active(now), orderBy: { id: "asc" }, select: { person } },
              },
            },
          },
        },
      },
    }),
    feeRates(),
  ]);
  if (!user) return NOTHING;
  const own = user.person?.memberships ?? [];
  const day = today(now);
  const current = own.filter((m) => isActiveOn(m, day));
  const called = personMeetingsFrom(own, now);
  const until = now.getTime() + MY_MEETINGS_DAYS * DAY_MS;
  const myMeetings = called.meetings.filter((m) => m.startsAt.getTime() < until);
  return {
    seats: current.map((m) => ({
      id: m.id,
      body: { id: m.body.id, slug: m.body.slug, shortName: m.body.shortName, name: m.body.name, nameNb: m.body.nameNb },
      role: m.role,
      seat: m.seat,
      party: m.party,
      termEnd: m.termEnd,
      principal: m.principal?.person ?? null,
      deputies: m.deputies.map((d) => d.person),
    })),
    meetings: nextMeetingsOf(own, viewer, now),
    myMeetings: { meetings: myMeetings, papers: papersOf(called.rows.filter((r) => myMeetings.some((m) => m.id === r.id)), viewer, now) },
    fees: claimsFrom(own, rates),
    calendar: user.calendarFeed,
  };
});

type ComingMeeting = {
  id: string;
  title: string | null;
  startsAt: Date;
  status: MeetingStatus;
  cancelledAt: Date | null;
  documents: Parameters<typeof toFacts>[0][];
  agendaItems: { id: string; position: number; title: string; titleNb: string | null; caseNumber: { year: number; sequence: number; body: { shortName: string } } | null }[];
};

/** The next meetings of the viewer's bodies (member or deputy today), with the papers they may read. */
function nextMeetingsOf(own: readonly { bodyId: string; body: HomeBody & { meetings: ComingMeeting[] } }[], viewer: Viewer, now: Date): HomeMeeting[] {
  const bodies = new Set(viewer.memberBodyIds);
  const byId = new Map<string, ComingMeeting & { body: HomeBody }>();
  for (const m of own) {
    if (!bodies.has(m.bodyId)) continue;
    const { meetings, ...body } = m.body;
    for (const meeting of meetings) if (meeting.cancelledAt === null) byId.set(meeting.id, { ...meeting, body });
  }
  const rows = [...byId.values()]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, NEXT_MEETINGS);
  return rows.map((row) => {
    // Before the notice the agenda and its papers are drafts (lib/meetings/policy): not shown, as on the meeting page.
    const agendaPublic = isAgendaPublic(row.status);
    const docs = agendaPublic ? row.documents.map((d) => documentView(viewer, toFacts(d), now)) : [];
    return {
      id: row.id,
      title: row.title,
      startsAt: row.startsAt,
      status: row.status,
      body: row.body,
      agendaPublic,
      agenda: (agendaPublic ? row.agendaItems : []).map((item) => ({
        id: item.id,
        position: item.position,
        title: item.title,
        titleNb: item.titleNb,
        caseNumber: item.caseNumber ? `${item.caseNumber.body.shortName} ${item.caseNumber.sequence}/${item.caseNumber.year}` : null,
        documents: docs.filter((d) => d.agendaItemId === item.id),
      })),
      documents: docs.filter((d) => !d.agendaItemId || !row.agendaItems.some((a) => a.id === d.agendaItemId)),
    };
  });
}

/** The latest published minutes of the bodies: public, so read through the public data cache. */
export const latestMinutes = cachedPublic(
  "home-latest-minutes",
  [PUBLIC_TAGS.minutes, PUBLIC_TAGS.meetings, PUBLIC_TAGS.bodies],
  async (bodyIds: string): Promise<HomeMinutes[]> =>
    prisma.meeting.findMany({
      where: { bodyId: { in: bodyIds.split(",") }, status: "MINUTES_PUBLISHED", cancelledAt: null },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: LATEST_MINUTES,
      select: { id: true, title: true, startsAt: true, body: { select: bodySelect } },
    }),
);

/** This year's measures the bodies are responsible for: the action plan is public, so through the public cache. */
export const ownedMeasures = cachedPublic(
  "home-owned-measures",
  [PUBLIC_TAGS.actionPlan, PUBLIC_TAGS.bodies],
  async (bodyIds: string, year: number): Promise<HomeMeasure[]> => {
    const rows = await prisma.measure.findMany({
      where: { responsibleBodyId: { in: bodyIds.split(",") }, part: { plan: { year } } },
      orderBy: [{ code: "asc" }, { id: "asc" }],
      take: MEASURES,
      select: { id: true, code: true, title: true, titleNb: true, status: true, responsibleBody: { select: bodySelect }, part: { select: { plan: { select: { year: true } } } } },
    });
    return rows.map((r) => ({ id: r.id, code: r.code, title: r.title, titleNb: r.titleNb, status: r.status, year: r.part.plan.year, body: r.responsibleBody }));
  },
);

/** The cache key of a set of body ids (order-free). */
export const bodyKey = (bodyIds: readonly string[]) => [...bodyIds].sort().join(",");

export type PartnerCase = {
  id: string;
  reference: string;
  title: string;
  status: CaseStatus;
  currentBody: HomeBody;
  /** The meeting the case is (or was last) on the agenda of, once its notice has gone out. */
  meeting: { id: string; startsAt: Date; body: HomeBody } | null;
};

/** A partner contact's part: their party's latest cases with status and meeting. */
export async function getPartnerHome(partyId: string): Promise<{ party: { name: string; nameNb: string | null } | null; cases: PartnerCase[]; total: number }> {
  const [party, rows, total] = await Promise.all([
    prisma.party.findUnique({ where: { id: partyId }, select: { name: true, nameNb: true } }),
    prisma.case.findMany({
      where: { submitterPartyId: partyId },
      orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
      take: PARTNER_CASES,
      select: {
        id: true,
        reference: true,
        title: true,
        status: true,
        currentBody: { select: bodySelect },
        numbers: {
          orderBy: { assignedAt: "desc" },
          select: { agendaItem: { select: { meeting: { select: { id: true, startsAt: true, status: true, cancelledAt: true, body: { select: bodySelect } } } } } },
        },
      },
    }),
    prisma.case.count({ where: { submitterPartyId: partyId } }),
  ]);
  const cases = rows.map(({ numbers, ...c }) => {
    const meetings = numbers.flatMap((n) => (n.agendaItem ? [n.agendaItem.meeting] : [])).filter((m) => m.cancelledAt === null && isAgendaPublic(m.status));
    const latest = meetings.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];
    return { ...c, meeting: latest ? { id: latest.id, startsAt: latest.startsAt, body: latest.body } : null };
  });
  return { party, cases, total };
}
