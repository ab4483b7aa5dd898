"use server";
// Server actions of the adoption tracker: authenticate, authorize against the database (lib/auth/permissions.ts:
// adoption.update for the row's own party, adoption.manage for reminders), validate with the form's zod schema (and
// the PDF by its content), mutate, return a typed result the form translates.
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { faultSafe } from "@/lib/forms/faults";
import { href, isLocale } from "@/lib/i18n";
import { checkUpload, isFilePresent, type CheckedUpload, type UploadError } from "@/lib/uploads/file-check";
import { getAdoption } from "./data";
import { OWN_ADOPTIONS_PATH, sendAdoptionReminder, updateAdoption, type AdoptionError } from "./mutations";
import { ADOPTION_DOCUMENT_MAX_BYTES } from "./policy";
import { adoptionSchema, fieldErrors, reminderSchema, type FieldErrorCode } from "./schema";

export type AdoptionState =
  | null
  | { ok: true; at: number; parties?: number; mails?: number }
  | { ok: false; error: AdoptionError | UploadError | "VALIDATION" | "UNAVAILABLE"; fieldErrors?: Record<string, FieldErrorCode>; values?: Record<string, string>; at: number };

function valuesOf(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value.slice(0, 4000);
  return values;
}

/** A party's contact records their party's decision on one version; success shows the list again (?lagra=1). */
export async function updateAdoptionAction(_prev: AdoptionState, form: FormData): Promise<AdoptionState> {
  const at = Date.now();
  const values = valuesOf(form);
  const outcome = await faultSafe(
    async (): Promise<AdoptionState> => {
      const row = values.adoptionId ? await getAdoption(values.adoptionId) : null;
      const auth = await authorize("adoption.update", row ? { partyId: row.partyId } : undefined, { entityType: "AgreementAdoption", entityId: values.adoptionId });
      if (!auth.ok) return { ok: false, error: "FORBIDDEN", values, at };
      if (!row) return { ok: false, error: "NOT_FOUND", values, at };
      const parsed = adoptionSchema.safeParse(values);
      if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
      let file: CheckedUpload | null = null;
      const upload = form.get("file");
      if (isFilePresent(upload)) {
        const checked = await checkUpload(upload, { kinds: ["pdf"], maxBytes: ADOPTION_DOCUMENT_MAX_BYTES });
        if (!checked.ok) return { ok: false, error: checked.error, fieldErrors: { file: "file" }, values, at };
        file = checked.file;
      }
      const result = await updateAdoption(auth.viewer.userId, parsed.data, file);
      return result.ok ? { ok: true, at } : { ok: false, error: result.error, values, at };
    },
    (error) => ({ ok: false, error, values, at }),
  );
  if (outcome?.ok) {
    const lang = isLocale(values.lang) ? values.lang : "nn";
    redirect(`${href(lang, OWN_ADOPTIONS_PATH)}?lagra=1`);
  }
  return outcome;
}

/** The secretariat reminds the contacts of parties with open rows; the request key makes a double click send once. */
export async function sendReminderAction(_prev: AdoptionState, form: FormData): Promise<AdoptionState> {
  const at = Date.now();
  const values = valuesOf(form);
  return faultSafe(
    async (): Promise<AdoptionState> => {
      const auth = await authorize("adoption.manage", undefined, { entityType: "AgreementAdoption" });
      if (!auth.ok) return { ok: false, error: "FORBIDDEN", values, at };
      const parsed = reminderSchema.safeParse(values);
      if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
      const result = await sendAdoptionReminder(auth.viewer.userId, parsed.data);
      return { ok: true, at, parties: result.parties, mails: result.mails };
    },
    (error) => ({ ok: false, error, values, at }),
  );
}
