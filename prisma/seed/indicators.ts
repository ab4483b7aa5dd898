// Demo indicators (issue 21 item 3, spec: SSU develops common management information): liggedøgn for utskrivingsklare
// pasientar per municipality (yearly, small counts suppressed), reinnleggingar per area (yearly, with numerator and
// denominator) and samhandlingsavvik per quarter for the whole helsefellesskap. Deterministic (values from fixed
// formulas and the anchor year), idempotent (fixed ids, skipDuplicates: values the secretariat has since changed are
// never reset).
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { ids } from "./ids";
import { AREAS, MUNICIPALITIES } from "./structure";

export const INDICATOR_SLUGS = { discharge: "utskrivingsklare-liggedogn", readmissions: "reinnleggingar-80-ar", deviations: "samhandlingsavvik-kvartal" } as const;
export const indicatorId = (slug: string) => `seed-indicator-${slug}`;

/** Rough yearly liggedøgn per municipality at the start of the series (Bergen large, Fedje and Modalen tiny). */
const DISCHARGE_BASE: Record<string, number> = {
  bergen: 9800, askoy: 720, austevoll: 96, bjornafjorden: 610, samnanger: 38, oygarden: 880, alver: 540, austrheim: 44, fedje: 3,
  gulen: 41, masfjorden: 22, modalen: 2, osteroy: 160, eidfjord: 9, kvam: 130, ulvik: 12, vaksdal: 58, voss: 410,
};

export function buildIndicators(anchorYear: number) {
  const years = [anchorYear - 4, anchorYear - 3, anchorYear - 2, anchorYear - 1];
  const indicators = [
    {
      id: indicatorId(INDICATOR_SLUGS.discharge),
      slug: INDICATOR_SLUGS.discharge,
      name: "Liggedøgn for utskrivingsklare pasientar",
      nameNb: "Liggedøgn for utskrivningsklare pasienter",
      definition: "Talet på døgn pasientar har lege på sjukehus etter at sjukehuset har meldt dei utskrivingsklare, per kommune og år.",
      definitionNb: "Antall døgn pasienter har ligget på sykehus etter at sykehuset har meldt dem utskrivningsklare, per kommune og år.",
      unit: "liggedøgn",
      unitNb: "liggedøgn",
      source: "Helse Bergen, pasientadministrativt system (PLO-meldingar)",
      priorityGroup: "FRAIL_ELDERLY" as const,
      level: "MUNICIPALITY" as const,
      periodKind: "YEAR" as const,
      suppressSmallCounts: true,
      decimals: 0,
      sortOrder: 1,
    },
    {
      id: indicatorId(INDICATOR_SLUGS.readmissions),
      slug: INDICATOR_SLUGS.readmissions,
      name: "Reinnleggingar innan 30 dagar, 80 år og eldre",
      nameNb: "Reinnleggelser innen 30 dager, 80 år og eldre",
      definition: "Del av utskrivingane av pasientar 80 år og eldre som vart følgde av ei ny akutt innlegging innan 30 dagar, per utvalsområde og år.",
      definitionNb: "Andel av utskrivningene av pasienter 80 år og eldre som ble fulgt av en ny akutt innleggelse innen 30 dager, per utvalgsområde og år.",
      unit: "prosent",
      unitNb: "prosent",
      source: "Norsk pasientregister (NPR)",
      priorityGroup: "MULTIPLE_CHRONIC" as const,
      level: "AREA" as const,
      periodKind: "YEAR" as const,
      suppressSmallCounts: true,
      decimals: 1,
      sortOrder: 2,
    },
    {
      id: indicatorId(INDICATOR_SLUGS.deviations),
      slug: INDICATOR_SLUGS.deviations,
      name: "Samhandlingsavvik per kvartal",
      nameNb: "Samhandlingsavvik per kvartal",
      definition: "Talet på samhandlingsavvik melde mellom kommunane og spesialisthelsetenesta i helsefellesskapet, per kvartal.",
      definitionNb: "Antall samhandlingsavvik meldt mellom kommunene og spesialisthelsetjenesten i helsefellesskapet, per kvartal.",
      unit: "avvik",
      unitNb: "avvik",
      source: "Saman, avviksregisteret",
      priorityGroup: null,
      level: "HELSEFELLESSKAP" as const,
      periodKind: "QUARTER" as const,
      suppressSmallCounts: true,
      decimals: 0,
      sortOrder: 3,
    },
  ];

  const values: { id: string; indicatorId: string; period: string; scopeKey: string; areaId: string | null; partyId: string | null; value: number; numerator: number | null; denominator: number | null }[] = [];
  MUNICIPALITIES.forEach((mun, mi) => {
    years.forEach((year, yi) => {
      const base = DISCHARGE_BASE[mun.slug] ?? 50;
      // A slow fall as the joint discharge routine takes hold, with a wobble per municipality.
      const value = Math.max(1, Math.round(base * (1 - 0.07 * yi)) + (base > 50 ? ((mi * 7 + yi * 3) % 5) - 2 : 0));
      const partyId = ids.party(mun.slug);
      values.push({ id: `seed-iv-${INDICATOR_SLUGS.discharge}-${year}-${mun.slug}`, indicatorId: indicatorId(INDICATOR_SLUGS.discharge), period: String(year), scopeKey: partyId, areaId: null, partyId, value, numerator: null, denominator: null });
    });
  });
  const DISCHARGES: Record<string, number> = { bergen: 5200, bergensregionen: 2900, nordhordland: 1400, voss: 420 };
  AREAS.forEach((area, ai) => {
    years.forEach((year, yi) => {
      const denominator = (DISCHARGES[area.slug] ?? 1000) + yi * 40;
      const numerator = Math.round(denominator * (0.162 - 0.006 * yi + ai * 0.004));
      const areaId = ids.area(area.slug);
      values.push({ id: `seed-iv-${INDICATOR_SLUGS.readmissions}-${year}-${area.slug}`, indicatorId: indicatorId(INDICATOR_SLUGS.readmissions), period: String(year), scopeKey: areaId, areaId, partyId: null, value: Math.round((numerator / denominator) * 1000) / 10, numerator, denominator });
    });
  });
  // The last eight whole quarters before the anchor year's first.
  for (let q = 0; q < 8; q++) {
    const year = anchorYear - 2 + Math.floor(q / 4);
    const quarter = (q % 4) + 1;
    const value = q === 2 ? 4 : 18 + ((q * 11) % 9) - Math.floor(q / 2);
    values.push({ id: `seed-iv-${INDICATOR_SLUGS.deviations}-${year}-q${quarter}`, indicatorId: indicatorId(INDICATOR_SLUGS.deviations), period: `${year}-Q${quarter}`, scopeKey: "", areaId: null, partyId: null, value, numerator: null, denominator: null });
  }
  const links = [
    { indicatorId: indicatorId(INDICATOR_SLUGS.discharge), measureId: ids.measure(anchorYear, "1.1") },
    { indicatorId: indicatorId(INDICATOR_SLUGS.discharge), measureId: ids.measure(anchorYear, "1.2") },
    { indicatorId: indicatorId(INDICATOR_SLUGS.readmissions), measureId: ids.measure(anchorYear, "1.3") },
    { indicatorId: indicatorId(INDICATOR_SLUGS.readmissions), measureId: ids.measure(anchorYear, "2.5") },
    { indicatorId: indicatorId(INDICATOR_SLUGS.deviations), measureId: ids.measure(anchorYear, "1.4") },
  ];
  return { indicators, values, links };
}

export async function insertIndicators(prisma: PrismaClient, anchorYear: number): Promise<number> {
  const { indicators, values, links } = buildIndicators(anchorYear);
  await prisma.indicator.createMany({ data: indicators, skipDuplicates: true });
  const existing = new Set((await prisma.measure.findMany({ where: { id: { in: links.map((l) => l.measureId) } }, select: { id: true } })).map((m) => m.id));
  await prisma.indicatorMeasure.createMany({ data: links.filter((l) => existing.has(l.measureId)), skipDuplicates: true });
  const { count } = await prisma.indicatorValue.createMany({ data: values, skipDuplicates: true });
  return count;
}
