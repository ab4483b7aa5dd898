// The agreement editors' forms: the agreement itself, a version with validity dates (and its file, checked apart
// by lib/uploads/file-check.ts), and the yearly review. One zod schema per form, shared by form and action.
import { z } from "zod";
import { AGREEMENT_KINDS } from "@/lib/domain/vocabulary";
import { id, optionalDate, optionalText, requiredDate, requiredText, version } from "@/lib/editors/form";

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 2000;

const agreementFields = {
  kind: z.enum(AGREEMENT_KINDS, { error: "required" }),
  number: z
    .string()
    .trim()
    .regex(/^(\d{1,2})?$/, "invalid")
    .optional()
    .default(""),
  title: requiredText(TITLE_MAX),
  titleNb: optionalText(TITLE_MAX),
  summary: optionalText(SUMMARY_MAX),
  summaryNb: optionalText(SUMMARY_MAX),
};

export const createAgreementSchema = z.object({
  slug: z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .max(80, "tooLong")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "invalid"),
  ...agreementFields,
});
export const updateAgreementSchema = z.object({ agreementId: id, version, ...agreementFields });
export const AGREEMENT_FIELDS = ["agreementId", "version", "slug", ...Object.keys(agreementFields)] as const;

const versionFields = {
  label: requiredText(40),
  validFrom: requiredDate,
  validTo: optionalDate,
  adoptedOn: optionalDate,
  adoptedBy: optionalText(200),
  note: optionalText(1000),
};

/** The last day of validity is inclusive and never before the first. */
const dateOrder = <T extends { validFrom: string; validTo: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.validTo && value.validFrom && value.validTo < value.validFrom) ctx.addIssue({ code: "custom", path: ["validTo"], message: "dateOrder" });
};

export const addVersionSchema = z.object({ agreementId: id, ...versionFields }).superRefine(dateOrder);
export const updateVersionSchema = z.object({ versionId: id, version, ...versionFields }).superRefine(dateOrder);
export const VERSION_FIELDS = ["agreementId", "versionId", "version", ...Object.keys(versionFields)] as const;

export const reviewSchema = z.object({
  agreementId: id,
  year: z.coerce.number({ error: "invalid" }).int("invalid").min(2000, "invalid").max(2100, "invalid"),
  reviewedOn: requiredDate,
  bodyId: id,
  outcome: requiredText(4000),
});
export const REVIEW_FIELDS = ["agreementId", "year", "reviewedOn", "bodyId", "outcome"] as const;

export type CreateAgreementValues = z.output<typeof createAgreementSchema>;
export type UpdateAgreementValues = z.output<typeof updateAgreementSchema>;
export type AddVersionValues = z.output<typeof addVersionSchema>;
export type UpdateVersionValues = z.output<typeof updateVersionSchema>;
export type ReviewValues = z.output<typeof reviewSchema>;
