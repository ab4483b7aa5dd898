// The secretariat's indicator forms: the indicator itself (definition, unit, source, priority group, level, period,
// suppression, the measures it follows) and one value. One zod schema per form, shared by the browser and the server
// action; messages are error codes the UI translates (indicators.fieldErrors).
import { z } from "zod";
import { firstFieldErrors } from "@/lib/forms/errors";
import { priorityGroupCode } from "@/lib/structure/priority-groups";
import { INDICATOR_LEVELS, PERIOD_KINDS, VALUE_MAX } from "./policy";

export const FIELD_ERRORS = ["required", "tooLong", "invalid", "taken", "period", "unit", "ratio", "groupNotInYear"] as const;
export type FieldErrorCode = (typeof FIELD_ERRORS)[number];

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const required = (max: number) => z.string({ error: "required" }).trim().min(1, "required").max(max, "tooLong").refine((v) => !CONTROL.test(v.replace(/[\r\n\t]/g, "")), "invalid");
const optional = (max: number) => z.string().optional().transform((v) => (v ?? "").trim()).pipe(z.string().max(max, "tooLong"));

export const indicatorSchema = z.object({
  id: z.string().optional().transform((v) => (v ?? "").trim()),
  version: z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").optional().default(0),
  slug: z.string({ error: "required" }).trim().toLowerCase().min(1, "required").max(80, "tooLong").regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "invalid"),
  name: required(200),
  nameNb: optional(200),
  definition: required(2000),
  definitionNb: optional(2000),
  unit: required(60),
  unitNb: optional(60),
  source: required(300),
  /** A priority group code, or "" for an indicator across the groups; saveIndicator checks it is valid this year. */
  priorityGroup: z.union([z.literal(""), priorityGroupCode], { error: "invalid" }).optional().default(""),
  level: z.enum(INDICATOR_LEVELS, { error: "required" }),
  periodKind: z.enum(PERIOD_KINDS, { error: "required" }),
  suppressSmallCounts: z.string().optional().transform((v) => v === "on" || v === "true"),
  decimals: z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(3, "invalid").optional().default(0),
  measureIds: z.array(z.string().max(100)).max(50, "invalid").optional().default([]),
});
export type IndicatorInput = z.output<typeof indicatorSchema>;

const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;
const decimal = z
  .string({ error: "required" })
  .transform((s) => s.trim().replace(/[\s\u00a0\u202f]/g, ""))
  .refine((s) => s !== "", "required")
  .refine((s) => s === "" || DECIMAL.test(s), "invalid")
  .transform((s) => Number(s.replace(",", ".")))
  .refine((n) => Math.abs(n) <= VALUE_MAX, "invalid");
const count = z
  .string()
  .optional()
  .transform((s) => (s ?? "").trim().replace(/[\s\u00a0\u202f]/g, ""))
  .refine((s) => s === "" || /^\d+$/.test(s), "invalid")
  .transform((s) => (s === "" ? null : Number(s)));

/** One value entered by hand; the period and the unit are checked against the indicator by the action. */
export const valueSchema = z
  .object({
    indicatorId: z.string({ error: "required" }).trim().min(1, "required").max(100, "invalid"),
    period: z.string({ error: "required" }).trim().min(1, "required").max(20, "period"),
    unit: z.string().optional().transform((v) => (v ?? "").trim()),
    value: decimal,
    numerator: count,
    denominator: count,
  })
  .superRefine((v, ctx) => {
    if (v.denominator === 0) ctx.addIssue({ code: "custom", path: ["denominator"], message: "invalid" });
    else if (v.numerator !== null && v.denominator !== null && v.numerator > v.denominator) ctx.addIssue({ code: "custom", path: ["numerator"], message: "ratio" });
  });

export function fieldErrors(error: z.ZodError): Record<string, FieldErrorCode> {
  return firstFieldErrors(error, FIELD_ERRORS, "invalid");
}
