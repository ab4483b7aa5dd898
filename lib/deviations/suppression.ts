// Small-count suppression with complementary (secondary) suppression, as a pure function.
//
// Primary: a count from 1 to 4 is shown as "<5". That alone is not enough: a breakdown (months, categories, party
// pairs, clauses) adds up to the shown total, so one "<5" cell could be recovered as total − the shown cells, and
// bounds leak too (total 6 = 5 shown + one "<5" ⇒ it is 1; five "<5" cells under a total of 5 ⇒ each is 1).
//
// Model of what a reader knows about one year of one report: the total T and, for every breakdown ("group"),
// Σ cells = T. A "<5" cell lies in [1, 4], a hidden cell in [5, ∞) (only counts ≥ 5 are ever hidden as secondary
// cells; zeros are always shown), a shown cell is exact. For every suppressed cell (and T when suppressed) we compute
// the range of values consistent with everything shown; a range of one value is a disclosure. While one exists we
// hide more: the smallest shown positive cell of the group concerned; failing that the total; failing that the whole
// group is withheld (every cell hidden, zeros too – it then tells the reader nothing). Each step only adds
// suppression, so the loop ends. Groups share only T (they are marginals of different dimensions), so the ranges
// below are exact for this structure: a value is feasible iff some T makes every group feasible.

export type CellState = "shown" | "small" | "hidden";
export type Cell = { value: number; state: CellState };
export type Group = { cells: Cell[]; withheld: boolean };
export type YearTable = { total: Cell; groups: Group[] };

export const SMALL_COUNT_LIMIT = 5;

export function primary(value: number): Cell {
  return { value, state: value > 0 && value < SMALL_COUNT_LIMIT ? "small" : "shown" };
}

type Range = { lo: number; hi: number };

function bounds(cell: Cell): Range {
  if (cell.state === "shown") return { lo: cell.value, hi: cell.value };
  if (cell.state === "small") return { lo: 1, hi: SMALL_COUNT_LIMIT - 1 };
  return { lo: SMALL_COUNT_LIMIT, hi: Infinity };
}

/** The range of T a group allows: [shown + Σ lower bounds, shown + Σ upper bounds]. */
function totalRangeOf(group: Group): Range {
  let lo = 0;
  let hi = 0;
  for (const cell of group.cells) {
    const b = bounds(cell);
    lo += b.lo;
    hi += b.hi;
  }
  return { lo, hi };
}

type Disclosure = { group: number } | { group: "total" };

/** The first disclosure found: a pinned total (blamed on a group that pins it) or a pinned cell. */
export function findDisclosure(table: YearTable): Disclosure | null {
  const active = table.groups.map((g, i) => ({ g, i, r: totalRangeOf(g) })).filter(({ g }) => !g.withheld);
  const t = bounds(table.total);
  for (const { r } of active) {
    t.lo = Math.max(t.lo, r.lo);
    t.hi = Math.min(t.hi, r.hi);
  }
  if (table.total.state !== "shown" && t.lo === t.hi) {
    // Blame a group whose bound reaches the pinned value: hiding in it widens T's range.
    const culprit = active.find(({ r }) => r.lo === t.lo || r.hi === t.hi);
    return { group: culprit ? culprit.i : "total" };
  }
  for (const { g, i } of active) {
    const all = g.cells.map(bounds);
    for (const [k, cell] of g.cells.entries()) {
      if (cell.state === "shown") continue;
      const own = bounds(cell);
      let othersLo = 0;
      let othersHi = 0;
      for (const [j, b] of all.entries()) {
        if (j === k) continue;
        othersLo += b.lo;
        othersHi += b.hi;
      }
      const lo = Math.max(own.lo, t.lo - othersHi);
      const hi = Math.min(own.hi, t.hi - othersLo);
      if (lo === hi) return { group: i };
    }
  }
  return null;
}

function hideMore(table: YearTable, groupIndex: number | "total"): void {
  const group = groupIndex === "total" ? undefined : table.groups[groupIndex];
  if (group) {
    const [smallest] = group.cells
      .filter((c) => c.state === "shown" && c.value > 0)
      .sort((a, b) => a.value - b.value);
    if (smallest) {
      smallest.state = "hidden";
      return;
    }
    if (table.total.state === "shown" && table.total.value > 0) {
      table.total.state = "hidden";
      return;
    }
    group.withheld = true;
    for (const cell of group.cells) cell.state = "hidden";
    return;
  }
  // The total pinned with no group to blame cannot happen (something pins it); withhold every group to be safe.
  for (const group of table.groups) {
    group.withheld = true;
    for (const cell of group.cells) cell.state = "hidden";
  }
}

/** Adds complementary suppression to a table whose cells went through `primary`. Mutates and returns it. */
export function protect(table: YearTable): YearTable {
  const limit = 1 + table.groups.reduce((n, g) => n + g.cells.length, 0) * 2;
  for (let step = 0; step < limit; step++) {
    const disclosure = findDisclosure(table);
    if (!disclosure) return table;
    hideMore(table, disclosure.group);
  }
  for (const group of table.groups) {
    group.withheld = true;
    for (const cell of group.cells) cell.state = "hidden";
  }
  return table;
}
