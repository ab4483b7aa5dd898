// The deviation overview as pure functions: counts by month, category, party pair and agreement clause, this year
// against the same period of the previous year, with small counts suppressed. Pure so the numbers and the
// suppression are unit-testable; data.ts reads the rows, the pages and the CSV only display what comes out here.
import { DEVIATION_CATEGORIES, type DeviationCategory } from "@/lib/domain/vocabulary";

/** Counts from 1 to SMALL_COUNT_LIMIT − 1 are shown as "<5", so no single case can be recognised. */
export const SMALL_COUNT_LIMIT = 5;

export type Shown = { kind: "count"; value: number } | { kind: "suppressed" };

export type OverviewRow = {
  key: string;
  current: Shown;
  previous: Shown;
  /** current − previous, only when both are shown (a difference could reveal a suppressed count). */
  change: number | null;
};

export type DeviationCountRow = {
  areaId: string;
  /** First day of the month it happened (UTC date). */
  month: Date;
  category: DeviationCategory;
  reportingPartyId: string;
  concernedPartyId: string;
  agreementId: string | null;
  clause: string | null;
};

export type Overview = {
  year: number;
  /** Last month counted in both years (the current month for this year, 12 for a past year). */
  periodEndMonth: number;
  total: OverviewRow;
  byMonth: OverviewRow[];
  byCategory: OverviewRow[];
  byPartyPair: OverviewRow[];
  byClause: OverviewRow[];
};

export function suppress(count: number): Shown {
  return count > 0 && count < SMALL_COUNT_LIMIT ? { kind: "suppressed" } : { kind: "count", value: count };
}

/** "<5" or the number – the one way a count is written in pages, charts and exports. */
export function formatShown(shown: Shown): string {
  return shown.kind === "suppressed" ? `<${SMALL_COUNT_LIMIT}` : String(shown.value);
}

function row(key: string, current: number, previous: number): OverviewRow {
  const c = suppress(current);
  const p = suppress(previous);
  return { key, current: c, previous: p, change: c.kind === "count" && p.kind === "count" ? current - previous : null };
}

const yearOf = (d: Date) => d.getUTCFullYear();
const monthOf = (d: Date) => d.getUTCMonth() + 1;

export const partyPairKey = (reportingPartyId: string, concernedPartyId: string) =>
  `${reportingPartyId}>${concernedPartyId}`;
export const clauseKey = (agreementId: string | null, clause: string | null) =>
  `${agreementId ?? ""}|${(clause ?? "").trim()}`;

function countBy(rows: DeviationCountRow[], keyOf: (r: DeviationCountRow) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
  return counts;
}

/** Rows of a breakdown: largest first; suppressed rows after the shown ones, in key order (no ranking of small cells). */
function breakdown(
  current: DeviationCountRow[],
  previous: DeviationCountRow[],
  keyOf: (r: DeviationCountRow) => string,
  fixedKeys?: readonly string[],
): OverviewRow[] {
  const now = countBy(current, keyOf);
  const before = countBy(previous, keyOf);
  const keys = fixedKeys ?? [...new Set([...now.keys(), ...before.keys()])].sort();
  const rows = keys.map((key) => ({ row: row(key, now.get(key) ?? 0, before.get(key) ?? 0), n: now.get(key) ?? 0 }));
  if (fixedKeys) return rows.map((r) => r.row);
  const rank = (r: { row: OverviewRow; n: number }) => (r.row.current.kind === "count" ? r.n : 0);
  return rows
    .sort((a, b) => rank(b) - rank(a) || (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0))
    .map((r) => r.row);
}

/**
 * The overview of `year` from the registrations of `year` and `year − 1` (rows of other years are ignored).
 * Breakdowns and the total compare the same months of both years (January to `periodEndMonth`); the month chart
 * shows every month of both years.
 */
export function buildOverview(rows: DeviationCountRow[], year: number, periodEndMonth = 12): Overview {
  const end = Math.min(Math.max(periodEndMonth, 1), 12);
  const thisYear = rows.filter((r) => yearOf(r.month) === year);
  const lastYear = rows.filter((r) => yearOf(r.month) === year - 1);
  const inPeriod = (r: DeviationCountRow) => monthOf(r.month) <= end;
  const current = thisYear.filter(inPeriod);
  const previous = lastYear.filter(inPeriod);

  const perMonthNow = countBy(thisYear, (r) => String(monthOf(r.month)));
  const perMonthBefore = countBy(lastYear, (r) => String(monthOf(r.month)));

  return {
    year,
    periodEndMonth: end,
    total: row("total", current.length, previous.length),
    byMonth: Array.from({ length: 12 }, (_, i) =>
      row(String(i + 1), perMonthNow.get(String(i + 1)) ?? 0, perMonthBefore.get(String(i + 1)) ?? 0),
    ),
    byCategory: breakdown(current, previous, (r) => r.category, DEVIATION_CATEGORIES),
    byPartyPair: breakdown(current, previous, (r) => partyPairKey(r.reportingPartyId, r.concernedPartyId)),
    byClause: breakdown(current, previous, (r) => clauseKey(r.agreementId, r.clause)),
  };
}
