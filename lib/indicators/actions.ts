"use server";
// Server actions of the indicators (issue 21 item 3): authenticate, authorize against the database
// (indicator.manage, lib/auth/permissions.ts), validate with the zod schemas (the CSV with lib/indicators/csv.ts),
// mutate, return a typed result the form translates. A refused CSV file returns every bad row with its line and
// reason and the file's text, so the form can show it for correction.
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { faultSafe } from "@/lib/forms/faults";
import { href, isLocale } from "@/lib/i18n";
import { CSV_MAX_BYTES, parseIndicatorCsv, type CsvError } from "./csv";
import { csvLookup, indicatorMeta } from "./data";
import { importValues, saveIndicator, saveValue, type IndicatorError } from "./mutations";
import { INDICATORS_ADMIN_PATH, normalisePeriod } from "./policy";
import { fieldErrors, indicatorSchema, valueSchema, type FieldErrorCode } from "./schema";

type Failure = { ok: false; error: IndicatorError | "VALIDATION" | "UNAVAILABLE"; fieldErrors?: Record<string, FieldErrorCode>; values?: Record<string, string | string[]>; at: number };
export type IndicatorState = null | { ok: true; at: number } | Failure;
export type ImportState =
  | null
  | { ok: true; at: number; count: number; created: number }
  | { ok: false; error: "FORBIDDEN" | "ROWS" | "FILE" | "UNAVAILABLE"; rows?: CsvError[]; text?: string; at: number };

function valuesOf(form: FormData, multi: string[] = []): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !multi.includes(key)) values[key] = value.slice(0, 4000);
  for (const key of multi) values[key] = form.getAll(key).filter((v): v is string => typeof v === "string");
  return values;
}

const langOf = (values: Record<string, unknown>) => (isLocale(values.lang as string) ? (values.lang as "nn" | "nb") : "nn");

/** Creates or updates an indicator; success shows the indicator's page (?lagra=1). */
export async function saveIndicatorAction(_prev: IndicatorState, form: FormData): Promise<IndicatorState> {
  const at = Date.now();
  const values = valuesOf(form, ["measureIds"]);
  let savedId = "";
  const outcome = await faultSafe(
    async (): Promise<IndicatorState> => {
      const auth = await authorize("indicator.manage", undefined, { entityType: "Indicator", entityId: String(values.id ?? "") });
      if (!auth.ok) return { ok: false, error: "FORBIDDEN", values, at };
      const parsed = indicatorSchema.safeParse(values);
      if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
      const result = await saveIndicator(auth.viewer.userId, parsed.data);
      if (!result.ok) return result.error === "TAKEN" ? { ok: false, error: "VALIDATION", fieldErrors: { slug: "taken" }, values, at } : { ok: false, error: result.error, values, at };
      savedId = result.id;
      return { ok: true, at };
    },
    (error) => ({ ok: false, error, values, at }),
  );
  if (outcome?.ok) redirect(`${href(langOf(values), `${INDICATORS_ADMIN_PATH}/${savedId}`)}?lagra=1`);
  return outcome;
}

/** Enters one value for a period and unit of the indicator's level. */
export async function saveValueAction(_prev: IndicatorState, form: FormData): Promise<IndicatorState> {
  const at = Date.now();
  const values = valuesOf(form);
  return faultSafe(
    async (): Promise<IndicatorState> => {
      const auth = await authorize("indicator.manage", undefined, { entityType: "Indicator", entityId: String(values.indicatorId ?? "") });
      if (!auth.ok) return { ok: false, error: "FORBIDDEN", values, at };
      const parsed = valueSchema.safeParse(values);
      if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
      const input = parsed.data;
      const indicator = await indicatorMeta(input.indicatorId);
      if (!indicator) return { ok: false, error: "NOT_FOUND", values, at };
      const period = normalisePeriod(indicator.periodKind, input.period);
      const lookup = await csvLookup();
      const areaId = indicator.level === "AREA" ? (lookup.areas.get(input.unit) ?? null) : null;
      const partyId = indicator.level === "MUNICIPALITY" ? (lookup.municipalities.get(input.unit) ?? null) : null;
      const unitOk = indicator.level === "HELSEFELLESSKAP" ? input.unit === "" : areaId !== null || partyId !== null;
      if (!period || !unitOk) return { ok: false, error: "VALIDATION", fieldErrors: { ...(period ? {} : { period: "period" as const }), ...(unitOk ? {} : { unit: "unit" as const }) }, values, at };
      await saveValue(auth.viewer.userId, { indicatorId: indicator.id, period, scopeKey: areaId ?? partyId ?? "", areaId, partyId, value: input.value, numerator: input.numerator, denominator: input.denominator });
      return { ok: true, at };
    },
    (error) => ({ ok: false, error, values, at }),
  );
}

/** Imports a CSV file (or pasted text): every row valid → all upserted in one transaction; else nothing, every bad row listed. */
export async function importCsvAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const at = Date.now();
  const pasted = typeof form.get("csv") === "string" ? String(form.get("csv")) : "";
  return faultSafe(
    async (): Promise<ImportState> => {
      const auth = await authorize("indicator.manage", undefined, { entityType: "Indicator", entityId: "csv" });
      if (!auth.ok) return { ok: false, error: "FORBIDDEN", at };
      const file = form.get("file");
      let text = pasted;
      let fileName = "";
      if (file instanceof File && file.size > 0) {
        if (file.size > CSV_MAX_BYTES) return { ok: false, error: "FILE", at };
        const bytes = new Uint8Array(await file.arrayBuffer());
        try {
          text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          // Older Excel versions save "CSV" in Windows-1252; read it as such rather than refusing the file.
          text = new TextDecoder("windows-1252").decode(bytes);
        }
        fileName = file.name.slice(0, 200);
      } else if (pasted.length > CSV_MAX_BYTES) return { ok: false, error: "FILE", at };
      const parsed = parseIndicatorCsv(text, await csvLookup());
      if (!parsed.ok) return { ok: false, error: "ROWS", rows: parsed.errors.slice(0, 200), text: text.slice(0, CSV_MAX_BYTES), at };
      const result = await importValues(auth.viewer.userId, parsed.rows, fileName);
      return { ok: true, at, ...result };
    },
    (error) => ({ ok: false, error, text: pasted, at }),
  );
}
