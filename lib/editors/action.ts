import "server-only";
// The one path of every editor server action: authorize against the database (content.edit; a refusal is audited),
// read the form, validate it with the form's own zod schema, write, and on success redirect to the page that shows
// the saved row (so it is rendered with its new version). Every failure returns the user's input with the error.
import { redirect } from "next/navigation";
import type { z } from "zod";
import { authorize } from "@/lib/auth/guard";
import { faultSafe } from "@/lib/forms/faults";
import { href, isLocale, type Locale } from "@/lib/i18n";
import { fieldErrorsOf, readForm, type EditorError, type EditorResult, type FieldErrorCode, type FormValues } from "./form";

export type WriteOutcome<R> = ({ ok: true } & R) | { ok: false; error: EditorError; fieldErrors?: Record<string, FieldErrorCode> };

export function langOf(formData: FormData): Locale {
  const lang = formData.get("lang");
  return isLocale(lang) ? lang : "nn";
}

export async function runEditor<S extends z.ZodType, R extends object>(
  formData: FormData,
  spec: {
    entityType: string;
    entityIdField?: string;
    fields: readonly string[];
    multi?: readonly string[];
    schema: S;
    write: (actorId: string, values: z.output<S>, formData: FormData) => Promise<WriteOutcome<R>>;
    /** The language-neutral path to show after a successful write. */
    then: (result: R, values: z.output<S>) => string;
  },
): Promise<EditorResult> {
  const values: FormValues = readForm(formData, spec.fields, spec.multi);
  // The database away: the typed values come back with UNAVAILABLE, never the error page.
  return faultSafe(() => edit(formData, spec, values), (error) => ({ ok: false, error, values }));
}

async function edit<S extends z.ZodType, R extends object>(formData: FormData, spec: Parameters<typeof runEditor<S, R>>[1], values: FormValues): Promise<EditorResult> {
  const entityId = spec.entityIdField ? String(values[spec.entityIdField] ?? "") || undefined : undefined;
  const auth = await authorize("content.edit", undefined, { entityType: spec.entityType, entityId });
  if (!auth.ok) return { ok: false, error: "FORBIDDEN" };
  const parsed = spec.schema.safeParse(values);
  if (!parsed.success) return { ok: false, error: "INVALID", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await spec.write(auth.viewer.userId, parsed.data, formData);
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };
  const path = spec.then(result, parsed.data);
  redirect(`${href(langOf(formData), path)}${path.includes("?") ? "&" : "?"}lagra=1`);
}
