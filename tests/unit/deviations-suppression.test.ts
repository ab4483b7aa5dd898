// Complementary suppression, tested as a property over many random small tables: whatever the overview shows (the
// totals, the month series, the breakdowns, the changes against last year – the same numbers the charts, tables,
// printable report, CSV and PDF write), no "<5" or hidden cell can be worked out from the shown numbers, neither
// exactly (shown totals minus shown cells, any linear combination) nor by bounds ("<5" means 1–4).
import { describe, expect, it } from "vitest";
import { buildOverview, type DeviationCountRow, type Overview, type OverviewRow, type Shown } from "@/lib/deviations/overview";
import { DEVIATION_CATEGORIES } from "@/lib/domain/vocabulary";
import { mulberry32 } from "../../scripts/lib/seeded-random";

const YEAR = 2026;

function randomRows(rand: () => number): { rows: DeviationCountRow[]; end: number } {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  // Few categories, pairs and clauses and sometimes many rows: small cells next to large ones, the hard cases.
  const categories = DEVIATION_CATEGORIES.slice(0, 1 + Math.floor(rand() * 4));
  const pairs = [["a", "b"], ["b", "a"], ["c", "b"], ["a", "d"]].slice(0, 1 + Math.floor(rand() * 4));
  const clauses: [string | null, string | null][] = [["ta5", "§ 6.2"], ["ta2", null], [null, null]];
  const n = Math.floor(rand() * (rand() < 0.5 ? 12 : 45));
  const months = 1 + Math.floor(rand() * 12);
  const rows = Array.from({ length: n }, () => {
    const [reportingPartyId, concernedPartyId] = pick(pairs) as [string, string];
    const [agreementId, clause] = pick(clauses);
    return {
      areaId: "x",
      month: new Date(Date.UTC(rand() < 0.5 ? YEAR : YEAR - 1, Math.floor(rand() * months), 1)),
      category: pick(categories),
      reportingPartyId,
      concernedPartyId,
      agreementId,
      clause,
    };
  });
  return { rows, end: 1 + Math.floor(rand() * 12) };
}

// ── The reader's view: every published cell, with its true value and what is shown ──

type Side = "current" | "previous";
type Published = { id: string; truth: number; shown: Shown };
type Equation = { total: Published; cells: Published[] }; // Σ cells = total

function readerView(overview: Overview, rows: DeviationCountRow[]) {
  const end = overview.periodEndMonth;
  const sides: Side[] = ["current", "previous"];
  const equations: Equation[] = [];
  const free: Published[] = [];
  for (const side of sides) {
    const y = side === "current" ? overview.year : overview.year - 1;
    const inYear = rows.filter((r) => r.month.getUTCFullYear() === y);
    const inPeriod = inYear.filter((r) => r.month.getUTCMonth() + 1 <= end);
    const cell = (id: string, row: OverviewRow, truth: number): Published => ({ id: `${side}:${id}`, truth, shown: row[side] });
    const total = cell("total", overview.total, inPeriod.length);
    const months = overview.byMonth.map((r) =>
      cell(`month:${r.key}`, r, inYear.filter((x) => x.month.getUTCMonth() + 1 === Number(r.key)).length),
    );
    equations.push({ total, cells: months.slice(0, end) });
    free.push(...months.slice(end));
    const breakdown = (name: string, rs: OverviewRow[], keyOf: (r: DeviationCountRow) => string) =>
      equations.push({ total, cells: rs.map((r) => cell(`${name}:${r.key}`, r, inPeriod.filter((x) => keyOf(x) === r.key).length)) });
    breakdown("category", overview.byCategory, (r) => r.category);
    breakdown("pair", overview.byPartyPair, (r) => `${r.reportingPartyId}>${r.concernedPartyId}`);
    breakdown("clause", overview.byClause, (r) => `${r.agreementId ?? ""}|${(r.clause ?? "").trim()}`);
  }
  return { equations, free };
}

/** Is unknown `target` determined by the equations (e_target in the row space, after substituting shown cells)? */
function linearlyDerivable(equations: Equation[], unknowns: string[], target: string): boolean {
  const index = new Map(unknowns.map((u, i) => [u, i]));
  const matrix = equations.map((eq) => {
    const row = new Array<number>(unknowns.length).fill(0);
    for (const c of eq.cells) if (c.shown.kind !== "count") row[index.get(c.id)!]! += 1;
    if (eq.total.shown.kind !== "count") row[index.get(eq.total.id)!]! -= 1;
    return row;
  });
  const rank = (rows: number[][]) => {
    const m = rows.map((r) => [...r]);
    let r = 0;
    for (let col = 0; col < unknowns.length && r < m.length; col++) {
      const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[col]!) > 1e-9);
      if (pivot < 0) continue;
      [m[r], m[pivot]] = [m[pivot]!, m[r]!];
      for (let i = 0; i < m.length; i++) {
        if (i === r) continue;
        const f = m[i]![col]! / m[r]![col]!;
        if (f !== 0) m[i] = m[i]!.map((v, j) => v - f * m[r]![j]!);
      }
      r++;
    }
    return r;
  };
  const unit = unknowns.map((u) => (u === target ? 1 : 0));
  return rank(matrix) === rank([...matrix, unit]);
}

/** The values a hidden/"<5" cell can take given everything shown, by trying every total (bounded) – at most 2. */
function feasibleCounts(equations: Equation[], side: Side): Map<string, Set<number>> {
  const mine = equations.filter((e) => e.total.id.startsWith(side));
  const total = mine[0]!.total;
  const cap = 200;
  const bounds = (c: Published, allHidden: boolean): [number, number] =>
    c.shown.kind === "count" ? [c.shown.value, c.shown.value] : c.shown.kind === "suppressed" ? [1, 4] : [allHidden ? 0 : 5, cap];
  const seen = new Map<string, Set<number>>();
  const note = (id: string, v: number) => seen.set(id, (seen.get(id) ?? new Set()).add(v));
  const [tlo, thi] = bounds(total, false);
  for (let t = tlo; t <= thi; t++) {
    const perGroup = mine.map((eq) => {
      const allHidden = eq.cells.length > 0 && eq.cells.every((c) => c.shown.kind === "hidden");
      const b = eq.cells.map((c) => bounds(c, allHidden));
      const lo = b.reduce((s, x) => s + x[0], 0);
      const hi = b.reduce((s, x) => s + x[1], 0);
      return { eq, b, ok: lo <= t && t <= hi, lo, hi };
    });
    if (!perGroup.every((g) => g.ok)) continue;
    if (total.shown.kind !== "count") note(total.id, t);
    for (const { eq, b, lo, hi } of perGroup) {
      eq.cells.forEach((c, i) => {
        if (c.shown.kind === "count") return;
        const [clo, chi] = b[i]!;
        // The others can make any sum in [lo − clo, hi − chi]; v is feasible if t − v is in it.
        for (let v = Math.max(clo, t - (hi - chi)); v <= Math.min(chi, t - (lo - clo)) && (seen.get(c.id)?.size ?? 0) < 2; v++) note(c.id, v);
      });
    }
  }
  return seen;
}

describe("complementary suppression (property: random small tables)", () => {
  const cases = Array.from({ length: 600 }, (_, seed) => {
    const { rows, end } = randomRows(mulberry32(seed + 1));
    return { seed, rows, end, overview: buildOverview(rows, YEAR, end) };
  });

  it("shows true counts, \"<5\" only for 1–4, and a change only between two shown counts", () => {
    for (const { overview, rows } of cases) {
      const { equations, free } = readerView(overview, rows);
      for (const c of [...equations.flatMap((e) => [e.total, ...e.cells]), ...free]) {
        if (c.shown.kind === "count") expect(c.shown.value).toBe(c.truth);
        if (c.shown.kind === "suppressed") expect(c.truth >= 1 && c.truth <= 4).toBe(true);
        if (c.truth >= 1 && c.truth <= 4) expect(c.shown.kind).not.toBe("count");
      }
      for (const r of [overview.total, ...overview.byMonth, ...overview.byCategory, ...overview.byPartyPair, ...overview.byClause]) {
        if (r.change === null) continue;
        expect(r.current.kind === "count" && r.previous.kind === "count").toBe(true);
      }
    }
  });

  it("no suppressed cell equals any combination of shown totals minus shown cells", () => {
    let suppressedCells = 0;
    for (const { overview, rows, seed } of cases) {
      const { equations, free } = readerView(overview, rows);
      const all = [...new Map([...equations.flatMap((e) => [e.total, ...e.cells]), ...free].map((c) => [c.id, c])).values()];
      const unknowns = all.filter((c) => c.shown.kind !== "count").map((c) => c.id);
      for (const u of unknowns) {
        suppressedCells++;
        expect(linearlyDerivable(equations, unknowns, u), `seed ${seed}: ${u}`).toBe(false);
      }
    }
    expect(suppressedCells).toBeGreaterThan(1000); // the property was exercised
  });

  it("no suppressed cell is pinned to one value by the bounds (\"<5\" = 1–4) and the shown numbers", () => {
    for (const { overview, rows, seed } of cases) {
      const { equations } = readerView(overview, rows);
      for (const side of ["current", "previous"] as const) {
        for (const [id, values] of feasibleCounts(equations, side)) {
          expect(values.size, `seed ${seed}: ${id} can only be ${[...values].join()}`).toBeGreaterThan(1);
        }
      }
    }
  });
});

describe("complementary suppression (examples)", () => {
  const row = (month: number, pair: string, year = YEAR): DeviationCountRow => ({
    areaId: "x",
    month: new Date(Date.UTC(year, month - 1, 1)),
    category: "DISCHARGE",
    reportingPartyId: pair,
    concernedPartyId: "sjukehus",
    agreementId: null,
    clause: null,
  });

  it("one small party pair next to a shown one: the larger pair is hidden too", () => {
    const rows = [...Array.from({ length: 9 }, () => row(3, "askoy")), ...Array.from({ length: 2 }, () => row(3, "voss"))];
    const overview = buildOverview(rows, YEAR, 12);
    expect(overview.total.current).toEqual({ kind: "count", value: 11 });
    const pairs = Object.fromEntries(overview.byPartyPair.map((r) => [r.key, r.current.kind]));
    expect(pairs).toEqual({ "askoy>sjukehus": "hidden", "voss>sjukehus": "suppressed" });
  });

  it("five pairs of one deviation each under a total of 5: the total is hidden, so no pair is known to be 1", () => {
    const rows = ["a", "b", "c", "d", "e"].map((p, i) => row(1 + i, p));
    const overview = buildOverview(rows, YEAR, 12);
    expect(overview.total.current.kind).not.toBe("count");
    expect(overview.byPartyPair.every((r) => r.current.kind !== "count")).toBe(true);
  });
});
