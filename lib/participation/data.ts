import "server-only";
// Reads of meeting participation: the secretariat's view of one meeting (seats, answers, the attendance register),
// the attendance list for the minutes, uncovered seats and the personal calendar. What one person is called to is in
// person-meetings/data.ts.
import { prisma } from "@/lib/db/client";
import type { AttendanceStatus, MembershipRole, SeatCategory } from "@/lib/domain/vocabulary";
import { loadRuleInput } from "@/lib/membership/data";
import { evaluateBody } from "@/lib/membership/rules";
import type { MessageRef } from "@/lib/membership/rules/types";
import type { IcsMeeting } from "@/lib/meetings/data";
import { bodySelect } from "@/lib/meetings/lists/data";
import { isUncovered, seatState, seatsOn, type Answer, type SeatState } from "./policy";
import { answerSelect, membershipSelect, type MembershipRow } from "./rows";

const DAY = 86_400_000;

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

