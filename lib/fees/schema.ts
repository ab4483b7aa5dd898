// The forms of fee claims – one zod schema per form, shared by the browser and the server action. Messages are error
// codes, translated in the UI (fees.errors). Hours are typed with a decimal comma or point ("2,5") and kept as
// minutes; kroner likewise, kept as øre. A note never holds a fødselsnummer or D-number.
import { z } from "zod";
import { firstFieldErrors } from "@/lib/forms/errors";
import { containsNationalId } from "@/lib/privacy/national-id";
import { SEAT_CATEGORIES } from "@/lib/domain/vocabulary";
import { FEE_LIMITS, FEE_RATE_KINDS } from "./policy";

export const FIELD_ERRORS = [
  "required",
  "tooLong",
  "invalid",
  "nationalId",
  "number",
  "tooLarge",
  "reasonRequired",
  "positive",
  "toBeforeFrom",
  // The receipts field (lib/fees/claim-form-data.ts).
  "receiptRequired",
  "tooManyFiles",
  "fileEmpty",
  "fileType",
  "fileTooLarge",
] as const;
export type FieldErrorCode = (typeof FIELD_ERRORS)[number];

const NOTE_MAX = 1000;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const id = z.string({ error: "required" }).trim().min(1, "required").max(100, "invalid").regex(/^[A-Za-z0-9_-]+$/, "invalid");
const version = z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid");

const text = (max: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .superRefine((value, ctx) => {
      if (value.length > max) ctx.addIssue({ code: "custom", message: "tooLong" });
      else if (CONTROL.test(value)) ctx.addIssue({ code: "custom", message: "invalid" });
      if (containsNationalId(value)) ctx.addIssue({ code: "custom", message: "nationalId" });
    });

/** A non-negative decimal ("2,5", "2.5", "" = 0) scaled to whole units (×60 for hours, ×100 for kroner), bounded. */
const scaled = (scale: number, max: number, decimals: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const raw = (v ?? "").trim().replace(/\s/g, "").replace(",", ".");
      if (raw === "") return 0;
      const pattern = decimals > 0 ? new RegExp(`^\\d{1,7}(\\.\\d{1,${decimals}})?$`) : /^\d{1,7}$/;
      if (!pattern.test(raw)) {
        ctx.addIssue({ code: "custom", message: "number" });
        return z.NEVER;
      }
      const value = Math.round(Number(raw) * scale);
      if (value > max) {
        ctx.addIssue({ code: "custom", message: "tooLarge" });
        return z.NEVER;
      }
      return value;
    });

/** A claim for one attended meeting (version 0: a new claim). */
export const claimSchema = z.object({
  meetingId: id,
  membershipId: id,
  version,
  meetingHours: scaled(60, FEE_LIMITS.meetingMinutes, 2),
  preparationHours: scaled(60, FEE_LIMITS.preparationMinutes, 2),
  kilometres: scaled(1, FEE_LIMITS.kilometres, 0),
  expenses: scaled(100, FEE_LIMITS.expensesOre, 2),
  note: text(NOTE_MAX),
  /**
   * Generated on the server into the form: a double click or a retried post with the same key gives the same claim
   * and the same receipts once. Optional for scripts and tests, which rely on the version check alone.
   */
  idempotencyKey: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, "invalid").optional()),
});
export type ClaimInput = z.output<typeof claimSchema>;

/** The secretariat's decision: approve, or return with a reason the claimant reads. */
export const decisionSchema = z
  .object({ claimId: id, version, decision: z.enum(["approve", "return"], { error: "required" }), reason: text(NOTE_MAX) })
  .superRefine((v, ctx) => {
    if (v.decision === "return" && v.reason === "") ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });
export type DecisionInput = z.output<typeof decisionSchema>;

function isoDayValue() {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "invalid")
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "invalid");
}

const isoDay = z.string({ error: "required" }).regex(/^\d{4}-\d{2}-\d{2}$/, "invalid").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "invalid");

/** The highest rate the form takes (10 000 kr): catches an extra zero. */
export const RATE_MAX_ORE = 10_000_00;

/**
 * A new fee rate entered by the secretariat: seat category, kind, amount (kroner, > 0) and validity (Oslo days,
 * inclusive; no end = until further notice). Overlap with the same seat and kind is checked in the mutation.
 */
export const rateSchema = z
  .object({
    seat: z.enum(SEAT_CATEGORIES, { error: "required" }),
    kind: z.enum(FEE_RATE_KINDS, { error: "required" }),
    amount: scaled(100, RATE_MAX_ORE, 2).refine((v) => v > 0, "positive"),
    validFrom: z.string({ error: "required" }).trim().min(1, "required").pipe(isoDayValue()),
    validTo: z
      .string()
      .optional()
      .transform((v) => (v ?? "").trim())
      .pipe(z.union([z.literal(""), isoDayValue()])),
  })
  .superRefine((v, ctx) => {
    if (v.validTo !== "" && v.validTo < v.validFrom) ctx.addIssue({ code: "custom", path: ["validTo"], message: "toBeforeFrom" });
  });
export type RateInput = z.output<typeof rateSchema>;

/** The payroll export's period: meetings from – to (Oslo days, inclusive). */
export const exportSchema = z.object({ fra: isoDay, til: isoDay }).refine((v) => v.fra <= v.til, { path: ["til"], message: "invalid" });

export function fieldErrors(error: z.ZodError): Record<string, FieldErrorCode> {
  return firstFieldErrors(error, FIELD_ERRORS, "invalid");
}

/** The cost report's year ("2026"), within the portal's plausible range. */
export const yearSchema = z
  .string()
  .regex(/^\d{4}$/, "invalid")
  .transform(Number)
  .refine((y) => y >= 2000 && y <= 2100, "invalid");
