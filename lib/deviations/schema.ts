// What a deviation registration and its follow-up may contain – one zod schema shared by the form (react-hook-form)
// and the server action. Messages are error codes, translated in the UI (deviations.errors in the message files).
// The privacy checks are the point: Saman holds only anonymised registrations, so free text with a national
// identity number or a date of birth next to a name is refused, and the description is short.
import { z } from "zod";
import { firstFieldErrors } from "@/lib/forms/errors";
import { DEVIATION_CATEGORIES, DEVIATION_SEVERITIES } from "@/lib/domain/vocabulary";
import { containsBirthDateNearName } from "@/lib/privacy/birth-date";
import { containsNationalId } from "@/lib/privacy/national-id";
import { formatOslo } from "@/lib/i18n/oslo";

export const DESCRIPTION_MAX = 500;
export const DESCRIPTION_MIN = 10;
export const FOLLOW_UP_MAX = 1000;
export const CLAUSE_MAX = 30;
export const LOCAL_PROJECT_MAX = 200;

export const FIELD_ERRORS = [
  "required",
  "tooShort",
  "tooLong",
  "invalid",
  "nationalId",
  "birthDate",
  "future",
  "sameParty",
  "notOwnParty",
] as const;
export type FieldErrorCode = (typeof FIELD_ERRORS)[number];

/** Free text that must not identify a patient: national identity numbers first, then birth dates near names. */
function anonymousText(max: number, min = 0) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (min > 0 && value.length === 0) ctx.addIssue({ code: "custom", message: "required" });
      else if (value.length < min) ctx.addIssue({ code: "custom", message: "tooShort" });
      else if (value.length > max) ctx.addIssue({ code: "custom", message: "tooLong" });
      if (containsNationalId(value)) ctx.addIssue({ code: "custom", message: "nationalId" });
      else if (containsBirthDateNearName(value)) ctx.addIssue({ code: "custom", message: "birthDate" });
    });
}

const id = z.string({ error: "required" }).trim().min(1, "required").max(100, "invalid");

/** "2026-03" – the month it happened; never in the future (the caller's clock). */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function currentMonth(now: Date = new Date()): string {
  return formatOslo(now, "yyyy-MM");
}

export const deviationSchema = z
  .object({
    areaId: id,
    reportingPartyId: id,
    concernedPartyId: id,
    category: z.enum(DEVIATION_CATEGORIES, { error: "required" }),
    agreementId: z.string().trim().max(100, "invalid").optional().default(""),
    clause: anonymousText(CLAUSE_MAX).optional().default(""),
    month: z
      .string({ error: "required" })
      .trim()
      .min(1, "required")
      .regex(MONTH_PATTERN, "invalid")
      .refine((value) => Number(value.slice(0, 4)) >= 2000, "invalid")
      .refine((value) => value <= currentMonth(), "future"),
    severity: z.enum(DEVIATION_SEVERITIES, { error: "required" }),
    description: anonymousText(DESCRIPTION_MAX, DESCRIPTION_MIN),
  })
  .superRefine((value, ctx) => {
    if (value.reportingPartyId && value.reportingPartyId === value.concernedPartyId) {
      ctx.addIssue({ code: "custom", path: ["concernedPartyId"], message: "sameParty" });
    }
  });

export type DeviationInput = z.input<typeof deviationSchema>;
export type DeviationValues = z.output<typeof deviationSchema>;

export const followUpSchema = z.object({
  deviationId: id,
  version: z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid"),
  followUp: anonymousText(FOLLOW_UP_MAX, 1),
  handledOn: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, "invalid")
    .optional()
    .default(""),
  localProject: anonymousText(LOCAL_PROJECT_MAX).optional().default(""),
  measureIds: z.array(z.string().trim().min(1).max(100)).max(20, "invalid").optional().default([]),
});

export type FollowUpInput = z.input<typeof followUpSchema>;
export type FollowUpValues = z.output<typeof followUpSchema>;
export type FollowUpField = keyof FollowUpInput;

/** Field errors keyed by field, first code per field – what the form shows next to each input. */
export function fieldErrorsOf(error: z.ZodError): Record<string, FieldErrorCode> {
  return firstFieldErrors(error, FIELD_ERRORS, "invalid");
}
