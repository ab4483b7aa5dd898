"use server";
// Server actions of the adoption tracker, on the one chain (lib/actions/chain.ts): authenticate, authorize against
// the database (adoption.update for the row's own party – the row read from the database –, adoption.manage for
// reminders), validate with the form's zod schema (and the PDF by its content), mutate, return a typed result the
// form translates.
import { redirect } from "next/navigation";
import { formAction, langOfForm, type ActionError, type Values } from "@/lib/actions/chain";
import { href } from "@/lib/i18n";
import { checkUpload, isFilePresent, type CheckedUpload, type UploadError } from "@/lib/uploads/file-check";
import { getAdoption } from "./data";
import { OWN_ADOPTIONS_PATH, sendAdoptionReminder, updateAdoption, type AdoptionError } from "./mutations";
import { ADOPTION_DOCUMENT_MAX_BYTES } from "./policy";
import { adoptionSchema, fieldErrors, reminderSchema, type FieldErrorCode } from "./schema";

export type AdoptionState =
  | null
  | { ok: true; at: number; parties?: number; mails?: number }
  | { ok: false; error: AdoptionError | UploadError | ActionError; fieldErrors?: Record<string, FieldErrorCode>; values?: Values; at: number };

const read = (form: FormData): Values => {
  const values: Values = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value.slice(0, 4000);
  return values;
};
const refuse = (refusal: Omit<Extract<AdoptionState, { ok: false }>, "at">): AdoptionState => ({ ...refusal, at: Date.now() });

/** A party's contact records their party's decision on one version; success shows the list again (?lagra=1). */
export const updateAdoptionAction = formAction<AdoptionState, typeof adoptionSchema._zod.output, AdoptionError | UploadError, FieldErrorCode>({
  name: "adoption.update",
  access: {
    permission: "adoption.update",
    entity: "AgreementAdoption",
    entityId: (raw) => String(raw.adoptionId ?? ""),
    record: async (raw) => {
      const row = typeof raw.adoptionId === "string" && raw.adoptionId ? await getAdoption(raw.adoptionId) : null;
      return row ? { partyId: row.partyId } : null;
    },
  },
  read,
  schema: adoptionSchema,
  fieldErrors,
  refuse,
  run: async ({ input, actorId, form }, refuse) => {
    let file: CheckedUpload | null = null;
    const upload = form.get("file");
    if (isFilePresent(upload)) {
      const checked = await checkUpload(upload, { kinds: ["pdf"], maxBytes: ADOPTION_DOCUMENT_MAX_BYTES });
      if (!checked.ok) return refuse({ error: checked.error, fieldErrors: { file: "file" } });
      file = checked.file;
    }
    const result = await updateAdoption(actorId, input, file);
    if (!result.ok) return refuse({ error: result.error });
    redirect(`${href(langOfForm(form), OWN_ADOPTIONS_PATH)}?lagra=1`);
  },
});

/** The secretariat reminds the contacts of parties with open rows; the request key makes a double click send once. */
export const sendReminderAction = formAction<AdoptionState, typeof reminderSchema._zod.output, AdoptionError, FieldErrorCode>({
  name: "adoption.sendReminder",
  access: { permission: "adoption.manage", entity: "AgreementAdoption" },
  read,
  schema: reminderSchema,
  fieldErrors,
  refuse,
  run: async ({ input, actorId }) => {
    const result = await sendAdoptionReminder(actorId, input);
    return { ok: true, at: Date.now(), parties: result.parties, mails: result.mails };
  },
});
