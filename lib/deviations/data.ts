import "server-only";
import { prisma } from "@/lib/db/client";
import type { DeviationCategory, DeviationSeverity } from "@/lib/domain/vocabulary";
import { buildOverview, type DeviationCountRow, type Overview } from "./overview";
import { buildPublicStatistics, type PublicStatistics } from "./statistics";
import type { DeviationFacts } from "./policy";
import { formatOslo } from "@/lib/i18n/oslo";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";

// Reads for the deviation pages. Counts leave this module only through buildOverview (suppressed); single
// registrations only through listDeviations/getDeviation, which the caller authorizes with canFollowUp.

export type AreaOption = { id: string; slug: string; name: string; nameNb: string | null };
export type PartyOption = {
  id: string;
  name: string;
  nameNb: string | null;
  shortName: string | null;
  kind: string;
  /** A municipality's area, or the areas a hospital serves. */
  areaIds: string[];
};
export type AgreementOption = { id: string; title: string; titleNb: string | null };
export type MeasureOption = { id: string; code: string; title: string; titleNb: string | null; year: number };

/**
 * The OUs (with their area) and SSU: the structure the policy needs. Public structure (no per-viewer data), so it
 * is in the public data cache: the site header asks for it on every signed-in member's page (issue 18 item 2).
 */
export const getDeviationFacts = cachedPublic("deviation-facts", [PUBLIC_TAGS.bodies], async (): Promise<DeviationFacts> => {
  const bodies = await prisma.body.findMany({
    where: { kind: { in: ["AREA_COMMITTEE", "STRATEGIC_COMMITTEE"] } },
    select: { id: true, kind: true, areaId: true },
  });
  return {
    areaCommittees: bodies
      .filter((b) => b.kind === "AREA_COMMITTEE" && b.areaId !== null)
      .map((b) => ({ bodyId: b.id, areaId: b.areaId as string })),
    strategicCommitteeIds: bodies.filter((b) => b.kind === "STRATEGIC_COMMITTEE").map((b) => b.id),
  };
});

export async function getAreas(): Promise<AreaOption[]> {
  return prisma.area.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, name: true, nameNb: true },
  });
}

export async function getAreaBySlug(slug: string): Promise<AreaOption | null> {
  return prisma.area.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, nameNb: true } });
}

/** Municipalities and specialist institutions: the parties a deviation can be reported by or concern. */
export async function getParties(): Promise<PartyOption[]> {
  const rows = await prisma.party.findMany({
    where: { kind: { in: ["MUNICIPALITY", "HEALTH_TRUST", "PRIVATE_NONPROFIT_HOSPITAL"] } },
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      name: true,
      nameNb: true,
      shortName: true,
      kind: true,
      areaId: true,
      serviceAreas: { select: { areaId: true } },
    },
  });
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    nameNb: p.nameNb,
    shortName: p.shortName,
    kind: p.kind,
    areaIds: p.areaId ? [p.areaId] : p.serviceAreas.map((s) => s.areaId),
  }));
}

export async function getAgreements(): Promise<AgreementOption[]> {
  return prisma.agreement.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: { id: true, title: true, titleNb: true },
  });
}

/** Action-plan measures of `year` and the year before: what a follow-up can link to. */
export async function getMeasureOptions(year: number): Promise<MeasureOption[]> {
  const rows = await prisma.measure.findMany({
    where: { part: { plan: { year: { in: [year - 1, year] } } } },
    select: { id: true, code: true, title: true, titleNb: true, part: { select: { plan: { select: { year: true } } } } },
  });
  return rows
    .map((m) => ({ id: m.id, code: m.code, title: m.title, titleNb: m.titleNb, year: m.part.plan.year }))
    .sort((a, b) => b.year - a.year || a.code.localeCompare(b.code, "nn", { numeric: true }));
}

/** The years that have registrations, newest first (always including `thisYear`). */
export async function getDeviationYears(thisYear: number): Promise<number[]> {
  const first = await prisma.deviation.findFirst({ orderBy: { month: "asc" }, select: { month: true } });
  const from = Math.min(first?.month.getUTCFullYear() ?? thisYear, thisYear);
  return Array.from({ length: thisYear - from + 1 }, (_, i) => thisYear - i);
}

/** Registrations of `year` and `year − 1` in the given areas ("all" = the whole structure), as counting rows. */
export async function getCountRows(year: number, areaIds: readonly string[] | "all"): Promise<DeviationCountRow[]> {
  return prisma.deviation.findMany({
    where: {
      month: { gte: new Date(Date.UTC(year - 1, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
      ...(areaIds === "all" ? {} : { areaId: { in: [...areaIds] } }),
    },
    select: {
      areaId: true,
      month: true,
      category: true,
      reportingPartyId: true,
      concernedPartyId: true,
      agreementId: true,
      clause: true,
    },
  });
}

/** The last month counted: the current month (Oslo) in the current year, December for past years. */
export function periodEndMonth(year: number, now: Date): number {
  const nowYear = Number(formatOslo(now, "yyyy"));
  if (year < nowYear) return 12;
  if (year > nowYear) return 0;
  return Number(formatOslo(now, "M"));
}

export async function getOverview(
  year: number,
  areaIds: readonly string[] | "all",
  now: Date = new Date(),
): Promise<Overview> {
  return buildOverview(await getCountRows(year, areaIds), year, periodEndMonth(year, now));
}

/**
 * The public statistics of `year` (./statistics.ts): the one source of every deviation count the public sees – the
 * annual report and /api/v1/deviation-statistics. A year in progress is counted up to this month (Oslo).
 */
export async function getPublicStatistics(year: number, now: Date = new Date()): Promise<PublicStatistics> {
  const [rows, areas] = await Promise.all([getCountRows(year, "all"), getAreas()]);
  return buildPublicStatistics(rows, year, areas.map((a) => a.id), periodEndMonth(year, now));
}

/** The first year with a registration, or null when there is none. */
export async function getFirstDeviationYear(): Promise<number | null> {
  const first = await prisma.deviation.findFirst({ orderBy: { month: "asc" }, select: { month: true } });
  return first ? first.month.getUTCFullYear() : null;
}

export type DeviationListItem = {
  id: string;
  month: Date;
  category: DeviationCategory;
  severity: DeviationSeverity;
  reportingParty: string;
  concernedParty: string;
  handledOn: Date | null;
  hasFollowUp: boolean;
};

/** The single registrations of one area and year, newest first. Authorize with canFollowUp first. */
export async function listDeviations(areaId: string, year: number): Promise<DeviationListItem[]> {
  const rows = await prisma.deviation.findMany({
    where: { areaId, month: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
    orderBy: [{ month: "desc" }, { registeredAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      month: true,
      category: true,
      severity: true,
      handledOn: true,
      followUp: true,
      reportingParty: { select: { name: true } },
      concernedParty: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    month: r.month,
    category: r.category,
    severity: r.severity,
    reportingParty: r.reportingParty.name,
    concernedParty: r.concernedParty.name,
    handledOn: r.handledOn,
    hasFollowUp: r.followUp !== null && r.followUp.trim() !== "",
  }));
}

export type DeviationDetail = {
  id: string;
  areaId: string;
  area: { slug: string; name: string; nameNb: string | null };
  reportingParty: string;
  concernedParty: string;
  category: DeviationCategory;
  severity: DeviationSeverity;
  agreement: { title: string; titleNb: string | null } | null;
  clause: string | null;
  month: Date;
  description: string;
  followUp: string | null;
  localProject: string | null;
  handledOn: Date | null;
  measureIds: string[];
  version: number;
};

/** One registration. Authorize with canFollowUp(viewer, facts, detail.areaId) before showing it. */
export async function getDeviation(id: string): Promise<DeviationDetail | null> {
  const r = await prisma.deviation.findUnique({
    where: { id },
    select: {
      id: true,
      areaId: true,
      area: { select: { slug: true, name: true, nameNb: true } },
      reportingParty: { select: { name: true } },
      concernedParty: { select: { name: true } },
      category: true,
      severity: true,
      agreement: { select: { title: true, titleNb: true } },
      clause: true,
      month: true,
      description: true,
      followUp: true,
      localProject: true,
      handledOn: true,
      version: true,
      measures: { select: { measureId: true } },
    },
  });
  if (!r) return null;
  return {
    ...r,
    reportingParty: r.reportingParty.name,
    concernedParty: r.concernedParty.name,
    measureIds: r.measures.map((m) => m.measureId),
  };
}

/** Which area a deviation belongs to (for authorizing a follow-up before anything else is read). */
export async function getDeviationAreaId(id: string): Promise<string | null> {
  const r = await prisma.deviation.findUnique({ where: { id }, select: { areaId: true } });
  return r?.areaId ?? null;
}

/** Facts a registration must agree with: the parties exist, the reporting party belongs to the area, etc. */
export async function getRegistrationReferences(input: {
  areaId: string;
  reportingPartyId: string;
  concernedPartyId: string;
  agreementId: string | null;
}): Promise<{ areaExists: boolean; partiesExist: boolean; agreementExists: boolean }> {
  const [area, parties, agreement] = await Promise.all([
    prisma.area.count({ where: { id: input.areaId } }),
    prisma.party.count({
      where: {
        id: { in: [input.reportingPartyId, input.concernedPartyId] },
        kind: { in: ["MUNICIPALITY", "HEALTH_TRUST", "PRIVATE_NONPROFIT_HOSPITAL"] },
      },
    }),
    input.agreementId ? prisma.agreement.count({ where: { id: input.agreementId } }) : Promise.resolve(1),
  ]);
  return { areaExists: area === 1, partiesExist: parties === 2, agreementExists: agreement === 1 };
}

/** Measures that exist among `ids` (a follow-up may only link to real measures). */
export async function existingMeasureIds(ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.measure.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
  return rows.map((r) => r.id);
}
