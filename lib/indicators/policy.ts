// Indicators (styringsinformasjon, issue 21 item 3): levels, periods, small-count suppression and the trend. Pure:
// shared by forms, actions, data, the CSV import and tests.
import { primary, SMALL_COUNT_LIMIT } from "@/lib/deviations/suppression";

export const INDICATOR_LEVELS = ["HELSEFELLESSKAP", "AREA", "MUNICIPALITY"] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export const PERIOD_KINDS = ["YEAR", "HALF", "QUARTER", "MONTH"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The period text per kind: "2025", "2025-H1", "2025-Q3", "2025-05". Every form sorts correctly as text. */
const PERIOD_PATTERN: Record<PeriodKind, RegExp> = {
  YEAR: /^(\d{4})$/,
  HALF: /^(\d{4})-H([12])$/,
  QUARTER: /^(\d{4})-Q([1-4])$/,
  MONTH: /^(\d{4})-(0[1-9]|1[0-2])$/,
};

export const PERIOD_EXAMPLE: Record<PeriodKind, string> = { YEAR: "2025", HALF: "2025-H1", QUARTER: "2025-Q3", MONTH: "2025-05" };

/** The period in its canonical form ("2025-q3" → "2025-Q3"), or null when it is not a period of this kind. */
export function normalisePeriod(kind: PeriodKind, raw: string): string | null {
  const text = raw.trim().toUpperCase();
  const match = PERIOD_PATTERN[kind].exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1990 && year <= 2100 ? text : null;
}

/** The largest magnitude a value may have (guards against a misplaced thousands separator). */
export const VALUE_MAX = 1e9;

/** The count that decides suppression: the numerator when there is one, else the value itself. */
export function countOf(value: { value: number; numerator: number | null }): number {
  return value.numerator ?? value.value;
}

/**
 * Small counts are shown as "fewer than 5", as for deviations (lib/deviations/suppression.ts `primary`): when an
 * indicator suppresses, a count from 1 to 4 – of its numerator, or of the value itself – is never shown, nor the
 * rate computed from it. Zero is shown.
 */
export function isSuppressed(suppress: boolean, value: { value: number; numerator: number | null }): boolean {
  if (!suppress) return false;
  const count = countOf(value);
  return Number.isInteger(count) ? primary(count).state === "small" : count > 0 && count < SMALL_COUNT_LIMIT;
}

export { SMALL_COUNT_LIMIT };

export type PublicPoint = { period: string; value: number | null; numerator: number | null; denominator: number | null; suppressed: boolean };

export type Trend =
  | { kind: "none" }
  | { kind: "suppressed"; from: string; to: string }
  | { kind: "up" | "down" | "same"; from: string; to: string; before: number; after: number; change: number };

/** The change since the period before the last one with a value (a suppressed end point says so, never a number). */
export function trendOf(points: PublicPoint[]): Trend {
  const present = [...points].sort((a, b) => a.period.localeCompare(b.period));
  if (present.length < 2) return { kind: "none" };
  const last = present[present.length - 1]!;
  const prev = present[present.length - 2]!;
  if (last.suppressed || prev.suppressed || last.value === null || prev.value === null) return { kind: "suppressed", from: prev.period, to: last.period };
  const change = last.value - prev.value;
  const kind = Math.abs(change) < 1e-9 ? "same" : change > 0 ? "up" : "down";
  return { kind, from: prev.period, to: last.period, before: prev.value, after: last.value, change };
}

/** The value as Norwegian text with the indicator's decimals ("1 234,5"). */
export function formatValue(value: number, decimals: number, locale: "nn" | "nb"): string {
  return new Intl.NumberFormat(locale === "nn" ? "nn-NO" : "nb-NO", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

export const INDICATORS_PATH = "/styringsinformasjon";
export const INDICATORS_ADMIN_PATH = "/admin/indikatorar";
