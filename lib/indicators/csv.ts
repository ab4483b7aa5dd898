// The CSV import of indicator values (issue 21 item 3): the whole file is parsed and every row validated (zod for
// each field, then against the indicators, areas and municipalities that exist); one bad row refuses the file, and
// every bad row is reported with its line number and a reason code the page translates. Pure: no database, so the
// unit tests cover it fully and the action only supplies the lookup.
//
// Format (documented on the import page): a header row with fixed column names, separator ";" (Norwegian Excel) or
// ",", decimal comma or point ("12,5" must be quoted in a comma-separated file, as Excel does), UTF-8 with or without
// BOM. Columns: indikator, periode, eining (empty at the helsefellesskap level), verdi, teljar, nemnar (optional).
import { z } from "zod";
import { normalisePeriod, VALUE_MAX, type IndicatorLevel, type PeriodKind } from "./policy";

export const CSV_COLUMNS = ["indikator", "periode", "eining", "verdi", "teljar", "nemnar"] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: Column[] = ["indikator", "periode", "verdi"];
/** Bokmål headers are accepted too. */
const ALIASES: Record<string, Column> = { enhet: "eining", verdi: "verdi", teller: "teljar", nevner: "nemnar" };

export const CSV_MAX_ROWS = 5000;
export const CSV_MAX_BYTES = 1024 * 1024;

export const CSV_ERROR_CODES = [
  "empty",
  "header",
  "quote",
  "columns",
  "indicator",
  "period",
  "unitRequired",
  "unitNotAllowed",
  "unit",
  "value",
  "numerator",
  "denominator",
  "ratio",
  "duplicate",
  "tooMany",
] as const;
export type CsvErrorCode = (typeof CSV_ERROR_CODES)[number];
export type CsvError = { line: number; code: CsvErrorCode; text?: string; other?: number };

export type CsvLookup = {
  indicators: ReadonlyMap<string, { id: string; level: IndicatorLevel; periodKind: PeriodKind }>;
  /** Area slug → id. */
  areas: ReadonlyMap<string, string>;
  /** Municipality (party) slug → id. */
  municipalities: ReadonlyMap<string, string>;
};

export type CsvRow = {
  line: number;
  indicatorId: string;
  period: string;
  scopeKey: string;
  areaId: string | null;
  partyId: string | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
};

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; errors: CsvError[] };

type Record_ = { line: number; fields: string[] };

/** Splits the text into records (RFC 4180 quoting; a quoted field may hold the separator, quotes and newlines). */
export function splitRecords(text: string, separator: string): { records: Record_[]; badQuoteLine: number | null } {
  const records: Record_[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const push = () => {
    fields.push(field);
    field = "";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === "\n") line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (c === separator) push();
    else if (c === "\n" || c === "\r") {
      push();
      records.push({ line: start, fields });
      fields = [];
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      line += 1;
      start = line;
    } else field += c;
    i += 1;
  }
  if (quoted) return { records, badQuoteLine: start };
  if (field !== "" || fields.length) {
    push();
    records.push({ line: start, fields });
  }
  return { records: records.filter((r) => r.fields.some((f) => f.trim() !== "")), badQuoteLine: null };
}

const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;
const INTEGER = /^\d+$/;
const stripSpaces = (s: string) => s.trim().replace(/[ \u00a0\u202f]/g, "");

const decimal = z
  .string()
  .transform(stripSpaces)
  .refine((s) => DECIMAL.test(s), "value")
  .transform((s) => Number(s.replace(",", ".")))
  .refine((n) => Number.isFinite(n) && Math.abs(n) <= VALUE_MAX, "value");

const count = (code: "numerator" | "denominator") =>
  z
    .string()
    .transform(stripSpaces)
    .refine((s) => s === "" || INTEGER.test(s), code)
    .transform((s) => (s === "" ? null : Number(s)))
    .refine((n) => n === null || n <= VALUE_MAX, code);

/** One row's fields, as zod sees them; the reason codes are the messages. */
export const csvRowSchema = z
  .object({
    indikator: z.string().trim().min(1, "indicator").max(100, "indicator").regex(/^[a-z0-9-]+$/i, "indicator"),
    periode: z.string().trim().min(1, "period").max(20, "period"),
    eining: z.string().trim().max(100, "unit"),
    verdi: decimal,
    teljar: count("numerator"),
    nemnar: count("denominator"),
  })
  .superRefine((row, ctx) => {
    if (row.nemnar === 0) ctx.addIssue({ code: "custom", path: ["nemnar"], message: "denominator" });
    else if (row.teljar !== null && row.nemnar !== null && row.teljar > row.nemnar) ctx.addIssue({ code: "custom", path: ["teljar"], message: "ratio" });
  });

function detectSeparator(firstLine: string): string {
  return firstLine.includes(";") ? ";" : ",";
}

/** Parses and validates the whole file. Nothing is returned as rows unless every row is good. */
export function parseIndicatorCsv(input: string, lookup: CsvLookup): CsvResult {
  const text = input.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { ok: false, errors: [{ line: 1, code: "empty" }] };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const { records, badQuoteLine } = splitRecords(text, detectSeparator(firstLine));
  if (badQuoteLine !== null) return { ok: false, errors: [{ line: badQuoteLine, code: "quote" }] };
  const [header, ...rows] = records;
  if (!header) return { ok: false, errors: [{ line: 1, code: "empty" }] };
  const names = header.fields.map((f) => {
    const name = f.trim().toLowerCase();
    return (CSV_COLUMNS as readonly string[]).includes(name) ? (name as Column) : (ALIASES[name] ?? null);
  });
  const unknown = header.fields.filter((_, i) => names[i] === null).map((f) => f.trim());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (unknown.length || missing.length || new Set(names).size !== names.length) {
    return { ok: false, errors: [{ line: header.line, code: "header", text: [...missing, ...unknown].join(", ") }] };
  }
  if (rows.length === 0) return { ok: false, errors: [{ line: header.line + 1, code: "empty" }] };
  if (rows.length > CSV_MAX_ROWS) return { ok: false, errors: [{ line: rows[CSV_MAX_ROWS]!.line, code: "tooMany", text: String(CSV_MAX_ROWS) }] };

  const errors: CsvError[] = [];
  const good: CsvRow[] = [];
  const seen = new Map<string, number>();
  for (const record of rows) {
    if (record.fields.length !== names.length) {
      errors.push({ line: record.line, code: "columns", text: `${record.fields.length}/${names.length}` });
      continue;
    }
    const raw: Record<Column, string> = { indikator: "", periode: "", eining: "", verdi: "", teljar: "", nemnar: "" };
    names.forEach((name, i) => (raw[name!] = record.fields[i] ?? ""));
    const rowErrors: CsvError[] = [];
    const parsed = csvRowSchema.safeParse(raw);
    if (!parsed.success) {
      const codes = new Set<string>();
      for (const issue of parsed.error.issues) {
        const code = (CSV_ERROR_CODES as readonly string[]).includes(issue.message) ? (issue.message as CsvErrorCode) : "value";
        const column = String(issue.path[0] ?? "");
        if (codes.has(column)) continue;
        codes.add(column);
        rowErrors.push({ line: record.line, code, text: (raw[column as Column] ?? "").trim().slice(0, 40) });
      }
      errors.push(...rowErrors);
      continue;
    }
    const row = parsed.data;
    const indicator = lookup.indicators.get(row.indikator.toLowerCase());
    if (!indicator) {
      errors.push({ line: record.line, code: "indicator", text: row.indikator.slice(0, 40) });
      continue;
    }
    const period = normalisePeriod(indicator.periodKind, row.periode);
    if (!period) rowErrors.push({ line: record.line, code: "period", text: row.periode.slice(0, 20) });
    let areaId: string | null = null;
    let partyId: string | null = null;
    const unit = row.eining.toLowerCase();
    if (indicator.level === "HELSEFELLESSKAP") {
      if (unit) rowErrors.push({ line: record.line, code: "unitNotAllowed", text: row.eining.slice(0, 40) });
    } else if (!unit) rowErrors.push({ line: record.line, code: "unitRequired" });
    else if (indicator.level === "AREA") {
      areaId = lookup.areas.get(unit) ?? null;
      if (!areaId) rowErrors.push({ line: record.line, code: "unit", text: row.eining.slice(0, 40) });
    } else {
      partyId = lookup.municipalities.get(unit) ?? null;
      if (!partyId) rowErrors.push({ line: record.line, code: "unit", text: row.eining.slice(0, 40) });
    }
    if (rowErrors.length || !period) {
      errors.push(...rowErrors);
      continue;
    }
    const scopeKey = areaId ?? partyId ?? "";
    const key = `${indicator.id}|${period}|${scopeKey}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line: record.line, code: "duplicate", other: first });
      continue;
    }
    seen.set(key, record.line);
    good.push({ line: record.line, indicatorId: indicator.id, period, scopeKey, areaId, partyId, value: row.verdi, numerator: row.teljar, denominator: row.nemnar });
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows: good };
}
