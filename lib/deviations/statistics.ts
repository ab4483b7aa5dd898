// The PUBLIC deviation statistics of one year (issue 20 item 1, spec "Cooperation deviations": anonymised counts per
// area, agreement clause and category, and the yearly report). One pure function makes them, and both public
// outlets use it: the annual report (lib/annual-report/data.ts gatherFacts) and the open-data API
// (/api/v1/deviation-statistics). So the two can never publish two differently suppressed tables of the same year,
// which together could reveal a cell that each hides on its own.
//
// Suppression is the pages' own (./suppression.ts): a count from 1 to 4 is "<5", and complementary suppression over
// the total and the three breakdowns published here (category, area, clause – each adds up to the total) hides more
// until no "<5" can be worked out from the other numbers. Nothing but these counts leaves: never a description,
// follow-up, local project, party pair or month. The clause is typed by the registrar, so only a plain section number
// ("§ 5.2") is published as a clause; anything else counts under its agreement without a clause.
import { DEVIATION_CATEGORIES, type DeviationCategory } from "@/lib/domain/vocabulary";
import type { DeviationCountRow, Shown } from "./overview";
import { primary, protect, type Cell } from "./suppression";

export type StatisticsRow<K> = { key: K; count: Shown };
export type ClauseKey = { agreementId: string | null; clause: string | null };

export type PublicStatistics = {
  year: number;
  /** The last month counted (12 for a finished year). */
  periodEndMonth: number;
  total: Shown;
  byCategory: StatisticsRow<DeviationCategory>[];
  byArea: StatisticsRow<string>[];
  byClause: StatisticsRow<ClauseKey>[];
};

const SECTION = /^(?:§\s*)?(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)$/i;

/** "§ 5.2", "5.2" or "§5.2" → "§ 5.2"; anything else (free wording) → null. */
export function publicClause(clause: string | null): string | null {
  const match = SECTION.exec((clause ?? "").trim());
  return match ? `§ ${match[1]!.toLowerCase()}` : null;
}

const toShown = (cell: Cell): Shown =>
  cell.state === "small" ? { kind: "suppressed" } : cell.state === "hidden" ? { kind: "hidden" } : { kind: "count", value: cell.value };

function counts<K extends string>(rows: readonly DeviationCountRow[], keyOf: (r: DeviationCountRow) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const r of rows) out.set(keyOf(r), (out.get(keyOf(r)) ?? 0) + 1);
  return out;
}

/**
 * The statistics of `year` from counting rows (rows of other years, and months after `periodEndMonth`, are ignored).
 * `areaIds`: every area, in display order, so an area with no registrations shows 0 (zeros are always exact).
 */
export function buildPublicStatistics(rows: readonly DeviationCountRow[], year: number, areaIds: readonly string[], periodEndMonth = 12): PublicStatistics {
  const end = Math.min(Math.max(periodEndMonth, 0), 12);
  const counted = rows.filter((r) => r.month.getUTCFullYear() === year && r.month.getUTCMonth() + 1 <= end);

  const clauseKeyOf = (r: DeviationCountRow) => `${r.agreementId ?? ""}|${publicClause(r.clause) ?? ""}`;
  const byCategory = counts(counted, (r) => r.category);
  const byArea = counts(counted, (r) => r.areaId);
  const byClause = counts(counted, clauseKeyOf);
  const areaKeys = [...areaIds, ...[...byArea.keys()].filter((id) => !areaIds.includes(id)).sort()];
  const clauseKeys = [...byClause.keys()].sort();

  const total = primary(counted.length);
  const categoryCells = DEVIATION_CATEGORIES.map((k) => primary(byCategory.get(k) ?? 0));
  const areaCells = areaKeys.map((k) => primary(byArea.get(k) ?? 0));
  const clauseCells = clauseKeys.map((k) => primary(byClause.get(k) ?? 0));
  // One table: the three breakdowns each add up to the total (suppression.ts changes the states of these cells).
  protect({ total, groups: [categoryCells, areaCells, clauseCells].map((cells) => ({ cells, withheld: false })) });

  return {
    year,
    periodEndMonth: end,
    total: toShown(total),
    byCategory: DEVIATION_CATEGORIES.map((key, i) => ({ key, count: toShown(categoryCells[i]!) })),
    byArea: areaKeys.map((key, i) => ({ key, count: toShown(areaCells[i]!) })),
    byClause: clauseKeys.map((key, i) => {
      const [agreementId = "", clause = ""] = key.split("|");
      return { key: { agreementId: agreementId || null, clause: clause || null }, count: toShown(clauseCells[i]!) };
    }),
  };
}
