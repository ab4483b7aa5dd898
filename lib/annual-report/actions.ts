"use server";
// Server actions of the annual report: authenticate, authorize against the database (annualReport.manage in
// lib/auth/permissions.ts), validate with the form's zod schema, mutate, then show the editor again with the outcome
// (?utfall=…), or return a typed error the form translates – keeping what was typed.
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { faultSafe } from "@/lib/forms/faults";
import { href, isLocale } from "@/lib/i18n";
import { setPublished, generateReport, saveReport, type AnnualReportError } from "./mutations";
import { adminReportPath } from "./policy";
import { fieldErrors, generateSchema, publishSchema, sectionsSchema, type FieldErrorCode } from "./schema";

export type AnnualReportState =
  | null
  | { ok: false; error: AnnualReportError | "FORBIDDEN" | "VALIDATION" | "UNAVAILABLE"; fieldErrors?: Record<string, FieldErrorCode>; values?: Record<string, string>; at: number };

export type Outcome = "laga" | "lagra" | "publisert" | "trekt";

function valuesOf(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value.slice(0, 25_000);
  return values;
}

async function run(
  form: FormData,
  work: (actorId: string, values: Record<string, string>, at: number) => Promise<AnnualReportState | { ok: true; year: number; outcome: Outcome }>,
): Promise<AnnualReportState> {
  const at = Date.now();
  const values = valuesOf(form);
  const outcome = await faultSafe(
    async () => {
      const auth = await authorize("annualReport.manage", undefined, { entityType: "AnnualReport", entityId: values.year });
      if (!auth.ok) return { ok: false as const, error: "FORBIDDEN" as const, values, at };
      return work(auth.viewer.userId, values, at);
    },
    (error): AnnualReportState => ({ ok: false, error, values, at }),
  );
  if (outcome?.ok) {
    const lang = isLocale(values.lang) ? values.lang : "nn";
    redirect(`${href(lang, adminReportPath(outcome.year))}?utfall=${outcome.outcome}`);
  }
  return outcome;
}

/** Generates the draft of a year (replacing an unpublished one only when ticked). */
export async function generateReportAction(_prev: AnnualReportState, form: FormData): Promise<AnnualReportState> {
  return run(form, async (actorId, values, at) => {
    const parsed = generateSchema.safeParse(values);
    if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
    const result = await generateReport(actorId, parsed.data);
    if (result.ok) return { ok: true, year: parsed.data.year, outcome: "laga" };
    return { ok: false, error: result.error, fieldErrors: result.error === "EXISTS" ? { replace: "confirm" } : undefined, values, at };
  });
}

/** Saves the edited sections. */
export async function saveReportAction(_prev: AnnualReportState, form: FormData): Promise<AnnualReportState> {
  return run(form, async (actorId, values, at) => {
    const parsed = sectionsSchema.safeParse(values);
    if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
    const result = await saveReport(actorId, parsed.data);
    return result.ok ? { ok: true, year: parsed.data.year, outcome: "lagra" } : { ok: false, error: result.error, values, at };
  });
}

/** Publishes the report, or (publish = "0") withdraws it to a draft. */
export async function publishReportAction(_prev: AnnualReportState, form: FormData): Promise<AnnualReportState> {
  return run(form, async (actorId, values, at) => {
    const parsed = publishSchema.safeParse(values);
    if (!parsed.success) return { ok: false, error: "VALIDATION", values, at };
    const publish = values.publish !== "0";
    const result = await setPublished(actorId, parsed.data, publish);
    return result.ok ? { ok: true, year: parsed.data.year, outcome: publish ? "publisert" : "trekt" } : { ok: false, error: result.error, values, at };
  });
}
