// The staff overview's policy (lib/admin/policy.ts): who sees which section, and each meeting's next step.
import { describe, expect, it } from "vitest";
import { nextMeetingStep, overviewSections } from "@/lib/admin/policy";
import type { Viewer } from "@/lib/auth/viewer";

const viewer = (over: Partial<Viewer>): Viewer => ({ userId: "u1", roles: [], memberBodyIds: [], partyId: null, ...over });

describe("overviewSections", () => {
  it("gives the secretariat and admins every section", () => {
    expect(overviewSections(viewer({ roles: ["SECRETARIAT"] }))).toEqual(["cases", "meetings", "compliance", "news"]);
    expect(overviewSections(viewer({ roles: ["ADMIN"] }))).toEqual(["cases", "meetings", "compliance", "news"]);
  });

  it("gives nobody else any, not even a prioritising group member who triages cases", () => {
    expect(overviewSections(viewer({ roles: ["PARTNER_CONTACT"], partyId: "p" }))).toEqual([]);
    expect(overviewSections(viewer({ memberBodyIds: ["ssu"], prioritisingBodyIds: ["ssu"] }))).toEqual([]);
    expect(overviewSections(viewer({ userId: null, roles: ["SECRETARIAT"] }))).toEqual([]);
  });
});

describe("nextMeetingStep", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  const future = new Date("2026-12-01T09:00:00Z");
  const past = new Date("2026-11-20T09:00:00Z");
  it("follows the meeting workflow", () => {
    expect(nextMeetingStep({ status: "PLANNED", startsAt: future, cancelledAt: null }, now)).toBe("sendNotice");
    expect(nextMeetingStep({ status: "NOTICE_SENT", startsAt: future, cancelledAt: null }, now)).toBe("afterMeeting");
    expect(nextMeetingStep({ status: "NOTICE_SENT", startsAt: past, cancelledAt: null }, now)).toBe("markHeld");
    expect(nextMeetingStep({ status: "HELD", startsAt: past, cancelledAt: null }, now)).toBe("approveMinutes");
    expect(nextMeetingStep({ status: "MINUTES_APPROVED", startsAt: past, cancelledAt: null }, now)).toBe("publishMinutes");
    expect(nextMeetingStep({ status: "MINUTES_PUBLISHED", startsAt: past, cancelledAt: null }, now)).toBeNull();
    expect(nextMeetingStep({ status: "PLANNED", startsAt: future, cancelledAt: now }, now)).toBeNull();
  });
});
