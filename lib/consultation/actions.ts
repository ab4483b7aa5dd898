"use server";
// Server actions of consultation rounds (issue 21 item 2), on the one chain (lib/actions/chain.ts): authenticate,
// authorize against the database (lib/auth/permissions.ts: consultation.manage for the secretariat,
// consultation.answer for a party's contact – the mutation checks the round asked their party), validate with the
// form's zod schema (and files by their content), mutate, return a typed result the form translates.
import { redirect } from "next/navigation";
import { formAction, langOfForm, type ActionError, type Values } from "@/lib/actions/chain";
import { href } from "@/lib/i18n";
import { checkUpload, isFilePresent, type CheckedUpload, type UploadError } from "@/lib/uploads/file-check";
import { closeRound, linkDecision, openRound, saveAnswer, sendConsultationReminder, type ConsultationError } from "./mutations";
import { ADMIN_PATH, CONSULTATION_FILE_KINDS, CONSULTATION_FILE_MAX_BYTES, MAX_FILES_PER_UPLOAD, OWN_PATH } from "./policy";
import { answerSchema, closeSchema, decisionLinkSchema, fieldErrors, reminderSchema, roundSchema, type FieldErrorCode } from "./schema";

export type ConsultationState =
  | null
  | { ok: true; at: number; mails?: number; parties?: number }
  | { ok: false; error: ConsultationError | UploadError | ActionError; fieldErrors?: Record<string, FieldErrorCode>; values?: Record<string, string | string[]>; at: number };

const MULTI = new Set(["parties", "groups"]);

function valuesOf(form: FormData): Values {
  const values: Values = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (MULTI.has(key)) values[key] = [...((values[key] as string[] | undefined) ?? []), value.slice(0, 100)];
    else values[key] = value.slice(0, 20_000);
  }
  return values;
}

const refuse = (refusal: Omit<Extract<ConsultationState, { ok: false }>, "at">): ConsultationState => ({ ...refusal, at: Date.now() });
const roundIdOf = (raw: Values) => (typeof raw.roundId === "string" ? raw.roundId : "");

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
export const openRoundAction = formAction<ConsultationState, typeof roundSchema._zod.output, ConsultationError | UploadError, FieldErrorCode>({
  name: "consultation.openRound",
  access: { permission: "consultation.manage", entity: "ConsultationRound" },
  read: valuesOf,
  schema: roundSchema,
  fieldErrors,
  refuse,
  run: async ({ input, actorId, form }, refuse) => {
    const files = await checkFiles(form);
    if (!files.ok) return refuse({ error: files.error, fieldErrors: { files: "file" } });
    const result = await openRound(actorId, input, files.files);
    if (!result.ok) return refuse({ error: result.error, fieldErrors: result.fieldErrors });
    redirect(`${href(langOfForm(form), `${ADMIN_PATH}/${result.id}`)}?lagra=1`);
  },
});

/** A party's contact saves a draft (stays on the form) or submits (back to the list). */
export const saveAnswerAction = formAction<ConsultationState, typeof answerSchema._zod.output, ConsultationError | UploadError, FieldErrorCode>({
  name: "consultation.saveAnswer",
  access: { permission: "consultation.answer", entity: "ConsultationRound", entityId: roundIdOf },
  read: valuesOf,
  schema: answerSchema,
  fieldErrors,
  refuse,
  run: async ({ input, raw, actorId, form }, refuse) => {
    const files = await checkFiles(form);
    if (!files.ok) return refuse({ error: files.error, fieldErrors: { files: "file" } });
    const result = await saveAnswer(actorId, input, files.files);
    if (!result.ok) return refuse({ error: result.error });
    redirect(`${href(langOfForm(form), `${OWN_PATH}/${roundIdOf(raw)}`)}?lagra=${result.status === "SUBMITTED" ? "sendt" : "utkast"}`);
  },
});

/** The secretariat's small forms on a round's page: close now, link a decision, send a reminder. */
export const manageRoundAction = formAction<ConsultationState, Values, ConsultationError | UploadError, FieldErrorCode>({
  name: "consultation.manageRound",
  access: { permission: "consultation.manage", entity: "ConsultationRound", entityId: roundIdOf },
  read: valuesOf,
  refuse,
  run: async ({ raw, actorId }, refuse) => {
    const at = Date.now();
    if (raw.intent === "close") {
      const parsed = closeSchema.safeParse(raw);
      if (!parsed.success) return refuse({ error: "INVALID", fieldErrors: fieldErrors(parsed.error) });
      const result = await closeRound(actorId, parsed.data);
      return result.ok ? { ok: true, at } : refuse({ error: result.error });
    }
    if (raw.intent === "link") {
      const parsed = decisionLinkSchema.safeParse(raw);
      if (!parsed.success) return refuse({ error: "INVALID", fieldErrors: fieldErrors(parsed.error) });
      const result = await linkDecision(actorId, parsed.data);
      return result.ok ? { ok: true, at } : refuse({ error: result.error, fieldErrors: result.fieldErrors });
    }
    const parsed = reminderSchema.safeParse(raw);
    if (!parsed.success) return refuse({ error: "INVALID", fieldErrors: fieldErrors(parsed.error) });
    const result = await sendConsultationReminder(actorId, parsed.data);
    return result.ok ? { ok: true, at, mails: result.mails, parties: result.parties } : refuse({ error: result.error });
  },
});
