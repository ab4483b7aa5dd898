// What a case submission and the case desk's forms may contain – one zod schema per form, shared by the browser
// (react-hook-form) and the server action. Messages are error codes, translated in the UI (cases.errors).
// Free text is refused when it holds a fødselsnummer or D-number: a case is about services, never about a patient.
import { z } from "zod";
import { firstFieldErrors } from "@/lib/forms/errors";
import { priorityGroupCode } from "@/lib/structure/priority-groups";
import { containsNationalId } from "@/lib/privacy/national-id";

export const TITLE_MAX = 200;
export const TEXT_MAX = 5000;
export const OUTCOME_MAX = 2000;
export const NAME_MAX = 200;
export const EMAIL_MAX = 254;
export const MAX_ATTACHMENTS = 5;

export const FIELD_ERRORS = [
  "required",
  "tooShort",
  "tooLong",
  "invalid",
  "email",
  "nationalId",
  "confirm",
  "notOwnParty",
  "fileType",
  "fileTooLarge",
  "fileEmpty",
  "tooManyFiles",
  "groupNotInYear",
] as const;
export type FieldErrorCode = (typeof FIELD_ERRORS)[number];

/** Free text: trimmed, bounded, and never holding a national identity number. */
function freeText(max: number, min = 0) {
  return z
    .string({ error: "required" })
    .trim()
    .superRefine((value, ctx) => {
      if (min > 0 && value.length === 0) ctx.addIssue({ code: "custom", message: "required" });
      else if (value.length < min) ctx.addIssue({ code: "custom", message: "tooShort" });
      else if (value.length > max) ctx.addIssue({ code: "custom", message: "tooLong" });
      else if (CONTROL.test(value)) ctx.addIssue({ code: "custom", message: "invalid" });
      if (containsNationalId(value)) ctx.addIssue({ code: "custom", message: "nationalId" });
    });
}

/** Ids are cuids or seed slugs: letters, digits, "-" and "_" – nothing a database would choke on. */
const id = z.string({ error: "required" }).trim().min(1, "required").max(100, "invalid").regex(/^[A-Za-z0-9_-]+$/, "invalid");

/** Control characters (NUL and the like) never belong in a case; line breaks and tabs do. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A checkbox: `true` from react-hook-form, "on" from a plain form post. */
const checked = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Checkbox group: an array from react-hook-form or FormData.getAll, a single string, or false/undefined for none. */
const priorityGroups = z.preprocess(
  (v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []),
  // Codes of priority groups; the service checks they are valid on the submission date (issue 20 item 3).
  z.array(priorityGroupCode).max(20, "invalid"),
);

export const caseSubmissionSchema = z.object({
  /** Generated into the form once; the same key returns the same case (a double click, a retried post). */
  idempotencyKey: z.string({ error: "invalid" }).regex(/^[A-Za-z0-9_-]{16,100}$/, "invalid"),
  targetBodyId: id,
  title: freeText(TITLE_MAX, 5),
  description: freeText(TEXT_MAX, 20),
  background: freeText(TEXT_MAX),
  desiredOutcome: freeText(OUTCOME_MAX),
  partyId: id,
  contactName: freeText(NAME_MAX, 2),
  contactEmail: z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .max(EMAIL_MAX, "tooLong")
    .regex(/^[^\u0000-\u001f\u007f]*$/, "email")
    // An address like "01019012345@example.no" carries a patient's national identity number too.
    .refine((value) => !containsNationalId(value), "nationalId")
    .pipe(z.email({ error: "email" })),
  priorityGroups,
  noPatientData: checked.refine((v) => v, "confirm"),
});

export type CaseSubmissionInput = z.input<typeof caseSubmissionSchema>;
export type CaseSubmissionValues = z.output<typeof caseSubmissionSchema>;
export type CaseSubmissionField = keyof CaseSubmissionInput | "attachments";

/** The text fields of a submission, in form order (error summary, fuzzing). */
export const SUBMISSION_TEXT_FIELDS = ["targetBodyId", "title", "description", "background", "desiredOutcome", "partyId", "contactName", "contactEmail"] as const;

// ───────────── the case desk ─────────────

const version = z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid");

/** Assignment, priority and the move to assessment: one optimistic-locked edit of the case's internal fields. */
export const triageSchema = z.object({
  caseId: id,
  version,
  assignedToId: z.string().trim().max(100, "invalid").regex(/^[A-Za-z0-9_-]*$/, "invalid").optional().default(""),
  priority: z
    .string()
    .trim()
    .regex(/^([1-5])?$/, "invalid")
    .optional()
    .default(""),
});
export type TriageValues = z.output<typeof triageSchema>;

export const commentSchema = z.object({ caseId: id, text: freeText(TEXT_MAX, 1) });
export type CommentValues = z.output<typeof commentSchema>;

export const DESK_MOVES = ["assess", "schedule", "reject", "forward", "decide", "disagree", "withdraw"] as const;
export type DeskMove = (typeof DESK_MOVES)[number];

/** A workflow move on the desk; which fields it needs is checked per move below. */
export const moveSchema = z
  .object({
    caseId: id,
    version,
    move: z.enum(DESK_MOVES, { error: "invalid" }),
    meetingId: z.string().trim().max(100, "invalid").regex(/^[A-Za-z0-9_-]*$/, "invalid").optional().default(""),
    bodyId: z.string().trim().max(100, "invalid").regex(/^[A-Za-z0-9_-]*$/, "invalid").optional().default(""),
    reason: freeText(TEXT_MAX).optional().default(""),
    decisionText: freeText(TEXT_MAX).optional().default(""),
    /** Action-plan measures a decision is linked to (as on the meeting admin's decision form). */
    measureIds: z.array(z.string().trim().regex(/^[A-Za-z0-9_-]+$/, "invalid")).max(50, "invalid").optional().default([]),
  })
  .superRefine((v, ctx) => {
    if (v.move === "schedule" && !v.meetingId) ctx.addIssue({ code: "custom", path: ["meetingId"], message: "required" });
    if (v.move === "forward" && !v.bodyId) ctx.addIssue({ code: "custom", path: ["bodyId"], message: "required" });
    if (v.move === "reject" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
    if ((v.move === "decide" || v.move === "disagree") && !v.decisionText) ctx.addIssue({ code: "custom", path: ["decisionText"], message: "required" });
  });
export type MoveValues = z.output<typeof moveSchema>;

/** Field errors keyed by field, first code per field – what the form shows next to each input. */
export function fieldErrorsOf(error: z.ZodError): Record<string, FieldErrorCode> {
  return firstFieldErrors(error, FIELD_ERRORS, "invalid");
}
