import "server-only";
// The yearly cost report (issue 16 item 3; the spec's economy section): the approved fee and travel claims of meetings
// held in the year, the 50/50 split between the specialist service and the municipalities, and the municipal half by
// the agreed key valid on 1 January (lib/fees/cost-share.ts says how øre are rounded so every part adds up).
import { approvedClaims, costKey, type CostKeyRow } from "./data";
import { costLines, halves, splitByKey, type FeeCostLines, type ShareRow } from "./cost-share";

export type CostReport = FeeCostLines & {
  year: number;
  claims: number;
  specialistOre: number;
  municipalOre: number;
  municipalities: ShareRow<CostKeyRow>[];
  keyIsExample: boolean;
};

export async function costReport(year: number): Promise<CostReport> {
  const [claims, key] = await Promise.all([approvedClaims(`${year}-01-01`, `${year}-12-31`), costKey(year)]);
  const lines = costLines(claims);
  const { specialistOre, municipalOre } = halves(lines.totalOre);
  return {
    year,
    claims: claims.length,
    ...lines,
    specialistOre,
    municipalOre,
    municipalities: splitByKey(municipalOre, key),
    keyIsExample: key.some((k) => k.example),
  };
}
