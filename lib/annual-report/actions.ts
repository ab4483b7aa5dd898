"use server";
// Server actions of the annual report, on the one chain (lib/actions/chain.ts): authenticate, authorize against the
// database (annualReport.manage), validate with the form's zod schema, mutate, then show the editor again with the
// outcome (?utfall=…), or return a typed error the form translates – keeping what was typed.
import { redirect } from "next/navigation";
import type { z } from "zod";
import { formAction, langOfForm, type ActionError, type Values } from "@/lib/actions/chain";
import { href } from "@/lib/i18n";
import { setPublished, generateReport, saveReport, type AnnualReportError } from "./mutations";
import { adminReportPath } from "./policy";
import { fieldErrors, generateSchema, publishSchema, sectionsSchema, type FieldErrorCode } from "./schema";

export type AnnualReportState =
  | null
  | { ok: false; error: AnnualReportError | ActionError; fieldErrors?: Record<string, FieldErrorCode>; values?: Values; at: number };

export type Outcome = "laga" | "lagra" | "publisert" | "trekt";

const read = (form: FormData): Values => {
  const values: Values = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value.slice(0, 25_000);
  return values;
};

function reportAction<S extends z.ZodType>(name: string, schema: S, work: (actorId: string, input: z.output<S>, form: FormData) => Promise<{ ok: true; year: number; outcome: Outcome } | { ok: false; error: AnnualReportError; fieldErrors?: Record<string, FieldErrorCode> }>) {
  return formAction<AnnualReportState, z.output<S>, AnnualReportError, FieldErrorCode>({
    name,
    access: { permission: "annualReport.manage", entity: "AnnualReport", entityId: (raw) => String(raw.year ?? "") },
    read,
    schema: schema as z.ZodType<z.output<S>>,
    fieldErrors,
    refuse: (refusal) => ({ ...refusal, at: Date.now() }),
    run: async ({ input, actorId, form }, refuse) => {
      const outcome = await work(actorId, input, form);
      if (!outcome.ok) return refuse({ error: outcome.error, fieldErrors: outcome.fieldErrors });
      redirect(`${href(langOfForm(form), adminReportPath(outcome.year))}?utfall=${outcome.outcome}`);
    },
  });
}

/** Generates the draft of a year (replacing an unpublished one only when ticked). */
export const generateReportAction = reportAction("annualReport.generate", generateSchema, async (actorId, input) => {
  const result = await generateReport(actorId, input);
  if (result.ok) return { ok: true, year: input.year, outcome: "laga" };
  return { ok: false, error: result.error, fieldErrors: result.error === "EXISTS" ? { replace: "confirm" } : undefined };
});

/** Saves the edited sections. */
export const saveReportAction = reportAction("annualReport.save", sectionsSchema, async (actorId, input) => {
  const result = await saveReport(actorId, input);
  return result.ok ? { ok: true, year: input.year, outcome: "lagra" } : { ok: false, error: result.error };
});

/** Publishes the report, or (publish = "0") withdraws it to a draft. */
export const publishReportAction = reportAction("annualReport.publish", publishSchema, async (actorId, input, form) => {
  const publish = form.get("publish") !== "0";
  const result = await setPublished(actorId, input, publish);
  return result.ok ? { ok: true, year: input.year, outcome: publish ? "publisert" : "trekt" } : { ok: false, error: result.error };
});
