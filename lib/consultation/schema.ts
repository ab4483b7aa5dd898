// The forms of consultation rounds (issue 21 item 2): the secretariat's new round, closing early, the decision link,
// the reminder; a party's answer (draft or submit). One zod schema per form, shared by browser and server action;
// messages are error codes the UI translates (consultation.errors). Free text never holds a fødselsnummer.
import { z } from "zod";
import { firstFieldErrors } from "@/lib/forms/errors";
import { containsNationalId } from "@/lib/privacy/national-id";
import { PARTY_GROUPS } from "./policy";

export const FIELD_ERRORS = ["required", "tooLong", "invalid", "nationalId", "past", "parties", "file"] as const;
export type FieldErrorCode = (typeof FIELD_ERRORS)[number];

export const TITLE_MAX = 200;
export const TEXT_MAX = 20_000;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const id = z.string({ error: "required" }).trim().regex(ID, "invalid");
const requestKey = z.string({ error: "invalid" }).regex(/^[A-Za-z0-9_-]{16,100}$/, "invalid");
const version = z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid");

const text = (max: number, required: boolean) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").replace(/\r\n/g, "\n").trim())
    .superRefine((value, ctx) => {
      if (required && value === "") ctx.addIssue({ code: "custom", message: "required" });
      else if (value.length > max) ctx.addIssue({ code: "custom", message: "tooLong" });
      else if (CONTROL.test(value.replace(/[\n\t]/g, ""))) ctx.addIssue({ code: "custom", message: "invalid" });
      if (containsNationalId(value)) ctx.addIssue({ code: "custom", message: "nationalId" });
    });

const isoDate = (value: string) => {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
};

/** A new round. The deadline is a date and a time in Oslo; `parties` and `groups` are checkbox lists. */
export const roundSchema = z
  .object({
    requestKey,
    title: text(TITLE_MAX, true),
    text: text(TEXT_MAX, true),
    deadlineDate: z.string({ error: "required" }).trim().min(1, "required").refine(isoDate, "invalid"),
    deadlineTime: z.string({ error: "required" }).trim().min(1, "required").regex(TIME, "invalid"),
    isPublic: z.enum(["yes", "no"], { error: "required" }),
    parties: z.array(z.string().regex(ID, "invalid")).max(200, "invalid").default([]),
    groups: z.array(z.enum(PARTY_GROUPS, { error: "invalid" })).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.parties.length === 0 && v.groups.length === 0) ctx.addIssue({ code: "custom", path: ["parties"], message: "parties" });
  });
export type RoundInput = z.output<typeof roundSchema>;

/** A party's answer: "draft" keeps it to the party; "submit" hands it in (text required). */
export const answerSchema = z
  .object({
    roundId: id,
    version,
    text: text(TEXT_MAX, false),
    intent: z.enum(["draft", "submit"], { error: "invalid" }),
  })
  .superRefine((v, ctx) => {
    if (v.intent === "submit" && v.text === "") ctx.addIssue({ code: "custom", path: ["text"], message: "required" });
  });
export type AnswerInput = z.output<typeof answerSchema>;

/** Close early (the deadline becomes now), with the round's version. */
export const closeSchema = z.object({ roundId: id, version: version.min(1, "invalid") });
export type CloseInput = z.output<typeof closeSchema>;

/** Link the round's result to a decision ("" unlinks). */
export const decisionLinkSchema = z.object({
  roundId: id,
  version: version.min(1, "invalid"),
  decisionId: z.union([z.literal(""), id]).default(""),
});
export type DecisionLinkInput = z.output<typeof decisionLinkSchema>;

export const reminderSchema = z.object({ roundId: id, requestKey });
export type ReminderInput = z.output<typeof reminderSchema>;

export function fieldErrors(error: z.ZodError): Record<string, FieldErrorCode> {
  return firstFieldErrors(error, FIELD_ERRORS, "invalid");
}
