"use server";
// Server actions for /kontakt's details (content.edit, through the editors' preset of the one chain) and the
// accessibility feedback (public: anyone; validated, rate limited, stored with its e-mail in one transaction).
// Issue 14.8. All on lib/actions/chain.ts.
import { redirect } from "next/navigation";
import { formAction, langOfForm } from "@/lib/actions/chain";
import { editorAction } from "@/lib/actions/editor";
import { fieldErrorsOf, readForm, type EditorError, type EditorResult, type FieldErrorCode } from "@/lib/editors/form";
import { requestIp } from "@/lib/auth/request";
import { href } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-url";
import { setFeedbackHandled, submitFeedback, updateContact } from "./mutations";
import { CONTACT_FIELDS, contactSchema, FEEDBACK_FIELDS, feedbackSchema } from "./schema";

export const updateContactAction = editorAction({
  name: "contact.updateContact",
  entityType: "ContactSettings",
  fields: CONTACT_FIELDS,
  schema: contactSchema,
  write: updateContact,
  then: () => "/admin/kontakt",
});

export const submitFeedbackAction = formAction<EditorResult, typeof feedbackSchema._output, EditorError, FieldErrorCode>({
  name: "contact.submitFeedback",
  access: { public: "the accessibility statement's feedback form is for everyone (rate limited per address)" },
  read: (form) => readForm(form, FEEDBACK_FIELDS),
  schema: feedbackSchema,
  fieldErrors: fieldErrorsOf,
  refuse: (refusal) => refusal,
  run: async ({ input, form }, refuse) => {
    const lang = langOfForm(form);
    const result = await submitFeedback(input, { ip: await requestIp(), lang, siteUrl: siteOrigin(), idempotencyKey: input.idempotencyKey });
    if (!result.ok) return refuse({ error: result.error });
    redirect(`${href(lang, "/tilgjengelegheit")}?sendt=1#tilbakemelding`);
  },
});

export const setFeedbackHandledAction = formAction<EditorResult, { feedbackId: string; handled: string }, EditorError, FieldErrorCode>({
  name: "contact.setFeedbackHandled",
  access: { permission: "feedback.read", entity: "AccessibilityFeedback", entityId: (raw) => String(raw.feedbackId ?? "") },
  read: (form) => ({ feedbackId: String(form.get("feedbackId") ?? "").slice(0, 100), handled: String(form.get("handled") ?? "") }),
  noEcho: true,
  refuse: (refusal) => refusal,
  run: async ({ input, actorId, form }, refuse) => {
    if (!(await setFeedbackHandled(actorId, input.feedbackId, input.handled === "true"))) return refuse({ error: "NOT_FOUND" });
    redirect(`${href(langOfForm(form), "/admin/tilbakemeldingar")}?lagra=1`);
  },
});
