// The forms of the adoption tracker: a party's own row (status, date, reference, note) and the secretariat's
// reminder. One zod schema per form, shared by the browser and the server action; messages are error codes the UI
// translates (adoption.errors). Free text never holds a fødselsnummer or D-number (lib/privacy/national-id).
import { z } from "zod";
import { firstFieldErrors } from "@/lib/forms/errors";
import { osloIsoDate } from "@/lib/i18n/dates";
import { containsNationalId } from "@/lib/privacy/national-id";
import { ADOPTING_PARTY_KINDS, ADOPTION_STATUSES, needsDate } from "./policy";

export const FIELD_ERRORS = ["required", "tooLong", "invalid", "nationalId", "future", "file"] as const;
export type FieldErrorCode = (typeof FIELD_ERRORS)[number];

export const REFERENCE_MAX = 100;
export const NOTE_MAX = 2000;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const id = z.string({ error: "required" }).trim().min(1, "required").max(100, "invalid").regex(/^[A-Za-z0-9_-]+$/, "invalid");

const text = (max: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .superRefine((value, ctx) => {
      if (value.length > max) ctx.addIssue({ code: "custom", message: "tooLong" });
      else if (CONTROL.test(value.replace(/[\r\n\t]/g, ""))) ctx.addIssue({ code: "custom", message: "invalid" });
      if (containsNationalId(value)) ctx.addIssue({ code: "custom", message: "nationalId" });
    });

const isoDate = (value: string) => {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
};

/** A party's adoption: a decision needs its date, which is never after today (Oslo). */
export const adoptionSchema = z
  .object({
    adoptionId: id,
    version: z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid"),
    status: z.enum(ADOPTION_STATUSES, { error: "required" }),
    decidedOn: z
      .string()
      .optional()
      .transform((v) => (v ?? "").trim()),
    reference: text(REFERENCE_MAX),
    note: text(NOTE_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.decidedOn === "") {
      if (needsDate(v.status)) ctx.addIssue({ code: "custom", path: ["decidedOn"], message: "required" });
    } else if (!isoDate(v.decidedOn)) ctx.addIssue({ code: "custom", path: ["decidedOn"], message: "invalid" });
    else if (needsDate(v.status) && v.decidedOn > osloIsoDate(new Date())) ctx.addIssue({ code: "custom", path: ["decidedOn"], message: "future" });
  });
export type AdoptionInput = z.output<typeof adoptionSchema>;

/** The secretariat's reminder: open rows of versions SSU adopted on or before `before` (a double click sends once). */
export const reminderSchema = z.object({
  before: z.string({ error: "required" }).trim().min(1, "required").refine(isoDate, "invalid"),
  agreement: z.string().trim().max(100).optional().default(""),
  kind: z.enum(["", ...ADOPTING_PARTY_KINDS]).optional().default(""),
  requestKey: z.string({ error: "invalid" }).regex(/^[A-Za-z0-9_-]{16,100}$/, "invalid"),
});
export type ReminderInput = z.output<typeof reminderSchema>;

export function fieldErrors(error: z.ZodError): Record<string, FieldErrorCode> {
  return firstFieldErrors(error, FIELD_ERRORS, "invalid");
}
