"use server";
// Server actions of consultation rounds (issue 21 item 2): authenticate, authorize against the database
// (lib/auth/permissions.ts: consultation.manage for the secretariat, consultation.answer for the round's asked party),
// validate with the form's zod schema (and files by their content), mutate, return a typed result the form translates.
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { faultSafe } from "@/lib/forms/faults";
import { href, isLocale } from "@/lib/i18n";
import { checkUpload, isFilePresent, type CheckedUpload, type UploadError } from "@/lib/uploads/file-check";
import { closeRound, linkDecision, openRound, saveAnswer, sendConsultationReminder, type ConsultationError } from "./mutations";
import { ADMIN_PATH, CONSULTATION_FILE_KINDS, CONSULTATION_FILE_MAX_BYTES, MAX_FILES_PER_UPLOAD, OWN_PATH } from "./policy";
import { answerSchema, closeSchema, decisionLinkSchema, fieldErrors, reminderSchema, roundSchema, type FieldErrorCode } from "./schema";

export type ConsultationState =
  | null
  | { ok: true; at: number; mails?: number; parties?: number }
  | { ok: false; error: ConsultationError | UploadError | "UNAVAILABLE"; fieldErrors?: Record<string, FieldErrorCode>; values?: Record<string, string | string[]>; at: number };

const MULTI = new Set(["parties", "groups"]);

function valuesOf(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (MULTI.has(key)) values[key] = [...((values[key] as string[] | undefined) ?? []), value.slice(0, 100)];
    else values[key] = value.slice(0, 20_000);
  }
  return values;
}

const langOf = (values: Record<string, unknown>) => (isLocale(values.lang) ? values.lang : "nn");

/** Every chosen file checked by its content; the first refusal names the field. */
async function checkFiles(form: FormData): Promise<{ ok: true; files: CheckedUpload[] } | { ok: false; error: UploadError }> {
  const chosen = form.getAll("files").filter(isFilePresent);
  if (chosen.length > MAX_FILES_PER_UPLOAD) return { ok: false, error: "FILE_TOO_LARGE" };
  const files: CheckedUpload[] = [];
  for (const file of chosen) {
    const checked = await checkUpload(file, { kinds: CONSULTATION_FILE_KINDS, maxBytes: CONSULTATION_FILE_MAX_BYTES });
    if (!checked.ok) return checked;
    files.push(checked.file);
  }
  return { ok: true, files };
}

/** The secretariat opens a round; success goes to the round's page. */
export async function openRoundAction(_prev: ConsultationState, form: FormData): Promise<ConsultationState> {
  const at = Date.now();
  const values = valuesOf(form);
  let id = "";
  const outcome = await faultSafe(
    async (): Promise<ConsultationState> => {
      const auth = await authorize("consultation.manage", undefined, { entityType: "ConsultationRound" });
      if (!auth.ok) return { ok: false, error: "FORBIDDEN", values, at };
      const parsed = roundSchema.safeParse(values);
      if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
      const files = await checkFiles(form);
      if (!files.ok) return { ok: false, error: files.error, fieldErrors: { files: "file" }, values, at };
      const result = await openRound(auth.viewer.userId, parsed.data, files.files);
      if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values, at };
      id = result.id;
      return { ok: true, at };
    },
    (error) => ({ ok: false, error, values, at }),
  );
  if (outcome?.ok) redirect(`${href(langOf(values), `${ADMIN_PATH}/${id}`)}?lagra=1`);
  return outcome;
}

/** A party's contact saves a draft (stays on the form) or submits (back to the list). */
export async function saveAnswerAction(_prev: ConsultationState, form: FormData): Promise<ConsultationState> {
  const at = Date.now();
  const values = valuesOf(form);
  const roundId = typeof values.roundId === "string" ? values.roundId : "";
  let submitted = false;
  const outcome = await faultSafe(
    async (): Promise<ConsultationState> => {
      // The record the permission is checked against: the viewer's own party (the mutation checks it was asked).
      const auth = await authorize("consultation.answer", undefined, { entityType: "ConsultationRound", entityId: roundId });
      if (!auth.ok || !auth.viewer.partyId) return { ok: false, error: "FORBIDDEN", values, at };
      const parsed = answerSchema.safeParse(values);
      if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
      const files = await checkFiles(form);
      if (!files.ok) return { ok: false, error: files.error, fieldErrors: { files: "file" }, values, at };
      const result = await saveAnswer(auth.viewer.userId, parsed.data, files.files);
      if (!result.ok) return { ok: false, error: result.error, values, at };
      submitted = result.status === "SUBMITTED";
      return { ok: true, at };
    },
    (error) => ({ ok: false, error, values, at }),
  );
  if (outcome?.ok) redirect(`${href(langOf(values), `${OWN_PATH}/${roundId}`)}?lagra=${submitted ? "sendt" : "utkast"}`);
  return outcome;
}

/** The secretariat's small forms on a round's page: close now, link a decision, send a reminder. */
export async function manageRoundAction(_prev: ConsultationState, form: FormData): Promise<ConsultationState> {
  const at = Date.now();
  const values = valuesOf(form);
  const roundId = typeof values.roundId === "string" ? values.roundId : "";
  return faultSafe(
    async (): Promise<ConsultationState> => {
      const auth = await authorize("consultation.manage", undefined, { entityType: "ConsultationRound", entityId: roundId });
      if (!auth.ok) return { ok: false, error: "FORBIDDEN", values, at };
      if (values.intent === "close") {
        const parsed = closeSchema.safeParse(values);
        if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
        const result = await closeRound(auth.viewer.userId, parsed.data);
        return result.ok ? { ok: true, at } : { ok: false, error: result.error, values, at };
      }
      if (values.intent === "link") {
        const parsed = decisionLinkSchema.safeParse(values);
        if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
        const result = await linkDecision(auth.viewer.userId, parsed.data);
        return result.ok ? { ok: true, at } : { ok: false, error: result.error, fieldErrors: result.fieldErrors, values, at };
      }
      const parsed = reminderSchema.safeParse(values);
      if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
      const result = await sendConsultationReminder(auth.viewer.userId, parsed.data);
      return result.ok ? { ok: true, at, mails: result.mails, parties: result.parties } : { ok: false, error: result.error, values, at };
    },
    (error) => ({ ok: false, error, values, at }),
  );
}
