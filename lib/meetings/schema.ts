// The meeting admin forms (meeting, agenda, documents, decisions, minutes), shared by the forms and the server
// actions. Forms post FormData; `formObject` turns it into the object these schemas parse. Error messages are keys of
// `meetingAdmin.errors` in the message catalogs (messages/<lang>/meetingAdmin.json), shown in the user's language.
import { z } from "zod";
import { DECISION_KINDS, DOCUMENT_KINDS, VISIBILITIES } from "@/lib/domain/vocabulary";
import { parseSeen } from "./agenda-diff";

export const FORM_ERRORS = [
  "required",
  "tooLong",
  "invalidDate",
  "invalidTime",
  "endBeforeStart",
  "legalBasisRequired",
  "disagreementNoteRequired",
  "changeNoteRequired",
  "confirmRequired",
  "invalid",
] as const;
export type FormErrorKey = (typeof FORM_ERRORS)[number];

const id = z.string({ error: "required" }).trim().min(1, { error: "required" });
const version = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" });
const text = (max: number) => z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((v) => (v ? v : null));
const isoDate = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
  .refine((v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: "invalidDate" });
const time = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "invalidTime" });
const optionalTime = z
  .union([z.literal(""), time])
  .optional()
  .transform((v) => (v ? v : null));
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

// ───────────── Meeting ─────────────

const meetingFields = z.object({
  title: optionalText(200),
  date: isoDate,
  startTime: time,
  endTime: optionalTime,
  location: optionalText(200),
});

function endAfterStart(value: { startTime: string; endTime: string | null }, ctx: z.RefinementCtx) {
  if (value.endTime && value.endTime <= value.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "endBeforeStart" });
}

/** `afterTheFact`: the secretariat says the meeting is registered after it took place (a start in the past). */
export const createMeetingSchema = meetingFields.extend({ bodyId: id, afterTheFact: checkbox }).superRefine(endAfterStart);
export type CreateMeeting = Omit<z.output<typeof createMeetingSchema>, "afterTheFact"> & { afterTheFact?: boolean };

export const updateMeetingSchema = meetingFields.extend({ meetingId: id, version }).superRefine(endAfterStart);
export type UpdateMeeting = z.output<typeof updateMeetingSchema>;

/** Cancelling cannot be undone (issue 15 item 4): a public reason and a ticked confirmation. */
export const cancelMeetingSchema = z.object({ meetingId: id, version, reason: text(1000), confirm: z.literal("on", { error: "confirmRequired" }) });
export type CancelMeeting = Omit<z.output<typeof cancelMeetingSchema>, "confirm">;

/** Renumbering is explicit and audited: the new number and why. */
export const renumberMeetingSchema = z.object({
  meetingId: id,
  version,
  number: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }).max(999, { error: "invalid" }),
  reason: text(500),
});
export type RenumberMeeting = z.output<typeof renumberMeetingSchema>;

/** Send the notice, mark held, approve or publish the minutes: the meeting and the version the secretariat saw. */
export const meetingStepSchema = z.object({ meetingId: id, version });
export type MeetingStep = z.output<typeof meetingStepSchema>;

/** The confirmation of the notice preview: the recipient list's fingerprint as the preview showed it. */
export const sendNoticeSchema = meetingStepSchema.extend({ recipients: z.string({ error: "required" }).trim().regex(/^[0-9a-f]{32}$/, { error: "invalid" }) });
export type SendNotice = z.output<typeof sendNoticeSchema>;

/** The body's setting whether its notices also go to the personal deputies. */
export const noticeCallsDeputiesSchema = z.object({ meetingId: id, callsDeputies: z.enum(["yes", "no"], { error: "required" }).transform((v) => v === "yes") });
export type NoticeCallsDeputies = z.output<typeof noticeCallsDeputiesSchema>;

// ───────────── Agenda ─────────────

/** The version and seen lines are optional for callers that are not forms (tests, scripts): then nothing is checked. */
type Guarded<T extends { version: number }> = Omit<T, "version" | "seen"> & { version?: number; seen?: ReturnType<typeof parseSeen> };

/**
 * Every agenda write carries the meeting's version the form showed and the lines it showed (JSON of [id, label]),
 * so a save after another person's change is refused with what they changed (see lib/meetings/agenda-diff.ts).
 */
const agendaGuard = {
  version,
  seen: z
    .string()
    .max(50_000, { error: "tooLong" })
    .optional()
    .transform((v) => parseSeen(v)),
};

/** A new case for the meeting's body, created from the agenda builder and numbered at once. */
export const addCaseItemSchema = z.object({
  ...agendaGuard,
  meetingId: id,
  title: text(300),
  titleNb: optionalText(300),
  description: text(5000),
});
export type AddCaseItem = Guarded<z.output<typeof addCaseItemSchema>>;

export const STANDING_KINDS = ["NOTICE_APPROVAL", "MINUTES_APPROVAL", "ORIENTATION", "ACTION_PLAN_STATUS", "OTHER"] as const;
export const addStandingItemSchema = z.object({
  ...agendaGuard,
  meetingId: id,
  kind: z.enum(STANDING_KINDS, { error: "required" }),
  title: text(300),
  titleNb: optionalText(300),
});
export type AddStandingItem = Guarded<z.output<typeof addStandingItemSchema>>;

export const moveItemSchema = z.object({ ...agendaGuard, meetingId: id, itemId: id, direction: z.enum(["up", "down"], { error: "invalid" }) });
export type MoveItem = Guarded<z.output<typeof moveItemSchema>>;

export const removeItemSchema = z.object({ ...agendaGuard, meetingId: id, itemId: id });
export type RemoveItem = Guarded<z.output<typeof removeItemSchema>>;

// ───────────── The body's standard saksliste ─────────────

const standardFields = {
  bodyId: id,
  kind: z.enum(STANDING_KINDS, { error: "required" }),
  title: text(300),
  titleNb: text(300),
};
export const addStandardItemSchema = z.object(standardFields);
export type AddStandardItem = z.output<typeof addStandardItemSchema>;
export const updateStandardItemSchema = z.object({ ...standardFields, itemId: id });
export type UpdateStandardItem = z.output<typeof updateStandardItemSchema>;
export const moveStandardItemSchema = z.object({ bodyId: id, itemId: id, direction: z.enum(["up", "down"], { error: "invalid" }) });
export type MoveStandardItem = z.output<typeof moveStandardItemSchema>;
export const removeStandardItemSchema = z.object({ bodyId: id, itemId: id });
export type RemoveStandardItem = z.output<typeof removeStandardItemSchema>;

// ───────────── Documents ─────────────

/**
 * A file for the meeting or one agenda item. With `documentId` it is a new version of that document (history kept);
 * otherwise a new document. Restricted documents need a legal basis or a publish-after date.
 */
export const uploadDocumentSchema = z
  .object({
    meetingId: id,
    documentId: optionalText(100),
    version: z.union([z.literal(""), version]).optional().transform((v) => (v === "" || v === undefined ? null : v)),
    agendaItemId: optionalText(100),
    kind: z.enum(DOCUMENT_KINDS, { error: "required" }),
    title: text(300),
    titleNb: optionalText(300),
    visibility: z.enum(VISIBILITIES, { error: "required" }),
    legalBasis: optionalText(300),
    publicFrom: z
      .union([z.literal(""), isoDate])
      .optional()
      .transform((v) => (v ? v : null)),
    /** The time of day (Oslo) the document becomes public; midnight when left empty (issue 15 item 3). */
    publicFromTime: optionalTime,
    changeNote: optionalText(500),
  })
  .superRefine((value, ctx) => {
    if (value.visibility !== "PUBLIC" && !value.legalBasis && !value.publicFrom) {
      ctx.addIssue({ code: "custom", path: ["legalBasis"], message: "legalBasisRequired" });
    }
  });
export type UploadDocument = Omit<z.output<typeof uploadDocumentSchema>, "publicFromTime"> & { publicFromTime?: string | null };

/**
 * A new version of an existing paper corrects it: the note says what changed and is shown publicly ("retta <dato>").
 * The upload form for a new version uses this schema; the first upload of a document the one above.
 */
export const correctDocumentSchema = uploadDocumentSchema.superRefine((value, ctx) => {
  if (value.documentId && !value.changeNote) ctx.addIssue({ code: "custom", path: ["changeNote"], message: "changeNoteRequired" });
});

/** Withdrawing a paper (trekk tilbake): irreversible, so it needs the reason shown publicly and the version seen. */
export const withdrawDocumentSchema = z.object({ meetingId: id, documentId: id, version, reason: text(500) });
export type WithdrawDocument = z.output<typeof withdrawDocumentSchema>;

// ───────────── Decisions ─────────────

/** G6: a consensus decision, or a recorded disagreement with a note and, optionally, forwarding to SSU. */
export const decisionSchema = z
  .object({
    meetingId: id,
    agendaItemId: id,
    /** The decision's version, or 0 for a new decision. */
    version,
    kind: z.enum(DECISION_KINDS, { error: "required" }),
    text: text(5000),
    textNb: optionalText(5000),
    disagreementNote: optionalText(5000),
    forwardToSsu: checkbox,
    measureIds: z.array(z.string().trim().min(1)).max(50, { error: "invalid" }).default([]),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "DISAGREEMENT" && !value.disagreementNote) {
      ctx.addIssue({ code: "custom", path: ["disagreementNote"], message: "disagreementNoteRequired" });
    }
    if (value.kind === "CONSENSUS" && value.forwardToSsu) ctx.addIssue({ code: "custom", path: ["forwardToSsu"], message: "invalid" });
  });
export type DecisionInput = z.output<typeof decisionSchema>;

// ───────────── Minutes ─────────────

/** The minutes draft (simple markup, see lib/meetings/markup.ts); `version` is the Minutes row's (0 when none yet). */
export const minutesDraftSchema = z.object({
  meetingId: id,
  version,
  body: z.string().trim().max(200_000, { error: "tooLong" }).optional().default(""),
});
export type MinutesDraft = z.output<typeof minutesDraftSchema>;

/** A correction after publishing: the new text and a note of what changed, shown publicly. */
export const minutesCorrectionSchema = z.object({
  meetingId: id,
  version,
  body: text(200_000),
  changeNote: z.string({ error: "changeNoteRequired" }).trim().min(1, { error: "changeNoteRequired" }).max(1000, { error: "tooLong" }),
});
export type MinutesCorrection = z.output<typeof minutesCorrectionSchema>;

/** The secretariat records that the body approved the minutes at a later meeting (its approval agenda item). */
export const bodyApprovalSchema = meetingStepSchema.extend({ atMeetingId: id });

/** The meeting leader approves the draft in the portal; `version` is the Minutes row's, as the page showed it. */
export const leaderApprovalSchema = z.object({ meetingId: id, version });
export type LeaderApproval = z.output<typeof leaderApprovalSchema>;

// ───────────── Helpers ─────────────

/** FormData → plain object; the named fields are collected as arrays (checkbox groups, multi-selects); files are left out. */
export function formObject(form: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (arrays.includes(key)) out[key] = [...((out[key] as string[] | undefined) ?? []), value];
    else out[key] = value;
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}

export function fieldErrors(error: z.ZodError): Record<string, FormErrorKey> {
  const out: Record<string, FormErrorKey> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (out[field]) continue;
    out[field] = (FORM_ERRORS as readonly string[]).includes(issue.message) ? (issue.message as FormErrorKey) : "invalid";
  }
  return out;
}

