import "server-only";
// Reads of the indicators (issue 21 item 3). The public reads apply small-count suppression HERE, before anything
// leaves the server: a suppressed point carries no value, numerator or denominator at all, so neither the page
// source, the table, the SVG nor the cache can hold it. The secretariat's reads show the values as entered.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";
import type { CsvLookup } from "./csv";
import { priorityGroupCatalog } from "@/lib/structure/data";
import { isSuppressed, type IndicatorLevel, type PeriodKind, type PublicPoint } from "./policy";

type Reader = Pick<Prisma.TransactionClient, "indicator" | "area" | "party" | "measure" | "indicatorValue">;

const byName = new Intl.Collator("nn");

export type Unit = { key: string; slug: string; name: string; nameNb: string | null };

/** The units of a level, in the order the pages show them: the areas by their order, the municipalities by name. */
export async function unitsOf(level: IndicatorLevel, db: Reader = prisma): Promise<Unit[]> {
  if (level === "HELSEFELLESSKAP") return [{ key: "", slug: "", name: "Helsefellesskapet", nameNb: "Helsefellesskapet" }];
  if (level === "AREA") {
    const areas = await db.area.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, slug: true, name: true, nameNb: true } });
    return areas.map((a) => ({ key: a.id, slug: a.slug, name: a.name, nameNb: a.nameNb }));
  }
  const parties = await db.party.findMany({ where: { kind: "MUNICIPALITY" }, select: { id: true, slug: true, name: true, nameNb: true, shortName: true } });
  return parties
    .map((p) => ({ key: p.id, slug: p.slug, name: p.shortName ?? p.name, nameNb: p.shortName ?? p.nameNb }))
    .sort((a, b) => byName.compare(a.name, b.name));
}

/** What the CSV import checks rows against: the indicators by slug, the areas and municipalities by slug. */
export async function csvLookup(db: Reader = prisma): Promise<CsvLookup> {
  const [indicators, areas, parties] = await Promise.all([
    db.indicator.findMany({ select: { id: true, slug: true, level: true, periodKind: true } }),
    db.area.findMany({ select: { id: true, slug: true } }),
    db.party.findMany({ where: { kind: "MUNICIPALITY" }, select: { id: true, slug: true } }),
  ]);
  return {
    indicators: new Map(indicators.map((i) => [i.slug, { id: i.id, level: i.level, periodKind: i.periodKind }])),
    areas: new Map(areas.map((a) => [a.slug, a.id])),
    municipalities: new Map(parties.map((p) => [p.slug, p.id])),
  };
}

const LIST_SELECT = {
  id: true,
  slug: true,
  name: true,
  nameNb: true,
  definition: true,
  definitionNb: true,
  unit: true,
  unitNb: true,
  source: true,
  priorityGroup: true,
  /** The group's name from the data (issue 20 item 3). */
  group: { select: { name: true, nameNb: true } },
  level: true,
  periodKind: true,
  suppressSmallCounts: true,
  decimals: true,
  version: true,
} as const;

export type IndicatorSummary = Prisma.IndicatorGetPayload<{ select: typeof LIST_SELECT }> & { latestPeriod: string | null; values: number };

async function listIndicators(): Promise<IndicatorSummary[]> {
  const rows = await prisma.indicator.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }], select: { ...LIST_SELECT, _count: { select: { values: true } } } });
  const latest = await prisma.indicatorValue.groupBy({ by: ["indicatorId"], _max: { period: true } });
  const latestOf = new Map(latest.map((l) => [l.indicatorId, l._max.period]));
  return rows.map(({ _count, ...i }) => ({ ...i, latestPeriod: latestOf.get(i.id) ?? null, values: _count.values }));
}

/** The secretariat's list. */
export const adminIndicators = listIndicators;

/** The public list, grouped by priority group in the national plan's order (indicators across the groups last). */
export const publicIndicators = cachedPublic("indicators-list", [PUBLIC_TAGS.indicators], async () => {
  const [all, catalog] = await Promise.all([listIndicators(), priorityGroupCatalog()]);
  const groups: { group: { code: string; name: string; nameNb: string | null } | null; indicators: IndicatorSummary[] }[] = [...catalog, null].map((group) => ({
    group: group && { code: group.code, name: group.name, nameNb: group.nameNb },
    indicators: all.filter((i) => i.priorityGroup === (group?.code ?? null)),
  }));
  return groups.filter((g) => g.indicators.length > 0);
});

export type MeasureLink = { id: string; code: string; title: string; titleNb: string | null; year: number };

const MEASURE_SELECT = { id: true, code: true, title: true, titleNb: true, part: { select: { plan: { select: { year: true } } } } } as const;
const measureLink = (m: Prisma.MeasureGetPayload<{ select: typeof MEASURE_SELECT }>): MeasureLink => ({ id: m.id, code: m.code, title: m.title, titleNb: m.titleNb, year: m.part.plan.year });

export type PublicIndicator = IndicatorSummary & {
  units: Unit[];
  periods: string[];
  /** Per unit key, one point per period that has a value; suppressed points have no numbers. */
  series: Record<string, PublicPoint[]>;
  measures: MeasureLink[];
};

async function loadPublicIndicator(slug: string): Promise<PublicIndicator | null> {
  const indicator = await prisma.indicator.findUnique({
    where: { slug },
    select: { ...LIST_SELECT, measures: { select: { measure: { select: MEASURE_SELECT } } } },
  });
  if (!indicator) return null;
  const [units, values] = await Promise.all([
    unitsOf(indicator.level),
    prisma.indicatorValue.findMany({ where: { indicatorId: indicator.id }, orderBy: [{ period: "asc" }], select: { period: true, scopeKey: true, value: true, numerator: true, denominator: true } }),
  ]);
  const series: Record<string, PublicPoint[]> = {};
  for (const v of values) {
    const hidden = isSuppressed(indicator.suppressSmallCounts, v);
    (series[v.scopeKey] ??= []).push(
      hidden ? { period: v.period, value: null, numerator: null, denominator: null, suppressed: true } : { period: v.period, value: v.value, numerator: v.numerator, denominator: v.denominator, suppressed: false },
    );
  }
  const periods = [...new Set(values.map((v) => v.period))].sort();
  const { measures, ...rest } = indicator;
  return {
    ...rest,
    latestPeriod: periods[periods.length - 1] ?? null,
    values: values.length,
    units: units.filter((u) => series[u.key]?.length),
    periods,
    series,
    measures: measures.map((m) => measureLink(m.measure)).sort((a, b) => b.year - a.year || a.code.localeCompare(b.code, "nn", { numeric: true })),
  };
}

/** One indicator for its public page, suppression applied. */
export const publicIndicator = cachedPublic("indicator", [PUBLIC_TAGS.indicators], loadPublicIndicator);

/** The indicators that follow an action-plan measure (its public page links to them). */
export const indicatorsOfMeasure = cachedPublic("indicators-of-measure", [PUBLIC_TAGS.indicators], async (measureId: string) =>
  (await prisma.indicatorMeasure.findMany({ where: { measureId }, select: { indicator: { select: { slug: true, name: true, nameNb: true } } } }))
    .map((l) => l.indicator)
    .sort((a, b) => byName.compare(a.name, b.name)),
);

export type AdminIndicator = IndicatorSummary & {
  measureIds: string[];
  units: Unit[];
  rows: { id: string; period: string; scopeKey: string; value: number; numerator: number | null; denominator: number | null }[];
};

/** One indicator for the secretariat, with every value as entered (newest period first). */
export async function adminIndicator(id: string): Promise<AdminIndicator | null> {
  const indicator = await prisma.indicator.findUnique({ where: { id }, select: { ...LIST_SELECT, measures: { select: { measureId: true } } } });
  if (!indicator) return null;
  const [units, rows] = await Promise.all([
    unitsOf(indicator.level),
    prisma.indicatorValue.findMany({ where: { indicatorId: id }, orderBy: [{ period: "desc" }, { scopeKey: "asc" }], select: { id: true, period: true, scopeKey: true, value: true, numerator: true, denominator: true } }),
  ]);
  const { measures, ...rest } = indicator;
  return { ...rest, latestPeriod: rows[0]?.period ?? null, values: rows.length, measureIds: measures.map((m) => m.measureId), units, rows };
}

/** The measures an indicator may follow: those of the two newest plans. */
export async function measureOptions(): Promise<MeasureLink[]> {
  const plans = await prisma.actionPlan.findMany({ orderBy: { year: "desc" }, take: 2, select: { id: true } });
  const measures = await prisma.measure.findMany({ where: { part: { planId: { in: plans.map((p) => p.id) } } }, select: MEASURE_SELECT });
  return measures.map(measureLink).sort((a, b) => b.year - a.year || a.code.localeCompare(b.code, "nn", { numeric: true }));
}

export async function indicatorMeta(id: string, db: Reader = prisma): Promise<{ id: string; level: IndicatorLevel; periodKind: PeriodKind } | null> {
  return db.indicator.findUnique({ where: { id }, select: { id: true, level: true, periodKind: true } });
}
