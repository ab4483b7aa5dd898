"use server";
// Server actions of the indicators (issue 21 item 3), on the one chain (lib/actions/chain.ts): authenticate, authorize against the database
// (indicator.manage, lib/auth/permissions.ts), validate with the zod schemas (the CSV with lib/indicators/csv.ts),
// mutate, return a typed result the form translates. A refused CSV file returns every bad row with its line and
// reason and the file's text, so the form can show it for correction.
import { redirect } from "next/navigation";
import { formAction, langOfForm, type ActionError, type Values } from "@/lib/actions/chain";
import { href } from "@/lib/i18n";
import { CSV_MAX_BYTES, parseIndicatorCsv, type CsvError } from "./csv";
import { csvLookup, indicatorMeta } from "./data";
import { importValues, saveIndicator, saveValue, type IndicatorError } from "./mutations";
import { INDICATORS_ADMIN_PATH, normalisePeriod } from "./policy";
import { fieldErrors, indicatorSchema, valueSchema, type FieldErrorCode } from "./schema";

type Failure = { ok: false; error: IndicatorError | ActionError; fieldErrors?: Record<string, FieldErrorCode>; values?: Values; at: number };
export type IndicatorState = null | { ok: true; at: number } | Failure;
export type ImportState =
  | null
  | { ok: true; at: number; count: number; created: number }
  | { ok: false; error: "ROWS" | "FILE" | ActionError; rows?: CsvError[]; text?: string; at: number };

function valuesOf(form: FormData, multi: string[] = []): Values {
  const values: Values = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !multi.includes(key)) values[key] = value.slice(0, 4000);
  for (const key of multi) values[key] = form.getAll(key).filter((v): v is string => typeof v === "string");
  return values;
}

const refuse = (refusal: Omit<Failure, "at">): IndicatorState => ({ ...refusal, at: Date.now() });

/** Creates or updates an indicator; success shows the indicator's page (?lagra=1). */
export const saveIndicatorAction = formAction<IndicatorState, typeof indicatorSchema._zod.output, IndicatorError, FieldErrorCode>({
  name: "indicators.saveIndicator",
  access: { permission: "indicator.manage", entity: "Indicator", entityId: (raw) => String(raw.id ?? "") },
  read: (form) => valuesOf(form, ["measureIds"]),
  schema: indicatorSchema,
  fieldErrors,
  refuse,
  run: async ({ input, actorId, form }, refuse) => {
    const result = await saveIndicator(actorId, input);
    if (!result.ok) {
      if (result.error === "TAKEN") return refuse({ error: "INVALID", fieldErrors: { slug: "taken" } });
      if (result.error === "GROUP_NOT_IN_YEAR") return refuse({ error: "INVALID", fieldErrors: { priorityGroup: "groupNotInYear" } });
      return refuse({ error: result.error });
    }
    redirect(`${href(langOfForm(form), `${INDICATORS_ADMIN_PATH}/${result.id}`)}?lagra=1`);
  },
});

/** Enters one value for a period and unit of the indicator's level. */
export const saveValueAction = formAction<IndicatorState, typeof valueSchema._zod.output, IndicatorError, FieldErrorCode>({
  name: "indicators.saveValue",
  access: { permission: "indicator.manage", entity: "Indicator", entityId: (raw) => String(raw.indicatorId ?? "") },
  read: (form) => valuesOf(form),
  schema: valueSchema,
  fieldErrors,
  refuse,
  run: async ({ input, actorId }, refuse) => {
    const indicator = await indicatorMeta(input.indicatorId);
    if (!indicator) return refuse({ error: "NOT_FOUND" });
    const period = normalisePeriod(indicator.periodKind, input.period);
    const lookup = await csvLookup();
    const areaId = indicator.level === "AREA" ? (lookup.areas.get(input.unit) ?? null) : null;
    const partyId = indicator.level === "MUNICIPALITY" ? (lookup.municipalities.get(input.unit) ?? null) : null;
    const unitOk = indicator.level === "HELSEFELLESSKAP" ? input.unit === "" : areaId !== null || partyId !== null;
    if (!period || !unitOk) return refuse({ error: "INVALID", fieldErrors: { ...(period ? {} : { period: "period" as const }), ...(unitOk ? {} : { unit: "unit" as const }) } });
    await saveValue(actorId, { indicatorId: indicator.id, period, scopeKey: areaId ?? partyId ?? "", areaId, partyId, value: input.value, numerator: input.numerator, denominator: input.denominator });
    return { ok: true, at: Date.now() };
  },
});

/** Imports a CSV file (or pasted text): every row valid → all upserted in one transaction; else nothing, every bad row listed. */
export const importCsvAction = formAction<ImportState, Values, "ROWS" | "FILE">({
  name: "indicators.importCsv",
  access: { permission: "indicator.manage", entity: "Indicator", entityId: () => "csv" },
  read: (form) => ({ csv: typeof form.get("csv") === "string" ? String(form.get("csv")) : "" }),
  echoMax: CSV_MAX_BYTES,
  // The pasted text comes back with a refusal, so it can be corrected.
  refuse: (refusal) => ({ ok: false, error: refusal.error, text: typeof refusal.values?.csv === "string" ? refusal.values.csv : undefined, at: Date.now() }),
  run: async ({ raw, actorId, form }) => {
    const at = Date.now();
    const pasted = String(raw.csv ?? "");
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
    const result = await importValues(actorId, parsed.rows, fileName);
    return { ok: true, at, ...result };
  },
});
