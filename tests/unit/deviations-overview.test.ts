// The overview's counts, trends and small-count suppression, as pure functions.
import { describe, expect, it } from "vitest";
import { buildOverview, formatShown, suppress, type DeviationCountRow } from "@/lib/deviations/overview";

const row = (year: number, month: number, fields: Partial<DeviationCountRow> = {}): DeviationCountRow => ({
  areaId: "a",
  month: new Date(Date.UTC(year, month - 1, 1)),
  category: "DISCHARGE",
  reportingPartyId: "kommune",
  concernedPartyId: "sjukehus",
  agreementId: "ta5",
  clause: "§ 6.2",
  ...fields,
});
const times = (n: number, make: () => DeviationCountRow) => Array.from({ length: n }, make);

describe("suppress", () => {
  it("shows 0 and 5 and more, hides 1 to 4 as <5", () => {
    expect(formatShown(suppress(0), "nn")).toBe("0");
    for (const n of [1, 2, 3, 4]) expect(formatShown(suppress(n), "nb")).toBe("<5");
    expect(formatShown(suppress(5), "nn")).toBe("5");
    expect(formatShown(suppress(123), "nn")).toBe("123");
    expect(formatShown({ kind: "hidden" }, "nb")).toBe("skjult");
  });
});

describe("buildOverview", () => {
  const rows = [
    ...times(6, () => row(2026, 3)),
    ...times(2, () => row(2026, 5, { category: "REFERRAL", reportingPartyId: "sjukehus", concernedPartyId: "kommune" })),
    ...times(1, () => row(2026, 11)), // after the period end: in the month chart, not in the breakdowns
    ...times(5, () => row(2025, 3)),
    ...times(7, () => row(2025, 9, { category: "REFERRAL", clause: "§ 4.1" })),
    ...times(3, () => row(2024, 1)), // two years back: ignored
  ];
  const overview = buildOverview(rows, 2026, 10);

  it("totals the same period of both years and gives the change when both are shown", () => {
    expect(overview.total).toEqual({
      key: "total",
      current: { kind: "count", value: 8 },
      previous: { kind: "count", value: 12 },
      change: -4,
    });
  });

  it("counts every month of both years, suppressing small months", () => {
    expect(overview.byMonth).toHaveLength(12);
    // March (6) is hidden this year: otherwise total 8 − 6 would give May's "<5" away.
    expect(overview.byMonth[2]).toMatchObject({ current: { kind: "hidden" }, previous: { kind: "count", value: 5 }, change: null });
    expect(overview.byMonth[4]).toMatchObject({ current: { kind: "suppressed" }, previous: { kind: "count", value: 0 }, change: null });
    expect(overview.byMonth[10]).toMatchObject({ current: { kind: "suppressed" } });
    expect(overview.byMonth[8]).toMatchObject({ current: { kind: "count", value: 0 }, previous: { kind: "count", value: 7 } });
  });

  it("lists every category, small ones suppressed, no change shown next to a suppressed count", () => {
    const byKey = Object.fromEntries(overview.byCategory.map((r) => [r.key, r]));
    expect(overview.byCategory.map((r) => r.key)).toContain("E_MESSAGES");
    expect(byKey.DISCHARGE).toMatchObject({ current: { kind: "hidden" }, previous: { kind: "count", value: 5 }, change: null });
    expect(byKey.REFERRAL).toMatchObject({ current: { kind: "suppressed" }, previous: { kind: "count", value: 7 }, change: null });
    expect(byKey.E_MESSAGES).toMatchObject({ current: { kind: "count", value: 0 }, change: 0 });
  });

  it("counts party pairs and clauses, shown rows first", () => {
    expect(overview.byPartyPair.map((r) => [r.key, formatShown(r.current, "nn")])).toEqual([
      ["kommune>sjukehus", "skjult"],
      ["sjukehus>kommune", "<5"],
    ]);
    expect(overview.byClause.map((r) => [r.key, formatShown(r.current, "nn"), formatShown(r.previous, "nn")])).toEqual([
      ["ta5|§ 6.2", "8", "5"],
      ["ta5|§ 4.1", "0", "7"],
    ]);
  });

  it("never exposes a count from 1 to 4 anywhere", () => {
    const all = [overview.total, ...overview.byMonth, ...overview.byCategory, ...overview.byPartyPair, ...overview.byClause];
    for (const r of all) {
      for (const shown of [r.current, r.previous]) {
        if (shown.kind === "count") expect(shown.value === 0 || shown.value >= 5).toBe(true);
      }
    }
  });
});
