// The membership forms' schema (shared by the admin form and the server actions), the "as of" date of the
// compliance pages, and who may manage memberships or read the compliance view.
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import { getTranslator } from "@/lib/i18n";
import { parseAsOf } from "@/lib/membership/as-of";
import { canManageMemberships, canViewBodyCompliance, canViewStructureCompliance } from "@/lib/membership/policy";
import { appointMembershipSchema, endMembershipSchema, fieldErrors, FORM_ERRORS } from "@/lib/membership/schema";

const base = { bodyId: "b", personId: "p", seat: "MUNICIPAL", role: "MEMBER", termStart: "2027-01-01" } as const;

describe("appoint form", () => {
  it("accepts a member with an optional deputy and blank optional fields", () => {
    const parsed = appointMembershipSchema.parse({ ...base, deputyPersonId: "d", partyId: "", termEnd: "", side: "" });
    expect(parsed).toMatchObject({ ...base, deputyPersonId: "d", partyId: undefined, termEnd: undefined, side: undefined });
  });

  it.each([
    [{ personId: "" }, "personId", "required"],
    [{ termStart: "2027-02-30" }, "termStart", "invalidDate"],
    [{ termStart: "1.1.2027" }, "termStart", "invalidDate"],
    [{ termEnd: "2026-12-31" }, "termEnd", "endBeforeStart"],
    [{ role: "PERSONAL_DEPUTY" }, "principalId", "principalRequired"],
    [{ principalId: "x" }, "principalId", "principalNotAllowed"],
    [{ role: "PERSONAL_DEPUTY", principalId: "x", deputyPersonId: "d" }, "deputyPersonId", "deputyNotAllowed"],
  ] as const)("refuses %o with %s: %s", (patch, field, key) => {
    const result = appointMembershipSchema.safeParse({ ...base, ...patch });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)[field]).toBe(key);
  });

  it("has every error message in both languages", () => {
    for (const lang of ["nn", "nb"] as const) {
      for (const key of FORM_ERRORS) expect(getTranslator(lang)(`membershipForm.errors.${key}`)).toBeTruthy();
    }
  });
});

describe("end form", () => {
  it("needs a valid last day and the version read", () => {
    expect(endMembershipSchema.safeParse({ membershipId: "m", version: "3", lastDay: "2027-06-30" })).toMatchObject({ success: true, data: { version: 3 } });
    expect(endMembershipSchema.safeParse({ membershipId: "m", version: 3, lastDay: "" }).success).toBe(false);
    expect(endMembershipSchema.safeParse({ membershipId: "m", version: 0, lastDay: "2027-06-30" }).success).toBe(false);
  });
});

describe("the compliance pages' date", () => {
  const now = new Date("2026-11-22T23:30:00Z"); // 00:30 on 23 November in Oslo
  it("is today in Oslo by default, or the chosen day", () => {
    expect(parseAsOf(undefined, now)).toEqual({ asOf: now, value: "2026-11-23", invalid: false });
    expect(parseAsOf("2027-01-02", now)).toEqual({ asOf: new Date("2027-01-02T12:00:00Z"), value: "2027-01-02", invalid: false });
  });
  it("falls back to today and says so for a date that does not exist", () => {
    expect(parseAsOf("2027-02-30", now)).toMatchObject({ value: "2026-11-23", invalid: true });
    expect(parseAsOf("i morgon", now)).toMatchObject({ invalid: true });
  });
});

describe("policy", () => {
  const viewer = (patch: Partial<Viewer>): Viewer => ({ ...ANONYMOUS, userId: "u", ...patch });
  it("lets the secretariat and admins manage memberships, nobody else", () => {
    expect(canManageMemberships(ANONYMOUS)).toBe(false);
    expect(canManageMemberships(viewer({ roles: ["PARTNER_CONTACT"], memberBodyIds: ["ssu"] }))).toBe(false);
    expect(canManageMemberships(viewer({ roles: ["SECRETARIAT"] }))).toBe(true);
    expect(canManageMemberships(viewer({ roles: ["ADMIN"] }))).toBe(true);
  });
  it("shows a body's compliance to staff and the body's own members", () => {
    expect(canViewBodyCompliance(ANONYMOUS, "ssu")).toBe(false);
    expect(canViewBodyCompliance(viewer({ memberBodyIds: ["ou"] }), "ssu")).toBe(false);
    expect(canViewBodyCompliance(viewer({ memberBodyIds: ["ssu"] }), "ssu")).toBe(true);
    expect(canViewBodyCompliance(viewer({ roles: ["SECRETARIAT"] }), "ssu")).toBe(true);
    expect(canViewStructureCompliance(ANONYMOUS)).toBe(false);
    expect(canViewStructureCompliance(viewer({ memberBodyIds: ["ou"] }))).toBe(true);
  });
});
