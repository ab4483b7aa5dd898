// The deviation overview as pure functions: counts by month, category, party pair and agreement clause, this year
// against the same period of the previous year, with small counts suppressed. Pure so the numbers and the
// suppression are unit-testable; data.ts reads the rows, the pages and the CSV only display what comes out here.
import { DEVIATION_CATEGORIES, type DeviationCategory } from "@/lib/domain/vocabulary";
import { type Locale, getTranslator } from "@/lib/i18n";
import { primary, protect, SMALL_COUNT_LIMIT, type Cell, type YearTable } from "./suppression";

export { SMALL_COUNT_LIMIT } from "./suppression";

/**
 * How a count is shown: the number; "<5" (a count from 1 to 4); or hidden – a larger count (or, in a withheld
 * breakdown, any count) held back so that no "<5" can be worked out from the other numbers (see suppression.ts).
 */
export type Shown = { kind: "count"; value: number } | { kind: "suppressed" } | { kind: "hidden" };

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

/** Primary suppression of one count on its own (tests and single numbers; tables go through buildOverview). */
export function suppress(count: number): Shown {
  return toShown(primary(count));
}

function toShown(cell: Cell): Shown {
  if (cell.state === "small") return { kind: "suppressed" };
  if (cell.state === "hidden") return { kind: "hidden" };
  return { kind: "count", value: cell.value };
}

/** "<5", the hidden marker, or the number – the one way a count is written in pages, charts and exports. */
export function formatShown(shown: Shown, lang: Locale): string {
  if (shown.kind === "suppressed") return `<${SMALL_COUNT_LIMIT}`;
  if (shown.kind === "hidden") return getTranslator(lang)("deviations.overview.hidden");
  return String(shown.value);
}

function row(key: string, current: Cell, previous: Cell): OverviewRow {
  const c = toShown(current);
  const p = toShown(previous);
  return {
    key,
    current: c,
    previous: p,
    change: c.kind === "count" && p.kind === "count" ? c.value - p.value : null,
  };
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

type Breakdown = { keys: string[]; now: Map<string, number>; before: Map<string, number> };

function breakdownCounts(
  current: DeviationCountRow[],
  previous: DeviationCountRow[],
  keyOf: (r: DeviationCountRow) => string,
  fixedKeys?: readonly string[],
): Breakdown {
  const now = countBy(current, keyOf);
  const before = countBy(previous, keyOf);
  const keys = fixedKeys ? [...fixedKeys] : [...new Set([...now.keys(), ...before.keys()])].sort();
  return { keys, now, before };
}

/** Rows of a breakdown: largest shown first; other rows after them in key order (no ranking of hidden cells). */
function breakdownRows(b: Breakdown, now: Cell[], before: Cell[], fixed: boolean): OverviewRow[] {
  const rows = b.keys.map((key, i) => {
    const c = now[i] ?? primary(0);
    return { row: row(key, c, before[i] ?? primary(0)), n: c.value };
  });
  if (fixed) return rows.map((r) => r.row);
  const rank = (r: { row: OverviewRow; n: number }) => (r.row.current.kind === "count" ? r.n : 0);
  return rows
    .sort((a, b) => rank(b) - rank(a) || (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0))
    .map((r) => r.row);
}

/**
 * The overview of `year` from the registrations of `year` and `year − 1` (rows of other years are ignored).
 * Breakdowns and the total compare the same months of both years (January to `periodEndMonth`); the month chart
 * shows every month of both years (months after the period are outside every sum, so only primary suppression).
 * Each year's total and breakdowns are then protected together (complementary suppression, suppression.ts).
 */
export function buildOverview(rows: DeviationCountRow[], year: number, periodEndMonth = 12): Overview {
  const end = Math.min(Math.max(periodEndMonth, 1), 12);
  const thisYear = rows.filter((r) => yearOf(r.month) === year);
  const lastYear = rows.filter((r) => yearOf(r.month) === year - 1);
  const inPeriod = (r: DeviationCountRow) => monthOf(r.month) <= end;
  const current = thisYear.filter(inPeriod);
  const previous = lastYear.filter(inPeriod);

  const months = Array.from({ length: 12 }, (_, i) => String(i + 1));
  const perMonth = breakdownCounts(thisYear, lastYear, (r) => String(monthOf(r.month)), months);
  const byCategory = breakdownCounts(current, previous, (r) => r.category, DEVIATION_CATEGORIES);
  const byPartyPair = breakdownCounts(current, previous, (r) => partyPairKey(r.reportingPartyId, r.concernedPartyId));
  const byClause = breakdownCounts(current, previous, (r) => clauseKey(r.agreementId, r.clause));

  // One protected table per year: the months of the period and the three breakdowns all add up to the total.
  const table = (count: number, side: "now" | "before") => {
    const cells = (b: Breakdown) => b.keys.map((k) => primary(b[side].get(k) ?? 0));
    const result = {
      total: primary(count),
      months: cells(perMonth),
      category: cells(byCategory),
      partyPair: cells(byPartyPair),
      clause: cells(byClause),
    };
    const t: YearTable = {
      total: result.total,
      groups: [result.months.slice(0, end), result.category, result.partyPair, result.clause].map((c) => ({
        cells: c,
        withheld: false,
      })),
    };
    protect(t); // changes the states of the same cell objects
    return result;
  };
  const now = table(current.length, "now");
  const before = table(previous.length, "before");

  return {
    year,
    periodEndMonth: end,
    total: row("total", now.total, before.total),
    byMonth: breakdownRows(perMonth, now.months, before.months, true),
    byCategory: breakdownRows(byCategory, now.category, before.category, true),
    byPartyPair: breakdownRows(byPartyPair, now.partyPair, before.partyPair, false),
    byClause: breakdownRows(byClause, now.clause, before.clause, false),
  };
}
