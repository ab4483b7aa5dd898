// The EXAMPLE key for the municipal half of the shared costs (issue 16 item 3; the spec's economy section: "the
// municipal half by an agreed key"). Weights are rounded, illustrative inhabitant numbers – NOT the agreed key and not
// official statistics – and every row is marked `example` until the secretariat enters the agreed one.
// Deterministic ids, skipDuplicates: an entered key is never reset.
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { ids } from "./ids";

const FROM = new Date("2020-01-01T00:00:00Z");
const BASIS = "Innbyggjarar, avrunda og illustrerande (eksempel, ikkje avtalt nøkkel)";
/** Illustrative, rounded inhabitant numbers per municipality (slug). */
export const EXAMPLE_KEY: Record<string, number> = {
  bergen: 290_000,
  askoy: 30_000,
  austevoll: 5_300,
  bjornafjorden: 26_000,
  samnanger: 2_500,
  oygarden: 39_000,
  alver: 30_000,
  austrheim: 2_900,
  fedje: 500,
  gulen: 2_300,
  masfjorden: 1_700,
  modalen: 400,
  osteroy: 8_200,
  eidfjord: 900,
  kvam: 8_500,
  ulvik: 1_100,
  vaksdal: 3_900,
  voss: 16_000,
};

export async function insertCostKey(prisma: PrismaClient): Promise<number> {
  const data = Object.entries(EXAMPLE_KEY).map(([slug, weight]) => ({ id: `seed-cost-key-${slug}`, partyId: ids.party(slug), weight, basis: BASIS, validFrom: FROM, example: true }));
  const { count } = await prisma.costShareKey.createMany({ data, skipDuplicates: true });
  return count;
}
