"use server";
// Server actions for /kontakt's details (content.edit, through the editors' one path) and the accessibility feedback
// (anyone; validated, rate limited, stored with its e-mail in one transaction). Issue 14.8.
import { redirect } from "next/navigation";
import { runEditor, langOf } from "@/lib/editors/action";
import { fieldErrorsOf, readForm, type EditorResult } from "@/lib/editors/form";
import { authorize } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { href } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-url";
import { setFeedbackHandled, submitFeedback, updateContact } from "./mutations";
import { CONTACT_FIELDS, contactSchema, FEEDBACK_FIELDS, feedbackSchema } from "./schema";

export async function updateContactAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
    entityType: "ContactSettings",
    fields: CONTACT_FIELDS,
    schema: contactSchema,
    write: updateContact,
    then: () => "/admin/kontakt",
  });
}

export async function submitFeedbackAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  const values = readForm(formData, FEEDBACK_FIELDS);
  const parsed = feedbackSchema.safeParse(values);
  if (!parsed.success) return { ok: false, error: "INVALID", fieldErrors: fieldErrorsOf(parsed.error), values };
  const lang = langOf(formData);
  const result = await submitFeedback(parsed.data, { ip: await requestIp(), lang, siteUrl: siteOrigin(), idempotencyKey: parsed.data.idempotencyKey });
  if (!result.ok) return { ok: false, error: result.error, values };
  redirect(`${href(lang, "/tilgjengelegheit")}?sendt=1#tilbakemelding`);
}

export async function setFeedbackHandledAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  const id = String(formData.get("feedbackId") ?? "").slice(0, 100);
  const handled = formData.get("handled") === "true";
  const auth = await authorize("feedback.read", undefined, { entityType: "AccessibilityFeedback", entityId: id });
  if (!auth.ok) return { ok: false, error: "FORBIDDEN" };
  if (!(await setFeedbackHandled(auth.viewer.userId, id, handled))) return { ok: false, error: "NOT_FOUND" };
  redirect(`${href(langOf(formData), "/admin/tilbakemeldingar")}?lagra=1`);
}
