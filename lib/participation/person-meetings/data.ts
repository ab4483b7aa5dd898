import "server-only";
// What one person is called to (home page, /mine-mote, a meeting's answer form, the personal calendar): every meeting
// of a body where they hold a seat on the meeting day, and every call-up as personal deputy (S6), with their answers
// and the papers they may read. One query per read (issue 18 item 2); the home page composes the same selects into its
// own read (lib/workspace/data.ts).
import { prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { documentFactsSelect, documentView, toFacts, type DocumentView } from "@/lib/documents/view";
import type { MeetingStatus } from "@/lib/domain/vocabulary";
import { isAgendaPublic } from "@/lib/meetings/policy";
import { canAnswer, seatsOn } from "../policy";
import { answerSelect, membershipSelect, type MembershipRow } from "../rows";

export type MyMeeting = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  cancelledAt: Date | null;
  updatedAt: Date;
  version: number;
  status: MeetingStatus;
  body: { name: string; nameNb: string | null; slug: string };
  /** The membership the person answers with: their seat, or the deputy membership they were called in on. */
  membershipId: string;
  /** "member" for one's own seat, "deputy" when called in for someone with forfall (S6). */
  as: "member" | "deputy";
  /** For a deputy: whose seat. */
  forName: string | null;
  answer: { attending: boolean; note: string | null } | null;
  canAnswer: boolean;
};

const meetingSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  cancelledAt: true,
  updatedAt: true,
  version: true,
  status: true,
  bodyId: true,
  body: { select: { name: true, nameNb: true, slug: true } },
} as const;

/**
 * The meetings a person is called to from `from` on: every meeting of a body where they hold a seat on the meeting
 * day, and every meeting where they were called in as personal deputy (S6). Sorted by start.
 */
export async function getPersonMeetings(personId: string, now: Date, options: { from?: Date; to?: Date } = {}): Promise<MyMeeting[]> {
  return (await readPersonMeetings(personId, now, options)).meetings;
}

/**
 * getPersonMeetings with each meeting's papers as `viewer` may see them (a member or called-in deputy reads the
 * members' papers, S6; the decision is documentView's, the same as the download's), from the notice on. Same query.
 */
export async function getPersonMeetingsWithPapers(
  personId: string,
  viewer: Viewer,
  now: Date,
  options: { from?: Date; to?: Date } = {},
): Promise<PersonMeetings> {
  const { meetings, rows } = await readPersonMeetings(personId, now, options);
  return { meetings, papers: papersOf(rows, viewer, now) };
}

export type PersonMeetings = { meetings: MyMeeting[]; papers: Map<string, DocumentView[]> };
type MeetingRange = { startsAt: { gte: Date; lt?: Date } };

/** A meeting as the person's lists need it: with the person's own answers and its papers (facts). */
export function meetingForPersonSelect(personId: string) {
  return {
    ...meetingSelect,
    responses: { where: { membership: { personId } }, select: { meetingId: true, ...answerSelect } },
    documents: { where: { kind: { not: "MINUTES" as const } }, orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }], select: documentFactsSelect },
  };
}

/** The relations of a person's membership that say which meetings they are called to in `range` (with answers). */
export function callUpsArgs(personId: string, range: MeetingRange) {
  return { where: { attending: false, meeting: range }, select: { deputyId: true, membership: { select: membershipSelect }, meeting: { select: meetingForPersonSelect(personId) } } };
}

export const personMembershipSelect = { ...membershipSelect, bodyId: true } as const;

type PersonMeetingRow = MeetingRow & { responses: { meetingId: string; membershipId: string; attending: boolean; note: string | null }[]; documents: Parameters<typeof toFacts>[0][] };
type PersonMembershipRow = MembershipRow & { bodyId: string; body: { meetings: PersonMeetingRow[] }; deputyCallUps: (CallUp & { meeting: PersonMeetingRow })[] };

/** What a person is called to, from their memberships read with callUpsArgs and the body's meetings. */
export function personMeetingsFrom(own: readonly PersonMembershipRow[], now: Date): { meetings: MyMeeting[]; rows: PersonMeetingRow[] } {
  const seatHolding = own.filter((m) => m.role !== "PERSONAL_DEPUTY");
  // Two memberships in one body (a new term, say) bring its meetings twice.
  const meetings = [...new Map(seatHolding.flatMap((m) => m.body.meetings).map((m) => [m.id, m])).values()];
  const callUps = own.flatMap((m) => m.deputyCallUps);
  const rows = [...meetings, ...callUps.map((c) => c.meeting)];
  return { meetings: partsIn(meetings, seatHolding, callUps, rows.flatMap((m) => m.responses), now), rows };
}

/** The papers of the meetings read with meetingForPersonSelect, as `viewer` may see them, from the notice on. */
export function papersOf(rows: readonly PersonMeetingRow[], viewer: Viewer, now: Date): Map<string, DocumentView[]> {
  return new Map(rows.map((m) => [m.id, isAgendaPublic(m.status) ? m.documents.map((d) => documentView(viewer, toFacts(d), now)) : []]));
}

async function readPersonMeetings(personId: string, now: Date, options: { from?: Date; to?: Date }) {
  const range = { startsAt: { gte: options.from ?? now, ...(options.to ? { lt: options.to } : {}) } };
  // One query (issue 18 item 2; it was five with the papers): the person's memberships, each with its body's meetings
  // in the range and the meetings it was called in to as personal deputy, every meeting with the person's own answers
  // and its papers.
  const own = await prisma.membership.findMany({
    where: { personId },
    select: {
      ...personMembershipSelect,
      body: { select: { meetings: { where: range, orderBy: { startsAt: "asc" }, select: meetingForPersonSelect(personId) } } },
      deputyCallUps: callUpsArgs(personId, range),
    },
  });
  return personMeetingsFrom(own, now);
}

type MeetingRow = { id: string; title: string | null; startsAt: Date; endsAt: Date | null; location: string | null; cancelledAt: Date | null; updatedAt: Date; version: number; status: MeetingStatus; bodyId: string; body: MyMeeting["body"] };
type CallUp = { deputyId: string | null; meeting: MeetingRow; membership: MembershipRow };

/**
 * What a person is called to: each meeting of a body where a seat-holding membership of theirs is active on the
 * meeting day (as member), and each call-up as personal deputy (S6), with their own answer. Sorted by start; for one
 * meeting the member's entry comes before a deputy's.
 */
function partsIn(
  meetings: readonly MeetingRow[],
  seatHolding: readonly (MembershipRow & { bodyId: string })[],
  callUps: readonly CallUp[],
  answers: readonly { meetingId: string; membershipId: string; attending: boolean; note: string | null }[],
  now: Date,
): MyMeeting[] {
  const answerOf = (meetingId: string, membershipId: string) => {
    const a = answers.find((x) => x.meetingId === meetingId && x.membershipId === membershipId);
    return a ? { attending: a.attending, note: a.note } : null;
  };
  const shape = (m: MeetingRow) => ({
    id: m.id,
    title: m.title,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    location: m.location,
    cancelledAt: m.cancelledAt,
    updatedAt: m.updatedAt,
    version: m.version,
    status: m.status,
    body: m.body,
  });
  const result: MyMeeting[] = [];
  for (const m of meetings) {
    const seat = seatsOn(
      seatHolding.filter((s) => s.bodyId === m.bodyId),
      m.startsAt,
    )[0]?.seat;
    if (!seat) continue;
    result.push({ ...shape(m), membershipId: seat.id, as: "member", forName: null, answer: answerOf(m.id, seat.id), canAnswer: canAnswer(m, now) });
  }
  for (const c of callUps) {
    if (!c.deputyId) continue;
    const m = c.meeting;
    result.push({
      ...shape(m),
      membershipId: c.deputyId,
      as: "deputy",
      forName: `${c.membership.person.givenName} ${c.membership.person.familyName}`,
      answer: answerOf(m.id, c.deputyId),
      canAnswer: canAnswer(m, now),
    });
  }
  return result.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}

/**
 * The person's part in one meeting (for the answer form on the meeting page), or null when not called to it. The same
 * rules as getPersonMeetings, read in one query from the meeting (issue 18 item 2): the person's memberships in its
 * body, and the meeting's answers given by them or calling them in.
 */
export async function getMyPartInMeeting(personId: string, meetingId: string, now: Date): Promise<MyMeeting | null> {
  const mine = { OR: [{ membership: { personId } }, { deputy: { personId } }] };
  const row = await prisma.meeting.findUnique({
    where: { id: meetingId },
    select: {
      ...meetingSelect,
      body: { select: { ...meetingSelect.body.select, memberships: { where: { personId }, select: { ...membershipSelect, bodyId: true } } } },
      responses: { where: mine, select: { meetingId: true, ...answerSelect, membership: { select: membershipSelect }, deputy: { select: { personId: true } } } },
    },
  });
  if (!row) return null;
  const { memberships, ...body } = row.body;
  const meeting = { ...row, body };
  const callUps = row.responses.filter((r) => r.deputy?.personId === personId && !r.attending).map((r) => ({ ...r, meeting }));
  const answers = row.responses.filter((r) => r.membership.personId === personId);
  return partsIn([meeting], memberships.filter((m) => m.role !== "PERSONAL_DEPUTY"), callUps, answers, now)[0] ?? null;
}
