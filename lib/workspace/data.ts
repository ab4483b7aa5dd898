import "server-only";
// Reads of the personal home page, Mitt Saman (issue 14): a member's seats, meetings with the papers they may read,
// minutes and measures of their bodies; a partner's own cases. A handful of queries run in parallel per section,
// never one per row. What a viewer may read is decided by the same functions as the downloads (lib/documents).
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { documentFactsSelect, documentView, toFacts, type DocumentView } from "@/lib/documents/view";
import type { CaseStatus, MeasureStatus, MeetingStatus, MembershipRole, SeatCategory } from "@/lib/domain/vocabulary";
import { osloIsoDate } from "@/lib/i18n/dates";
import { isAgendaPublic } from "@/lib/meetings/policy";
import { inTermOn } from "@/lib/membership/in-term";

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

export type MemberHome = {
  seats: Seat[];
  meetings: HomeMeeting[];
  minutes: { id: string; title: string | null; startsAt: Date; body: HomeBody }[];
  measures: { id: string; code: string; title: string; titleNb: string | null; status: MeasureStatus; year: number; body: HomeBody }[];
};

function today(now: Date): Date {
  return new Date(`${osloIsoDate(now)}T00:00:00.000Z`);
}

const active = (now: Date) => inTermOn(today(now));

export async function seatsOf(personId: string, now: Date): Promise<Seat[]> {
  const person = { select: { givenName: true, familyName: true } } as const;
  const rows = await prisma.membership.findMany({
    where: { personId, ...active(now) },
    orderBy: [{ body: { sortOrder: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      seat: true,
      termEnd: true,
      body: { select: bodySelect },
      party: { select: { name: true, nameNb: true } },
      principal: { select: { person } },
      deputies: { where: active(now), orderBy: { id: "asc" }, select: { person } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    role: r.role,
    seat: r.seat,
    party: r.party,
    termEnd: r.termEnd,
    principal: r.principal?.person ?? null,
    deputies: r.deputies.map((d) => d.person),
  }));
}

export async function nextMeetings(viewer: Viewer, now: Date): Promise<HomeMeeting[]> {
  const rows = await prisma.meeting.findMany({
    where: { bodyId: { in: [...viewer.memberBodyIds] }, cancelledAt: null, startsAt: { gte: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: NEXT_MEETINGS,
    select: {
      id: true,
      title: true,
      startsAt: true,
      status: true,
      body: { select: bodySelect },
      agendaItems: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, title: true, titleNb: true, caseNumber: { select: { year: true, sequence: true, body: { select: { shortName: true } } } } },
      },
      documents: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: documentFactsSelect },
    },
  });
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

export async function latestMinutes(bodyIds: readonly string[]): Promise<MemberHome["minutes"]> {
  return prisma.meeting.findMany({
    where: { bodyId: { in: [...bodyIds] }, status: "MINUTES_PUBLISHED", cancelledAt: null },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: LATEST_MINUTES,
    select: { id: true, title: true, startsAt: true, body: { select: bodySelect } },
  });
}

export async function ownedMeasures(bodyIds: readonly string[], now: Date): Promise<MemberHome["measures"]> {
  const year = Number(osloIsoDate(now).slice(0, 4));
  const rows = await prisma.measure.findMany({
    where: { responsibleBodyId: { in: [...bodyIds] }, part: { plan: { year } } },
    orderBy: [{ code: "asc" }, { id: "asc" }],
    take: MEASURES,
    select: { id: true, code: true, title: true, titleNb: true, status: true, responsibleBody: { select: bodySelect }, part: { select: { plan: { select: { year: true } } } } },
  });
  return rows.map((r) => ({ id: r.id, code: r.code, title: r.title, titleNb: r.titleNb, status: r.status, year: r.part.plan.year, body: r.responsibleBody }));
}

/** A member's or deputy's part of the home page. */
export async function getMemberHome(viewer: Viewer, personId: string | null, now: Date = new Date()): Promise<MemberHome> {
  const bodies = viewer.memberBodyIds;
  const member = bodies.length > 0;
  const [seats, meetings, minutes, measures] = await Promise.all([
    personId ? seatsOf(personId, now) : [],
    member ? nextMeetings(viewer, now) : [],
    member ? latestMinutes(bodies) : [],
    member ? ownedMeasures(bodies, now) : [],
  ]);
  return { seats, meetings, minutes, measures };
}

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
