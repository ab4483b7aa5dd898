// The forms of the annual report: generate a draft (year, language; replacing an existing report needs a tick), edit
// the sections (title and text of each, guarded by the report's version) and publish. One zod schema per form, shared
// by the browser and the server action; messages are error codes the UI translates (annualReport.errors). Free text
// never holds a fødselsnummer or D-number (lib/privacy/national-id).
import { z } from "zod";
import { firstFieldErrors } from "@/lib/forms/errors";
import { containsNationalId } from "@/lib/privacy/national-id";
import { BODY_MAX, FIRST_REPORT_YEAR, REPORT_LANGUAGES, SECTION_KEYS, TITLE_MAX, type ReportSection } from "./policy";

export const FIELD_ERRORS = ["required", "tooLong", "invalid", "nationalId", "confirm"] as const;
export type FieldErrorCode = (typeof FIELD_ERRORS)[number];

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const year = z.coerce.number({ error: "invalid" }).int("invalid").min(FIRST_REPORT_YEAR, "invalid").max(2100, "invalid");
const version = z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid");

const text = (max: number, required: boolean) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").replace(/\r\n?/g, "\n").trim())
    .superRefine((value, ctx) => {
      if (required && !value) ctx.addIssue({ code: "custom", message: "required" });
      else if (value.length > max) ctx.addIssue({ code: "custom", message: "tooLong" });
      else if (CONTROL.test(value.replace(/[\n\t]/g, ""))) ctx.addIssue({ code: "custom", message: "invalid" });
      if (containsNationalId(value)) ctx.addIssue({ code: "custom", message: "nationalId" });
    });

/** Generate a draft for a year. `replace` must be ticked when the year already has a report (its edits are lost). */
export const generateSchema = z.object({
  year,
  language: z.enum(REPORT_LANGUAGES, { error: "required" }),
  replace: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});
export type GenerateInput = z.output<typeof generateSchema>;

export const titleField = (key: string) => `title_${key}`;
export const bodyField = (key: string) => `body_${key}`;

/** The edited sections: a title (required) and a text per section, in the fixed order. */
export const sectionsSchema = z
  .object({
    year,
    version,
    ...Object.fromEntries(SECTION_KEYS.flatMap((key) => [[titleField(key), text(TITLE_MAX, true)], [bodyField(key), text(BODY_MAX, false)]])),
  })
  .transform((v): { year: number; version: number; sections: ReportSection[] } => {
    const values = v as Record<string, unknown>;
    return {
      year: v.year,
      version: v.version,
      sections: SECTION_KEYS.map((key) => ({ key, title: String(values[titleField(key)]), body: String(values[bodyField(key)]) })),
    };
  });
export type SectionsInput = z.output<typeof sectionsSchema>;

/** Publish (or withdraw) the report as it was when the page was shown. */
export const publishSchema = z.object({ year, version });
export type PublishInput = z.output<typeof publishSchema>;

export function fieldErrors(error: z.ZodError): Record<string, FieldErrorCode> {
  return firstFieldErrors(error, FIELD_ERRORS, "invalid");
}
