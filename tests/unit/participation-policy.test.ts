// Who comes for a seat (S6: the personal deputy stands in for a member with forfall) and when answers and the
// attendance register are open. Pure rules, no database.
import { describe, expect, it } from "vitest";
import { canAnswer, canRecordAttendance, isUncovered, seatState, seatsOn } from "@/lib/participation/policy";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const m = (id: string, role: "MEMBER" | "PERSONAL_DEPUTY" | "OBSERVER", principalId: string | null, termStart = "2026-01-01", termEnd: string | null = null) => ({
  id,
  personId: `p-${id}`,
  role,
  principalId,
  termStart: day(termStart),
  termEnd: termEnd ? day(termEnd) : null,
});

describe("seat state", () => {
  it("is 'unanswered' without an answer, 'member' when the member comes", () => {
    expect(seatState("a", "a-vara", [])).toBe("unanswered");
    expect(seatState("a", "a-vara", [{ membershipId: "a", attending: true, deputyId: null }])).toBe("member");
  });

  it("is 'deputy' when the member has forfall and the called deputy has not (S6)", () => {
    expect(seatState("a", "a-vara", [{ membershipId: "a", attending: false, deputyId: "a-vara" }])).toBe("deputy");
  });

  it("is 'absent' (uncovered) with no deputy, or when the deputy has forfall too", () => {
    expect(isUncovered("a", null, [{ membershipId: "a", attending: false, deputyId: null }])).toBe(true);
    const both = [
      { membershipId: "a", attending: false, deputyId: "a-vara" },
      { membershipId: "a-vara", attending: false, deputyId: null },
    ];
    expect(seatState("a", "a-vara", both)).toBe("absent");
  });
});

describe("seats on the meeting day", () => {
  it("takes the seats and the personal deputy whose term covers the (Oslo) day", () => {
    const memberships = [
      m("a", "MEMBER", null),
      m("a-old", "PERSONAL_DEPUTY", "a", "2025-01-01", "2026-03-01"),
      m("a-new", "PERSONAL_DEPUTY", "a", "2026-03-02"),
      m("obs", "OBSERVER", null),
      m("gone", "MEMBER", null, "2025-01-01", "2026-02-01"),
    ];
    // 2026-03-01 23:30 UTC is 2 March in Oslo: the new deputy's first day.
    const seats = seatsOn(memberships, new Date("2026-03-01T23:30:00Z"));
    expect(seats.map((s) => [s.seat.id, s.deputy?.id ?? null])).toEqual([
      ["a", "a-new"],
      ["obs", null],
    ]);
  });
});

describe("open for answers and for the register", () => {
  const meeting = { startsAt: new Date("2026-12-03T09:00:00Z"), cancelledAt: null };
  it("answers until the start, the register from the start, neither for a cancelled meeting", () => {
    expect(canAnswer(meeting, new Date("2026-12-03T08:59:59Z"))).toBe(true);
    expect(canAnswer(meeting, new Date("2026-12-03T09:00:00Z"))).toBe(false);
    expect(canRecordAttendance(meeting, new Date("2026-12-03T08:59:59Z"))).toBe(false);
    expect(canRecordAttendance(meeting, new Date("2026-12-03T09:00:00Z"))).toBe(true);
    const cancelled = { ...meeting, cancelledAt: new Date("2026-11-01T00:00:00Z") };
    expect(canAnswer(cancelled, new Date("2026-11-02T00:00:00Z"))).toBe(false);
    expect(canRecordAttendance(cancelled, new Date("2026-12-04T00:00:00Z"))).toBe(false);
  });
});
