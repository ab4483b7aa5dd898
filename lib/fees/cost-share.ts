// The yearly cost report's arithmetic (issue 16 item 3; the spec's economy section, which has no rule id: "shared
// costs are split 50/50 between the specialist service and the municipalities, the municipal half by an agreed key").
// Pure and in whole øre. Rounding, so the parts always add up exactly to the total:
//  - 50/50: the specialist service gets floor(total / 2), the municipalities the rest (an odd øre goes to them);
//  - the municipal half by the key: largest remainder (Hamilton) – each party first gets floor(half × weight / sum),
//    then the øre left over go one each to the parties with the largest remainders (ties: the key's order).
// BigInt keeps half × weight exact for any realistic amount and weight.

export type KeyRow = { partyId: string; weight: number };
export type ShareRow<T extends KeyRow> = T & { ore: number; share: number };

export type FeeCostLines = { feesOre: number; travelOre: number; totalOre: number };

/** A claim's total split into the fee part (meeting and preparation time) and the travel part (km and expenses). */
export function costLines(claims: readonly { totalOre: number; kilometres: number; expensesOre: number; rates: { kilometreRateOre: number } }[]): FeeCostLines {
  let travelOre = 0;
  let totalOre = 0;
  for (const c of claims) {
    travelOre += c.kilometres * c.rates.kilometreRateOre + c.expensesOre;
    totalOre += c.totalOre;
  }
  return { feesOre: totalOre - travelOre, travelOre, totalOre };
}

/** The 50/50 split: specialist service floor(total/2), municipalities the rest. */
export function halves(totalOre: number): { specialistOre: number; municipalOre: number } {
  const specialistOre = Math.floor(totalOre / 2);
  return { specialistOre, municipalOre: totalOre - specialistOre };
}

/** Splits `amountOre` by the weights (largest remainder); the parts sum to `amountOre` exactly. */
export function splitByKey<T extends KeyRow>(amountOre: number, key: readonly T[]): ShareRow<T>[] {
  const sum = key.reduce((s, k) => s + BigInt(k.weight), 0n);
  if (sum === 0n) return key.map((k) => ({ ...k, ore: 0, share: 0 }));
  const amount = BigInt(amountOre);
  const parts = key.map((k, index) => {
    const exact = amount * BigInt(k.weight);
    return { index, ore: exact / sum, remainder: exact % sum };
  });
  let left = amount - parts.reduce((s, p) => s + p.ore, 0n);
  const order = [...parts].sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.index - b.index));
  for (const p of order) {
    if (left <= 0n) break;
    p.ore += 1n;
    left -= 1n;
  }
  return key.map((k, i) => ({ ...k, ore: Number(parts[i]!.ore), share: k.weight / Number(sum) }));
}
