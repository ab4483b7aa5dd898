import "server-only";
// Reads of meeting participation: who is called to which meeting, their answers, the attendance register, the
// secretariat's uncovered seats and the meetings of a personal calendar.
import { prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { documentFactsSelect, documentView, toFacts, type DocumentView } from "@/lib/documents/view";
import type { AttendanceStatus, MeetingStatus, MembershipRole, SeatCategory } from "@/lib/domain/vocabulary";
import { isAgendaPublic } from "@/lib/meetings/policy";
import { loadRuleInput } from "@/lib/membership/data";
import { evaluateBody } from "@/lib/membership/rules";
import type { MessageRef } from "@/lib/membership/rules/types";
import type { IcsMeeting } from "@/lib/meetings/data";
import { bodySelect } from "@/lib/meetings/lists/data";
import { canAnswer, isUncovered, seatState, seatsOn, type Answer, type SeatState } from "./policy";

const DAY = 86_400_000;

const membershipSelect = {
  id: true,
  personId: true,
  role: true,
  seat: true,
  principalId: true,
  termStart: true,
  termEnd: true,
  person: { select: { givenName: true, familyName: true } },
  party: { select: { name: true, nameNb: true } },
} as const;

type MembershipRow = {
  id: string;
  personId: string;
  role: MembershipRole;
  seat: SeatCategory;
  principalId: string | null;
  termStart: Date;
  termEnd: Date | null;
  person: { givenName: string; familyName: string };
  party: { name: string; nameNb: string | null } | null;
};

const answerSelect = { membershipId: true, attending: true, deputyId: true, note: true, onBehalf: true, updatedAt: true } as const;

export type PersonRef = { membershipId: string; name: string };
const personRef = (m: MembershipRow): PersonRef => ({ membershipId: m.id, name: `${m.person.givenName} ${m.person.familyName}` });

/** The person linked to a user (members and deputies act through it). */
export async function personIdOfUser(userId: string): Promise<string | null> {
  return (await prisma.user.findUnique({ where: { id: userId }, select: { personId: true } }))?.personId ?? null;
}

// ──────────────── The admin view of one meeting ────────────────

export type SeatLine = {
  seat: PersonRef & { role: MembershipRole; category: SeatCategory; party: { name: string; nameNb: string | null } | null };
  deputy: PersonRef | null;
  /** The deputy actually called (when the member has forfall), who may differ from today's deputy. */
  calledDeputy: PersonRef | null;
  state: SeatState;
  note: string | null;
  onBehalf: boolean;
  attendance: { status: AttendanceStatus; attendee: PersonRef | null } | null;
  /** HARD rules this seat's holder breaks on the meeting day (rule codes). */
  breaches: string[];
};

export type MeetingParticipation = {
  meeting: { id: string; startsAt: Date; cancelledAt: Date | null; bodyId: string };
  seats: SeatLine[];
  registerVersion: number;
  registerSaved: boolean;
  /** Every HARD-rule finding of the body on the meeting day (seat-related or not: e.g. a missing seat). */
  hardFindings: { code: string; message: MessageRef }[];
};

export async function getMeetingParticipation(meetingId: string): Promise<MeetingParticipation | null> {
  const meeting = await prisma.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      startsAt: true,
      cancelledAt: true,
      bodyId: true,
      responses: { select: answerSelect },
      attendance: { select: { seatId: true, status: true, attendeeId: true } },
      attendanceRegister: { select: { version: true } },
    },
  });
  if (!meeting) return null;
  const memberships: MembershipRow[] = await prisma.membership.findMany({ where: { bodyId: meeting.bodyId }, select: membershipSelect });
  const byId = new Map(memberships.map((m) => [m.id, m]));
  const ruleInput = await loadRuleInput(prisma, meeting.startsAt);
  const body = ruleInput.ctx.bodies.find((b) => b.id === meeting.bodyId);
  const results = body ? evaluateBody(body, ruleInput.rules, ruleInput.ctx, meeting.startsAt) : [];
  const hard = results.filter((r) => r.severity === "HARD" && r.status === "breach");
  const hardFindings = hard.flatMap((r) => r.findings.map((f) => ({ code: r.code, message: f.message })));
  const answers: Answer[] = meeting.responses;
  const seats = seatsOn(memberships, meeting.startsAt).map(({ seat, deputy }): SeatLine => {
    const own = meeting.responses.find((a) => a.membershipId === seat.id);
    const called = own?.deputyId ? byId.get(own.deputyId) : undefined;
    const row = meeting.attendance.find((a) => a.seatId === seat.id);
    const attendee = row?.attendeeId ? byId.get(row.attendeeId) : undefined;
    return {
      seat: { ...personRef(seat), role: seat.role, category: seat.seat, party: seat.party },
      deputy: deputy ? personRef(deputy) : null,
      calledDeputy: called ? personRef(called) : null,
      state: seatState(seat.id, deputy?.id ?? null, answers),
      note: own?.note ?? null,
      onBehalf: own?.onBehalf ?? false,
      attendance: row ? { status: row.status, attendee: attendee ? personRef(attendee) : null } : null,
      breaches: hard.filter((r) => r.findings.some((f) => f.membershipIds?.includes(seat.id))).map((r) => r.code),
    };
  });
  return {
    meeting: { id: meeting.id, startsAt: meeting.startsAt, cancelledAt: meeting.cancelledAt, bodyId: meeting.bodyId },
    seats,
    registerVersion: meeting.attendanceRegister?.version ?? 0,
    registerSaved: meeting.attendanceRegister !== null,
    hardFindings,
  };
}

// ──────────────── The attendance list for the minutes ────────────────

export type AttendanceLine = {
  name: string;
  status: AttendanceStatus;
  /** For a deputy: the member whose seat they sat in. */
  forName: string | null;
  category: SeatCategory;
  party: { name: string; nameNb: string | null } | null;
};

/** The recorded attendance of a meeting (empty when no register has been saved), seat order as the body lists them. */
export async function listAttendance(meetingId: string): Promise<AttendanceLine[]> {
  const rows = await prisma.meetingAttendance.findMany({
    where: { meetingId },
    orderBy: { id: "asc" },
    select: { status: true, seat: { select: membershipSelect }, attendee: { select: membershipSelect } },
  });
  return rows
    .map((r) => {
      const sitting = r.attendee ?? r.seat;
      return {
        name: `${sitting.person.givenName} ${sitting.person.familyName}`,
        status: r.status,
        forName: r.status === "DEPUTY" ? `${r.seat.person.givenName} ${r.seat.person.familyName}` : null,
        category: r.seat.seat,
        party: r.seat.party,
        order: ROLE_ORDER.indexOf(r.seat.role),
      };
    })
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, "nn"))
    .map((line): AttendanceLine => ({ name: line.name, status: line.status, forName: line.forName, category: line.category, party: line.party }));
}

const ROLE_ORDER: MembershipRole[] = ["LEADER", "DEPUTY_LEADER", "MEMBER", "OBSERVER", "PERSONAL_DEPUTY"];

// ──────────────── A person's meetings (home page, meeting page, personal calendar) ────────────────

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

// ──────────────── The secretariat's task list ────────────────

export type UncoveredSeat = {
  meetingId: string;
  startsAt: Date;
  body: { name: string; nameNb: string | null };
  member: string;
  /** The deputy who also has forfall, or null when the seat has no personal deputy. */
  deputy: string | null;
};

/** Seats of upcoming meetings (next `days` days) whose member has forfall and no deputy will come (S6). */
export async function getUncoveredSeats(now: Date, days = 90): Promise<UncoveredSeat[]> {
  const responses = await prisma.meetingResponse.findMany({
    where: { attending: false, meeting: { startsAt: { gte: now, lt: new Date(now.getTime() + days * DAY) }, cancelledAt: null } },
    select: {
      meetingId: true,
      membershipId: true,
      deputyId: true,
      attending: true,
      membership: { select: { role: true, person: { select: { givenName: true, familyName: true } } } },
      deputy: { select: { person: { select: { givenName: true, familyName: true } } } },
      meeting: { select: { startsAt: true, body: { select: { name: true, nameNb: true } } } },
    },
  });
  return responses
    .filter((r) => r.membership.role !== "PERSONAL_DEPUTY")
    .filter((r) =>
      isUncovered(
        r.membershipId,
        r.deputyId,
        responses.filter((x) => x.meetingId === r.meetingId),
      ),
    )
    .map((r) => ({
      meetingId: r.meetingId,
      startsAt: r.meeting.startsAt,
      body: r.meeting.body,
      member: `${r.membership.person.givenName} ${r.membership.person.familyName}`,
      deputy: r.deputy ? `${r.deputy.person.givenName} ${r.deputy.person.familyName}` : null,
    }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.member.localeCompare(b.member, "nn"));
}

// ──────────────── Personal calendar ────────────────

/** The user behind a calendar token hash (enabled users with a linked person only). */
export async function calendarOwner(tokenHash: string): Promise<{ userId: string; personId: string | null; createdAt: Date } | null> {
  const row = await prisma.personalCalendar.findUnique({
    where: { tokenHash },
    select: { createdAt: true, user: { select: { id: true, personId: true, disabledAt: true } } },
  });
  if (!row || row.user.disabledAt) return null;
  return { userId: row.user.id, personId: row.user.personId, createdAt: row.createdAt };
}

/** Whether the user has a calendar address now, and since when (the address itself is shown only once). */
export async function getCalendarSubscription(userId: string): Promise<{ createdAt: Date } | null> {
  return prisma.personalCalendar.findUnique({ where: { userId }, select: { createdAt: true } });
}

/** One meeting in the shape of the iCal feeds (every meeting is public: the calendar page lists them all). */
export async function getIcsMeeting(id: string): Promise<IcsMeeting | null> {
  return prisma.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      status: true,
      cancelledAt: true,
      updatedAt: true,
      cancellationReason: true,
      version: true,
      body: { select: { ...bodySelect, kind: true } },
    },
  });
}

