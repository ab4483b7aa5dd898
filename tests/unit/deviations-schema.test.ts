// The shared form/action schema refuses identifying free text – thousands of fuzzed national identity numbers –
// and accepts an ordinary anonymised registration.
import { describe, expect, it } from "vitest";
import { deviationSchema, fieldErrorsOf } from "@/lib/deviations/schema";
import { descriptionWithNationalId, mulberry32 } from "../helpers/national-id-fuzz";

const base = {
  areaId: "a",
  reportingPartyId: "p1",
  concernedPartyId: "p2",
  category: "DISCHARGE",
  agreementId: "",
  clause: "§ 6.2",
  month: "2025-03",
  severity: "LOW",
  description: "Epikrisen mangla då pasienten kom til korttidsplass.",
};

describe("deviationSchema", () => {
  it("accepts an anonymised registration", () => {
    expect(deviationSchema.safeParse(base).success).toBe(true);
  });

  it("refuses 5,000 fuzzed national identity numbers in the description", () => {
    const random = mulberry32(1);
    for (let i = 0; i < 5000; i++) {
      const description = descriptionWithNationalId(random);
      const parsed = deviationSchema.safeParse({ ...base, description });
      expect(parsed.success, description).toBe(false);
      if (!parsed.success) expect(fieldErrorsOf(parsed.error).description, description).toBe("nationalId");
    }
  });

  it("refuses a national identity number in the clause too, and text over 500 characters", () => {
    const parsed = deviationSchema.safeParse({ ...base, clause: "01019012345", description: "y".repeat(501) });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldErrorsOf(parsed.error)).toMatchObject({ description: "tooLong" });
  });

  it("gives error codes for missing fields", () => {
    const parsed = deviationSchema.safeParse({ ...base, areaId: "", category: "", month: "", description: "" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(fieldErrorsOf(parsed.error)).toMatchObject({ areaId: "required", category: "required", month: "required", description: "required" });
    }
  });
});
