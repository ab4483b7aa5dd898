// Fee claims (issue 16 item 3; the spec's economy section): the rate valid on the meeting day decides who is paid and
// how much, sums are whole øre, hours are typed with a decimal comma, and the plain vocabularies equal the enums.
import { describe, expect, it } from "vitest";
import * as enums from "@/lib/db/generated/prisma/enums";
import { claimTotal, FEE_CLAIM_STATUSES, FEE_RATE_KINDS, kroner, MAX_RECEIPTS, prefilledMeetingMinutes, ratesFor, receiptProblem, type FeeRateRow } from "@/lib/fees/policy";
import { claimSchema, decisionSchema } from "@/lib/fees/schema";
import { mulberry32, randomNationalId } from "../helpers/national-id-fuzz";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rate = (over: Partial<FeeRateRow>): FeeRateRow => ({ seat: "GP", kind: "MEETING_HOUR", amountOre: 900_00, validFrom: day("2020-01-01"), validTo: null, example: false, ...over });

describe("fee rates as data", () => {
  const rates = [
    rate({}),
    rate({ kind: "KILOMETRE", amountOre: 5_30 }),
    rate({ amountOre: 1000_00, validFrom: day("2027-01-01") }),
    rate({ seat: "USER_MUNICIPAL", validTo: day("2026-06-30") }),
  ];
  it("pays a seat only when its category has a meeting-hour rate that day; the newest period wins", () => {
    expect(ratesFor(rates, "GP", day("2026-05-01"))).toEqual({ meetingRateOre: 900_00, preparationRateOre: 0, kilometreRateOre: 5_30, example: false });
    expect(ratesFor(rates, "GP", day("2027-02-01"))?.meetingRateOre).toBe(1000_00);
    expect(ratesFor(rates, "USER_MUNICIPAL", day("2026-06-30"))).not.toBeNull();
    expect(ratesFor(rates, "USER_MUNICIPAL", day("2026-07-01"))).toBeNull();
    expect(ratesFor(rates, "MUNICIPAL", day("2026-05-01"))).toBeNull();
  });

  it("sums hours, kilometres and expenses in whole øre", () => {
    // 2.5 h × 900 + 1.5 h × 600 + 42 km × 5,30 + 84 kr = 2250 + 900 + 222,60 + 84 = 3456,60 kr
    const total = claimTotal({ meetingMinutes: 150, preparationMinutes: 90, kilometres: 42, expensesOre: 84_00 }, { meetingRateOre: 900_00, preparationRateOre: 600_00, kilometreRateOre: 5_30 });
    expect(total).toBe(3456_60);
    expect(kroner(total)).toBe("3456,60");
    expect(prefilledMeetingMinutes(new Date("2026-09-03T07:00:00Z"), new Date("2026-09-03T10:30:00Z"))).toBe(210);
  });

  it("keeps the plain vocabularies equal to the database enums", () => {
    expect([...FEE_RATE_KINDS].sort()).toEqual(Object.values(enums.FeeRateKind).sort());
    expect([...FEE_CLAIM_STATUSES].sort()).toEqual(Object.values(enums.FeeClaimStatus).sort());
  });
});

describe("claim and decision forms", () => {
  const base = { meetingId: "m1", membershipId: "s1", version: "0", meetingHours: "2,5", preparationHours: "1.5", kilometres: "42", expenses: "84", note: "" };
  it("reads decimal commas and points into minutes and øre", () => {
    expect(claimSchema.parse(base)).toMatchObject({ meetingHours: 150, preparationHours: 90, kilometres: 42, expenses: 84_00 });
  });
  it("refuses text, negative numbers, an extra zero and a national identity number, field by field", () => {
    const r = claimSchema.safeParse({ ...base, meetingHours: "to", kilometres: "-4", expenses: "2000000", note: `Pasient ${randomNationalId(mulberry32(16))}` });
    expect(r.success).toBe(false);
    const codes = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(codes).toEqual({ meetingHours: "number", kilometres: "number", expenses: "tooLarge", note: "nationalId" });
  });
  it("asks for a reason when a claim is returned", () => {
    expect(decisionSchema.safeParse({ claimId: "c", version: "1", decision: "return", reason: "" }).error?.issues[0]).toMatchObject({ path: ["reason"], message: "reasonRequired" });
    expect(decisionSchema.safeParse({ claimId: "c", version: "1", decision: "approve" }).success).toBe(true);
  });
});

describe("receipts (issue 16 item 3: tickets and tolls with receipts)", () => {
  it("needs one when the claim has expenses, allows none without, and at most MAX_RECEIPTS", () => {
    expect(receiptProblem(84_00, 0)).toBe("receiptRequired");
    expect(receiptProblem(1, 0)).toBe("receiptRequired");
    expect(receiptProblem(84_00, 1)).toBeNull();
    expect(receiptProblem(0, 0)).toBeNull();
    expect(receiptProblem(0, 2)).toBeNull();
    expect(receiptProblem(84_00, MAX_RECEIPTS)).toBeNull();
    expect(receiptProblem(84_00, MAX_RECEIPTS + 1)).toBe("tooManyFiles");
  });

  it("takes the form's idempotency key when it looks like one, and none from a script", () => {
    const base = { meetingId: "m1", membershipId: "s1", version: "0" };
    expect(claimSchema.parse({ ...base, idempotencyKey: "0b5e8a0c-1f7e-4c1a-9d54-2b8f7f3c9e11" }).idempotencyKey).toBe("0b5e8a0c-1f7e-4c1a-9d54-2b8f7f3c9e11");
    expect(claimSchema.parse({ ...base, idempotencyKey: "" }).idempotencyKey).toBeUndefined();
    expect(claimSchema.parse(base).idempotencyKey).toBeUndefined();
    expect(claimSchema.safeParse({ ...base, idempotencyKey: "kort" }).success).toBe(false);
    expect(claimSchema.safeParse({ ...base, idempotencyKey: "a".repeat(16) + "'; DROP" }).success).toBe(false);
  });
});
