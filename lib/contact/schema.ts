// Contact details (/kontakt, edited by the secretariat) and the accessibility feedback form (/tilgjengelegheit):
// one zod schema per form, shared by the form and the server action. Issue 14.8.
import { z } from "zod";
import { optionalText, requiredText, version } from "@/lib/editors/form";
import { containsNationalId } from "@/lib/privacy/national-id";

export const CONTACT_FIELDS = ["version", "name", "nameNb", "address", "email", "phone", "openingHours", "openingHoursNb"] as const;

export const contactSchema = z.object({
  version,
  name: requiredText(200),
  nameNb: optionalText(200),
  address: requiredText(500),
  email: requiredText(200).pipe(z.email("invalid")),
  phone: requiredText(40).regex(/^\+?[\d ()-]{5,}$/, "invalid"),
  openingHours: optionalText(300),
  openingHoursNb: optionalText(300),
});
export type ContactValues = z.output<typeof contactSchema>;

export const FEEDBACK_MESSAGE_MAX = 5000;
export const FEEDBACK_FIELDS = ["name", "email", "page", "message", "idempotencyKey"] as const;

/** Free text never carries a fødselsnummer/D-number (the same guard as cases and deviations). */
const noNationalId = <T extends z.ZodType<string>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    if (containsNationalId(value)) ctx.addIssue({ code: "custom", message: "nationalId" });
  });

export const feedbackSchema = z.object({
  name: noNationalId(optionalText(200)),
  email: optionalText(200).refine((v) => v === "" || z.email().safeParse(v).success, "invalid"),
  page: noNationalId(optionalText(300)),
  message: noNationalId(requiredText(FEEDBACK_MESSAGE_MAX)),
  /** Rendered into the form; a double click or a retried post stores the message once. */
  idempotencyKey: z.string({ error: "invalid" }).regex(/^[A-Za-z0-9_-]{16,100}$/, "invalid"),
});
export type FeedbackValues = z.output<typeof feedbackSchema>;
