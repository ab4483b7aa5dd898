// Who may register deviations, see the overview (whole structure or one area) and record follow-up.
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import {
  canFollowUp,
  canRegister,
  canRegisterFor,
  canSeeOverview,
  overviewScope,
  type DeviationFacts,
} from "@/lib/deviations/policy";

const facts: DeviationFacts = {
  areaCommittees: [
    { bodyId: "ou-bergen", areaId: "area-bergen" },
    { bodyId: "ou-voss", areaId: "area-voss" },
  ],
  strategicCommitteeIds: ["ssu"],
};

const viewer = (fields: Partial<Viewer>): Viewer => ({ ...ANONYMOUS, userId: "u", ...fields });

const admin = viewer({ roles: ["ADMIN"] });
const secretariat = viewer({ roles: ["SECRETARIAT"] });
const partner = viewer({ roles: ["PARTNER_CONTACT"], partyId: "party-askoy" });
const partnerWithoutParty = viewer({ roles: ["PARTNER_CONTACT"] });
const ouMember = viewer({ memberBodyIds: ["ou-bergen"] });
const ssuMember = viewer({ memberBodyIds: ["ssu"] });
const otherMember = viewer({ memberBodyIds: ["some-network"] });
const signedInNobody = viewer({});

describe("register", () => {
  it.each([
    ["anonymous", ANONYMOUS, false],
    ["admin", admin, true],
    ["secretariat", secretariat, true],
    ["partner contact", partner, true],
    ["partner contact without a party", partnerWithoutParty, false],
    ["OU member", ouMember, false],
    ["SSU member", ssuMember, false],
    ["signed in without roles", signedInNobody, false],
  ] as const)("%s may open the form: %s", (_name, v, expected) => {
    expect(canRegister(v)).toBe(expected);
  });

  it("a partner contact registers only for their own party; staff for any", () => {
    expect(canRegisterFor(partner, "party-askoy")).toBe(true);
    expect(canRegisterFor(partner, "party-helse-bergen")).toBe(false);
    expect(canRegisterFor(secretariat, "party-helse-bergen")).toBe(true);
    expect(canRegisterFor(ANONYMOUS, "party-askoy")).toBe(false);
  });
});

describe("overview", () => {
  it.each([
    ["anonymous", ANONYMOUS, { kind: "none" }],
    ["admin", admin, { kind: "all" }],
    ["secretariat", secretariat, { kind: "all" }],
    ["SSU member", ssuMember, { kind: "all" }],
    ["OU member", ouMember, { kind: "areas", areaIds: ["area-bergen"] }],
    ["partner contact (not a member)", partner, { kind: "none" }],
    ["member of another body", otherMember, { kind: "none" }],
  ] as const)("%s sees %j", (_name, v, scope) => {
    expect(overviewScope(v, facts)).toEqual(scope);
  });

  it("an OU member sees their own area only", () => {
    expect(canSeeOverview(ouMember, facts, "area-bergen")).toBe(true);
    expect(canSeeOverview(ouMember, facts, "area-voss")).toBe(false);
    expect(canSeeOverview(ouMember, facts)).toBe(false);
    expect(canSeeOverview(ssuMember, facts)).toBe(true);
  });

  it("a member who is not signed in (no user id) sees nothing", () => {
    expect(overviewScope({ ...ouMember, userId: null }, facts)).toEqual({ kind: "none" });
  });
});

describe("follow-up", () => {
  it.each([
    ["anonymous", ANONYMOUS, false, false],
    ["admin", admin, true, true],
    ["secretariat", secretariat, true, true],
    ["OU member of Bergen", ouMember, true, false],
    ["SSU member", ssuMember, false, false],
    ["partner contact", partner, false, false],
  ] as const)("%s: Bergen %s, Voss %s", (_name, v, bergen, voss) => {
    expect(canFollowUp(v, facts, "area-bergen")).toBe(bergen);
    expect(canFollowUp(v, facts, "area-voss")).toBe(voss);
  });
});
