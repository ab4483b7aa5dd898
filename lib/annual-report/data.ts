import "server-only";
// Reads of the annual report (issue 21 item 4): the stored reports, and the facts of one year that a draft is made
// from – all counted in the database from what the portal already holds, in Europe/Oslo years.
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { getPublicStatistics } from "@/lib/deviations/data";
import type { PublicStatistics } from "@/lib/deviations/statistics";
import type { AdoptionStatus } from "@/lib/adoption/policy";
import type { MeasureStatus } from "@/lib/domain/vocabulary";
import { getTranslator } from "@/lib/i18n";
import { osloInstant } from "@/lib/i18n/oslo";
import { isSuppressed } from "@/lib/indicators/policy";
import { priorityGroupCatalog } from "@/lib/structure/data";
import { groupsOfferedIn, type PriorityGroupEntry } from "@/lib/structure/priority-groups";
import { SECTION_KEYS, type ReportLanguage, type ReportSection, type ReportStatus } from "./policy";

export type StoredReport = {
  year: number;
  status: ReportStatus;
  language: ReportLanguage;
  sections: ReportSection[];
  generatedAt: Date;
  publishedAt: Date | null;
  updatedAt: Date;
  version: number;
};

const reportSelect = { year: true, status: true, language: true, sections: true, generatedAt: true, publishedAt: true, updatedAt: true, version: true } as const;

/**
 * The stored sections, in the fixed order. A section added to Saman after the report was generated comes back with its
 * default title and an empty text, so the report can still be edited and saved.
 */
export function sectionsOf(json: Prisma.JsonValue, language: ReportLanguage): ReportSection[] {
  const stored = Array.isArray(json) ? (json as { key?: unknown; title?: unknown; body?: unknown }[]) : [];
  const titles = getTranslator(language, "annualReport.draft.titles");
  return SECTION_KEYS.map((key) => {
    const found = stored.find((s) => s && s.key === key);
    return { key, title: typeof found?.title === "string" ? found.title : titles(`${key}`), body: typeof found?.body === "string" ? found.body : "" };
  });
}

function toStored(row: Prisma.AnnualReportGetPayload<{ select: typeof reportSelect }>): StoredReport {
  const language: ReportLanguage = row.language === "nb" ? "nb" : "nn";
  return { ...row, language, sections: sectionsOf(row.sections, language) };
}

export async function getAnnualReport(year: number): Promise<StoredReport | null> {
  const row = await prisma.annualReport.findUnique({ where: { year }, select: reportSelect });
  return row ? toStored(row) : null;
}

/** Every report, newest year first (the secretariat's list). */
export async function listAnnualReports(): Promise<Omit<StoredReport, "sections">[]> {
  const rows = await prisma.annualReport.findMany({ orderBy: { year: "desc" }, select: { ...reportSelect, sections: false } });
  return rows.map((r) => ({ ...r, language: r.language === "nb" ? "nb" : "nn" }));
}

/** The published reports, newest year first (the public list). */
export async function listPublishedReports(): Promise<{ year: number; publishedAt: Date | null; language: ReportLanguage }[]> {
  const rows = await prisma.annualReport.findMany({ where: { status: "PUBLISHED" }, orderBy: { year: "desc" }, select: { year: true, publishedAt: true, language: true } });
  return rows.map((r) => ({ ...r, language: r.language === "nb" ? "nb" : "nn" }));
}

// ───────────── the facts of one year ─────────────

export type BodyFacts = {
  id: string;
  name: string;
  nameNb: string | null;
  shortName: string;
  /** S8: SSU meets at least 4 times a year. */
  minMeetingsPerYear: number | null;
  meetingsHeld: number;
  meetingsCancelled: number;
  casesReceived: number;
  casesDecided: number;
  decisions: number;
  disagreements: number;
};

export type DecisionFacts = { body: string; decidedAt: Date; title: string; titleNb: string | null; reference: string | null; disagreement: boolean };

export type MeasureFacts = { priorityGroups: string[]; status: MeasureStatus };

export type AdoptionFacts = { agreement: string; agreementNb: string | null; label: string; adoptedOn: Date; counts: Record<AdoptionStatus, number>; total: number };

/** A consultation round whose deadline fell in the year (issue 21.2). */
export type ConsultationFacts = { title: string; deadline: Date; asked: number; submitted: number; late: number; decisionLinked: boolean };

/** An indicator with values from the year (issue 21.3): small counts already suppressed (null), as on its page. */
export type IndicatorFacts = {
  slug: string;
  name: string;
  nameNb: string | null;
  unit: string;
  unitNb: string | null;
  level: "HELSEFELLESSKAP" | "AREA" | "MUNICIPALITY";
  decimals: number;
  /** The last period of the year with values. */
  period: string;
  /** The values of that period per unit (the helsefellesskap, each area, or each municipality), by unit name. */
  values: { unit: string; unitNb: string | null; value: number | null }[];
  /** The helsefellesskap's value of the same period a year before (only for that level). */
  yearBefore: number | null;
};

export type ReviewFacts = { agreement: string | null; agreementNb: string | null; reviewedOn: Date; outcome: string };

export type AnnualFacts = {
  year: number;
  bodies: BodyFacts[];
  decisions: DecisionFacts[];
  /** groups: the priority groups valid in the year (issue 20 item 3), with their names. */
  plan: { title: string; titleNb: string | null; measures: MeasureFacts[]; groups: PriorityGroupEntry[] } | null;
  /**
   * Small counts already suppressed: the report is public, so it takes the one public table of the year
   * (lib/deviations/statistics.ts), the same numbers as /api/v1/deviation-statistics.
   */
  deviations: PublicStatistics;
  adoptions: AdoptionFacts[];
  reviews: ReviewFacts[];
  consultations: ConsultationFacts[];
  indicators: IndicatorFacts[];
};

const HELD = ["HELD", "MINUTES_APPROVED", "MINUTES_PUBLISHED"] as const;

/** The decisions a report counts: on case items, in the cooperation bodies (not the secretariat), in the year. */
export const CASE_DECISIONS = (span: { gte: Date; lt: Date }) =>
  ({ decidedAt: span, agendaItem: { kind: "CASE", meeting: { body: { kind: { not: "SECRETARIAT" } } } } }) satisfies Prisma.DecisionWhereInput;

/** The instants where an Oslo year begins and ends. */
export function osloYear(year: number): { gte: Date; lt: Date } {
  return { gte: osloInstant(`${year}-01-01`, "00:00"), lt: osloInstant(`${year + 1}-01-01`, "00:00") };
}

export async function gatherFacts(year: number, now: Date = new Date()): Promise<AnnualFacts> {
  const span = osloYear(year);
  const groups = await priorityGroupCatalog();
  const [bodies, meetings, received, decisions, plan, deviations, versions, reviews] = await Promise.all([
    prisma.body.findMany({
      where: { kind: { not: "SECRETARIAT" } },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, nameNb: true, shortName: true, minMeetingsPerYear: true },
    }),
    prisma.meeting.groupBy({ by: ["bodyId", "status"], where: { startsAt: span, cancelledAt: null }, _count: { _all: true } }),
    prisma.case.groupBy({ by: ["targetBodyId"], where: { submittedAt: span }, _count: { _all: true } }),
    // Decisions on cases: the standing items (approving the notice, the action-plan status, orienteringar) are not
    // what a reader of the year looks for, and the secretariat's own meetings are not a cooperation body's.
    prisma.decision.findMany({
      where: CASE_DECISIONS(span),
      orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
      select: {
        kind: true,
        caseId: true,
        decidedAt: true,
        agendaItem: { select: { title: true, titleNb: true, caseNumber: { select: { year: true, sequence: true } }, meeting: { select: { bodyId: true } } } },
      },
    }),
    prisma.actionPlan.findUnique({
      where: { year },
      select: { title: true, titleNb: true, parts: { select: { measures: { select: { priorityGroups: true, status: true } } } } },
    }),
    getPublicStatistics(year, now),
    prisma.agreementVersion.findMany({
      where: { adoptedOn: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
      orderBy: [{ adoptedOn: "asc" }, { id: "asc" }],
      select: { label: true, adoptedOn: true, agreement: { select: { title: true, titleNb: true } }, adoptions: { select: { status: true } } },
    }),
    prisma.agreementReview.findMany({
      where: { year },
      orderBy: [{ reviewedOn: "asc" }, { id: "asc" }],
      select: { reviewedOn: true, outcome: true, agreement: { select: { title: true, titleNb: true } } },
    }),
  ]);
  // Public rounds only: a restricted round's compilation is the secretariat's, and the report is public.
  const rounds = await prisma.consultationRound.findMany({
    where: { deadline: span, isPublic: true },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    select: { title: true, deadline: true, decisionId: true, _count: { select: { parties: true } }, answers: { where: { status: "SUBMITTED" }, select: { submittedAt: true } } },
  });
  const indicators = await indicatorFacts(year);
  const cancelled = await prisma.meeting.groupBy({ by: ["bodyId"], where: { startsAt: span, cancelledAt: { not: null } }, _count: { _all: true } });
  const shortName = new Map(bodies.map((b) => [b.id, b.shortName]));

  const bodyFacts = bodies.map((b): BodyFacts => {
    const own = decisions.filter((d) => d.agendaItem.meeting.bodyId === b.id);
    return {
      ...b,
      meetingsHeld: meetings.filter((m) => m.bodyId === b.id && (HELD as readonly string[]).includes(m.status)).reduce((n, m) => n + m._count._all, 0),
      meetingsCancelled: cancelled.find((c) => c.bodyId === b.id)?._count._all ?? 0,
      casesReceived: received.find((r) => r.targetBodyId === b.id)?._count._all ?? 0,
      casesDecided: new Set(own.flatMap((d) => (d.caseId ? [d.caseId] : []))).size,
      decisions: own.length,
      disagreements: own.filter((d) => d.kind === "DISAGREEMENT").length,
    };
  });

  return {
    year,
    bodies: bodyFacts,
    decisions: decisions.map((d) => {
      const body = shortName.get(d.agendaItem.meeting.bodyId) ?? "";
      const number = d.agendaItem.caseNumber;
      return {
        body,
        decidedAt: d.decidedAt,
        title: d.agendaItem.title,
        titleNb: d.agendaItem.titleNb,
        reference: number ? `${body} ${number.sequence}/${number.year}` : null,
        disagreement: d.kind === "DISAGREEMENT",
      };
    }),
    plan: plan ? { title: plan.title, titleNb: plan.titleNb, measures: plan.parts.flatMap((p) => p.measures), groups: groupsOfferedIn(groups, year) } : null,
    deviations,
    adoptions: versions.map((v) => {
      const counts = { NOT_STARTED: 0, ON_AGENDA: 0, ADOPTED: 0, ADOPTED_WITH_RESERVATIONS: 0, DECLINED: 0 } satisfies Record<AdoptionStatus, number>;
      for (const a of v.adoptions) counts[a.status] += 1;
      return { agreement: v.agreement.title, agreementNb: v.agreement.titleNb, label: v.label, adoptedOn: v.adoptedOn!, counts, total: v.adoptions.length };
    }),
    reviews: reviews.map((r) => ({ agreement: r.agreement?.title ?? null, agreementNb: r.agreement?.titleNb ?? null, reviewedOn: r.reviewedOn, outcome: r.outcome })),
    consultations: rounds.map((r) => ({
      title: r.title,
      deadline: r.deadline,
      asked: r._count.parties,
      submitted: r.answers.length,
      late: r.answers.filter((a) => a.submittedAt !== null && a.submittedAt.getTime() > r.deadline.getTime()).length,
      decisionLinked: r.decisionId !== null,
    })),
    indicators,
  };
}

/** The indicators with values in the year: the year's last period per indicator, suppressed as on the public page. */
async function indicatorFacts(year: number): Promise<IndicatorFacts[]> {
  const rows = await prisma.indicator.findMany({
    where: { values: { some: { period: { startsWith: String(year) } } } },
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      name: true,
      nameNb: true,
      unit: true,
      unitNb: true,
      level: true,
      decimals: true,
      suppressSmallCounts: true,
      values: {
        where: { OR: [{ period: { startsWith: String(year) } }, { period: { startsWith: String(year - 1) }, scopeKey: "" }] },
        select: { period: true, scopeKey: true, value: true, numerator: true, area: { select: { name: true, nameNb: true } }, party: { select: { name: true, nameNb: true } } },
      },
    },
  });
  return rows.map((i) => {
    const shown = (v: { value: number; numerator: number | null }) => (isSuppressed(i.suppressSmallCounts, v) ? null : v.value);
    const ofYear = i.values.filter((v) => v.period.startsWith(String(year)));
    const period = ofYear.map((v) => v.period).sort().at(-1)!;
    const values = ofYear
      .filter((v) => v.period === period)
      .map((v) => ({ unit: v.area?.name ?? v.party?.name ?? "", unitNb: v.area?.nameNb ?? v.party?.nameNb ?? null, value: shown(v) }))
      .sort((a, b) => a.unit.localeCompare(b.unit, "nn"));
    const before = i.values.find((v) => v.scopeKey === "" && v.period === `${year - 1}${period.slice(4)}`);
    return {
      slug: i.slug,
      name: i.name,
      nameNb: i.nameNb,
      unit: i.unit,
      unitNb: i.unitNb,
      level: i.level,
      decimals: i.decimals,
      period,
      values,
      yearBefore: i.level === "HELSEFELLESSKAP" && before ? shown(before) : null,
    };
  });
}
