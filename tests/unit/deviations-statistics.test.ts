// The public deviation statistics (lib/deviations/statistics.ts; issue 20.1): the one table the annual report and
// /api/v1/deviation-statistics print. Tested as a property over many random years: rebuilt from what is shown and the
// true counts, the table has no disclosure left (suppression.ts findDisclosure: no "<5" or withheld cell, nor a
// hidden total, can be pinned from the shown numbers). Plus: only plain section numbers are published as clauses,
// and every area is listed.
import { describe, expect, it } from "vitest";
import type { DeviationCountRow, Shown } from "@/lib/deviations/overview";
import { buildPublicStatistics, publicClause } from "@/lib/deviations/statistics";
import { findDisclosure, type Cell, type YearTable } from "@/lib/deviations/suppression";
import { DEVIATION_CATEGORIES } from "@/lib/domain/vocabulary";
import { mulberry32 } from "../../scripts/lib/seeded-random";

const AREAS = ["bergen", "bergensregionen", "nordhordland", "voss"];

function randomRows(rand: () => number): DeviationCountRow[] {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const categories = DEVIATION_CATEGORIES.slice(0, 1 + Math.floor(rand() * 4));
  const areas = AREAS.slice(0, 1 + Math.floor(rand() * 4));
  const clauses: [string | null, string | null][] = [["ta5", "§ 6.2"], ["ta2", "fritekst om punktet"], [null, null], ["ta2", "3"]];
  const n = Math.floor(rand() * (rand() < 0.5 ? 12 : 45));
  return Array.from({ length: n }, () => {
    const [agreementId, clause] = pick(clauses);
    return { areaId: pick(areas), month: new Date(Date.UTC(2025, Math.floor(rand() * 12), 1)), category: pick(categories), reportingPartyId: "p", concernedPartyId: "q", agreementId, clause };
  });
}

const cell = (shown: Shown, value: number): Cell => ({ value, state: shown.kind === "count" ? "shown" : shown.kind === "suppressed" ? "small" : "hidden" });

describe("public deviation statistics", () => {
  it("never leaves a small count recoverable from the shown numbers (1000 random years)", () => {
    const rand = mulberry32(20261204);
    for (let run = 0; run < 1000; run++) {
      const rows = randomRows(rand);
      const s = buildPublicStatistics(rows, 2025, AREAS);
      const count = (pred: (r: DeviationCountRow) => boolean) => rows.filter(pred).length;
      const clauseOf = (r: DeviationCountRow) => `${r.agreementId ?? ""}|${publicClause(r.clause) ?? ""}`;
      const table: YearTable = {
        total: cell(s.total, rows.length),
        groups: [
          s.byCategory.map((c) => cell(c.count, count((r) => r.category === c.key))),
          s.byArea.map((a) => cell(a.count, count((r) => r.areaId === a.key))),
          s.byClause.map((c) => cell(c.count, count((r) => clauseOf(r) === `${c.key.agreementId ?? ""}|${c.key.clause ?? ""}`))),
          // Only a withheld breakdown hides a count under 5 (zeros included); elsewhere hidden means ≥ 5.
        ].map((cells) => ({ cells, withheld: cells.some((c) => c.state === "hidden" && c.value < 5) })),
      };
      expect(findDisclosure(table), JSON.stringify(s)).toBeNull();
      // A shown count is the true one; a "<5" is a count from 1 to 4.
      for (const group of table.groups) for (const c of group.cells) if (c.state === "small") expect(c.value >= 1 && c.value <= 4).toBe(true);
    }
  });

  it("publishes a clause only as a plain section number, and lists every area with 0 where none", () => {
    expect(publicClause("5.2")).toBe("§ 5.2");
    expect(publicClause(" §5.2.1a ")).toBe("§ 5.2.1a");
    expect(publicClause("Pasienten Ola på avdeling 3")).toBeNull();
    expect(publicClause(null)).toBeNull();
    const s = buildPublicStatistics([], 2025, AREAS);
    expect(s.byArea.map((a) => a.key)).toEqual(AREAS);
    expect(s.byArea.every((a) => a.count.kind === "count" && a.count.value === 0)).toBe(true);
    expect(s.total).toEqual({ kind: "count", value: 0 });
  });
});
