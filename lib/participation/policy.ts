// Who may answer for which meeting, and what the answers mean for each seat. Pure: rows in, decisions out, so the
// meeting page, the home page, the admin page and the tests all read the same rules.
import type { MembershipRole } from "@/lib/domain/vocabulary";
import { dayOf } from "@/lib/membership/rules/dates";
import { isActiveOn } from "@/lib/membership/rules/composition";

export type MeetingTimes = { startsAt: Date; cancelledAt: Date | null };

/** Forfall (and "I come") may be given until the meeting starts, never for a cancelled meeting. */
export function canAnswer(meeting: MeetingTimes, now: Date): boolean {
  return meeting.cancelledAt === null && now.getTime() < meeting.startsAt.getTime();
}

/** The attendance register is kept at or after the start of a meeting that was not cancelled. */
export function canRecordAttendance(meeting: MeetingTimes, now: Date): boolean {
  return meeting.cancelledAt === null && now.getTime() >= meeting.startsAt.getTime();
}

/** Roles that hold a seat of their own (a personal deputy sits only in someone else's seat, S6). */
export const SEAT_ROLES: readonly MembershipRole[] = ["LEADER", "DEPUTY_LEADER", "MEMBER", "OBSERVER"];

export type SeatMembership = {
  id: string;
  personId: string;
  role: MembershipRole;
  principalId: string | null;
  termStart: Date;
  termEnd: Date | null;
};

/** The seats of a body on the meeting's (Oslo) day, each with its personal deputy that day (S6), if any. */
export function seatsOn<M extends SeatMembership>(memberships: readonly M[], startsAt: Date): { seat: M; deputy: M | null }[] {
  const day = dayOf(startsAt);
  const active = memberships.filter((m) => isActiveOn(m, day));
  return active
    .filter((m) => SEAT_ROLES.includes(m.role))
    .map((seat) => ({ seat, deputy: active.find((d) => d.role === "PERSONAL_DEPUTY" && d.principalId === seat.id) ?? null }));
}

export type Answer = { membershipId: string; attending: boolean; deputyId: string | null };

/** Who comes for a seat: its member, the called-in deputy, nobody (absent), or not answered yet. */
export type SeatState = "member" | "deputy" | "absent" | "unanswered";

export function seatState(seatId: string, deputyId: string | null, answers: readonly Answer[]): SeatState {
  const own = answers.find((a) => a.membershipId === seatId);
  if (!own) return "unanswered";
  if (own.attending) return "member";
  const called = own.deputyId ?? deputyId;
  if (!called) return "absent";
  const deputyAnswer = answers.find((a) => a.membershipId === called);
  return deputyAnswer && !deputyAnswer.attending ? "absent" : "deputy";
}

/** A seat whose member has forfall and nobody to stand in: the secretariat must act (task list). */
export function isUncovered(seatId: string, deputyId: string | null, answers: readonly Answer[]): boolean {
  return seatState(seatId, deputyId, answers) === "absent";
}

/** How far ahead "Møte du er kalla inn til" lists meetings (days). */
export const MY_MEETINGS_DAYS = 400;
