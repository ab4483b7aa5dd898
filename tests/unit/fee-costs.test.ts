// The yearly cost report's arithmetic (issue 16 item 3; the spec's economy section – no rule id: shared costs 50/50
// between the specialist service and the municipalities, the municipal half by an agreed key). Rounding: the
// specialist service gets floor(total/2), the municipalities the rest; the municipal half by largest remainder – so
// the parts always add up exactly to the total, to the øre.
import { describe, expect, it } from "vitest";
import { costLines, halves, splitByKey } from "@/lib/fees/cost-share";

const sum = (xs: { ore: number }[]) => xs.reduce((s, x) => s + x.ore, 0);

describe("50/50", () => {
  it("gives an odd øre to the municipalities and always adds up", () => {
    expect(halves(1001)).toEqual({ specialistOre: 500, municipalOre: 501 });
    expect(halves(1000)).toEqual({ specialistOre: 500, municipalOre: 500 });
    expect(halves(0)).toEqual({ specialistOre: 0, municipalOre: 0 });
  });
});

describe("the municipal half by the key", () => {
  it("splits by weight and hands the left-over øre to the largest remainders", () => {
    // 100 øre in three equal parts: 33 each, the one øre left to the first (ties keep the key's order).
    const parts = splitByKey(100, [
      { partyId: "a", weight: 1 },
      { partyId: "b", weight: 1 },
      { partyId: "c", weight: 1 },
    ]);
    expect(parts.map((p) => p.ore)).toEqual([34, 33, 33]);
    // 10 øre by 1:2:7 → exact 1, 2, 7.
    expect(splitByKey(10, [{ partyId: "a", weight: 1 }, { partyId: "b", weight: 2 }, { partyId: "c", weight: 7 }]).map((p) => p.ore)).toEqual([1, 2, 7]);
    // 7 øre by 5:3:2 → 3,5 / 2,1 / 1,4: floors 3, 2, 1 (6) and the seventh øre to the largest remainder (0,5).
    expect(splitByKey(7, [{ partyId: "a", weight: 5 }, { partyId: "b", weight: 3 }, { partyId: "c", weight: 2 }]).map((p) => p.ore)).toEqual([4, 2, 1]);
  });

  it("adds up exactly for awkward totals and a realistic key (18 municipalities)", () => {
    const key = [290_000, 30_000, 5_300, 26_000, 2_500, 39_000, 30_000, 2_900, 500, 2_300, 1_700, 400, 8_200, 900, 8_500, 1_100, 3_900, 16_000].map((weight, i) => ({ partyId: `m${i}`, weight }));
    const weights = key.reduce((s, k) => s + k.weight, 0);
    for (const total of [0, 1, 17, 3456_60, 1_234_567_89, 99_999_999_99]) {
      const { specialistOre, municipalOre } = halves(total);
      const parts = splitByKey(municipalOre, key);
      expect(specialistOre + sum(parts)).toBe(total);
      // No part is more than one øre away from its exact share.
      for (const p of parts) expect(Math.abs(p.ore - (municipalOre * p.weight) / weights)).toBeLessThan(1);
    }
  });

  it("gives nothing when there is no key weight", () => {
    expect(splitByKey(100, [{ partyId: "a", weight: 0 }])).toEqual([{ partyId: "a", weight: 0, ore: 0, share: 0 }]);
  });
});

describe("fee and travel lines", () => {
  it("puts kilometres × the claim's rate and expenses under travel, the rest under fees", () => {
    const lines = costLines([
      { totalOre: 3456_60, kilometres: 42, expensesOre: 84_00, rates: { kilometreRateOre: 5_30 } },
      { totalOre: 2700_00, kilometres: 0, expensesOre: 0, rates: { kilometreRateOre: 5_30 } },
    ]);
    expect(lines).toEqual({ feesOre: 3150_00 + 2700_00, travelOre: 222_60 + 84_00, totalOre: 6156_60 });
  });
});
