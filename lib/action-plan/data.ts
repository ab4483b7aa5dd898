import "server-only";
import { prisma } from "@/lib/db/client";
import type { DecisionKind, MeasureStatus } from "@/lib/domain/vocabulary";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";
import { priorityGroupCatalog } from "@/lib/structure/data";
import { groupsOfferedIn, type PriorityGroupEntry } from "@/lib/structure/priority-groups";

// The common action plan as the public sees it: every plan, its measures, a measure's history and decisions.
// Nothing here is restricted, so the same data serves every viewer.

export type MeasureSummary = {
  id: string;
  code: string;
  title: string;
  titleNb: string | null;
  status: MeasureStatus;
  progress: number;
  /** Codes of PriorityGroupDefinition (names: PlanPage.groups). */
  priorityGroups: string[];
  deadline: Date | null;
  partNumber: number;
  responsibleBody: { slug: string; name: string; nameNb: string | null; shortName: string };
};

export type PlanPage = {
  id: string;
  year: number;
  title: string;
  titleNb: string | null;
  adoptedOn: Date | null;
  parts: { number: number; title: string; titleNb: string | null }[];
  measures: MeasureSummary[];
  /** The priority groups of the plan's year and any its measures use, with their names (issue 20 item 3). */
  groups: PriorityGroupEntry[];
};

const bodySelect = { slug: true, name: true, nameNb: true, shortName: true } as const;

export const getPlanYears = cachedPublic("plan-years", [PUBLIC_TAGS.actionPlan], async (): Promise<number[]> =>
  (await prisma.actionPlan.findMany({ orderBy: { year: "desc" }, select: { year: true } })).map((p) => p.year),
);

export const getPlan = cachedPublic("plan", [PUBLIC_TAGS.actionPlan, PUBLIC_TAGS.bodies], async (year: number): Promise<PlanPage | null> => {
  const plan = await prisma.actionPlan.findUnique({
    where: { year },
    select: {
      id: true,
      year: true,
      title: true,
      titleNb: true,
      adoptedOn: true,
      parts: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          title: true,
          titleNb: true,
          measures: {
            orderBy: { code: "asc" },
            select: {
              id: true,
              code: true,
              title: true,
              titleNb: true,
              status: true,
              progress: true,
              priorityGroups: true,
              deadline: true,
              responsibleBody: { select: bodySelect },
            },
          },
        },
      },
    },
  });
  if (!plan) return null;
  const measures = plan.parts.flatMap((p) => p.measures.map((m) => ({ ...m, partNumber: p.number })));
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    titleNb: plan.titleNb,
    adoptedOn: plan.adoptedOn,
    parts: plan.parts.map((p) => ({ number: p.number, title: p.title, titleNb: p.titleNb })),
    measures,
    groups: groupsOfferedIn(await priorityGroupCatalog(), plan.year, measures.flatMap((m) => m.priorityGroups)),
  };
});

export type MeasurePage = MeasureSummary & {
  /** The measure's priority groups with their names. */
  groups: PriorityGroupEntry[];
  description: string | null;
  descriptionNb: string | null;
  ownerName: string | null;
  ownerParty: { name: string; nameNb: string | null } | null;
  statusNote: string | null;
  plan: { year: number; title: string; titleNb: string | null };
  part: { number: number; title: string; titleNb: string | null };
  history: { status: MeasureStatus; progress: number; note: string | null; at: Date }[];
  decisions: {
    id: string;
    kind: DecisionKind;
    text: string;
    textNb: string | null;
    decidedAt: Date;
    caseNumber: string | null;
    itemTitle: string;
    itemTitleNb: string | null;
    meeting: { id: string; startsAt: Date; body: { name: string; nameNb: string | null; shortName: string } };
  }[];
};

export const getMeasure = cachedPublic(
  "measure",
  [PUBLIC_TAGS.actionPlan, PUBLIC_TAGS.meetings],
  async (id: string): Promise<MeasurePage | null> => {
    const m = await prisma.measure.findUnique({
      where: { id },
      select: {
        id: true,
        code: true,
        title: true,
        titleNb: true,
        description: true,
        descriptionNb: true,
        status: true,
        progress: true,
        priorityGroups: true,
        deadline: true,
        ownerName: true,
        statusNote: true,
        ownerParty: { select: { name: true, nameNb: true } },
        responsibleBody: { select: bodySelect },
        part: {
          select: { number: true, title: true, titleNb: true, plan: { select: { year: true, title: true, titleNb: true } } },
        },
        statusUpdates: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { status: true, progress: true, note: true, at: true } },
        decisions: {
          select: {
            decision: {
              select: {
                id: true,
                kind: true,
                text: true,
                textNb: true,
                decidedAt: true,
                agendaItem: {
                  select: {
                    title: true,
                    titleNb: true,
                    caseNumber: { select: { year: true, sequence: true, body: { select: { shortName: true } } } },
                    meeting: {
                      select: { id: true, startsAt: true, body: { select: { name: true, nameNb: true, shortName: true } } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
    if (!m) return null;
    return {
      id: m.id,
      code: m.code,
      title: m.title,
      titleNb: m.titleNb,
      description: m.description,
      descriptionNb: m.descriptionNb,
      status: m.status,
      progress: m.progress,
      priorityGroups: m.priorityGroups,
      groups: (await priorityGroupCatalog()).filter((g) => m.priorityGroups.includes(g.code)),
      deadline: m.deadline,
      ownerName: m.ownerName,
      ownerParty: m.ownerParty,
      statusNote: m.statusNote,
      partNumber: m.part.number,
      responsibleBody: m.responsibleBody,
      plan: m.part.plan,
      part: { number: m.part.number, title: m.part.title, titleNb: m.part.titleNb },
      history: m.statusUpdates,
      decisions: m.decisions
        .map(({ decision: d }) => ({
          id: d.id,
          kind: d.kind,
          text: d.text,
          textNb: d.textNb,
          decidedAt: d.decidedAt,
          caseNumber: d.agendaItem.caseNumber
            ? `${d.agendaItem.caseNumber.body.shortName} ${d.agendaItem.caseNumber.sequence}/${d.agendaItem.caseNumber.year}`
            : null,
          itemTitle: d.agendaItem.title,
          itemTitleNb: d.agendaItem.titleNb,
          meeting: d.agendaItem.meeting,
        }))
        .sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime()),
    };
  },
);

/** Measure ids for the sitemap. */
export const getMeasureIds = cachedPublic("measure-ids", [PUBLIC_TAGS.actionPlan], async () =>
  prisma.measure.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true } }),
);

// ───────────── the secretariat's editors (never cached: they must show the newest row and its version) ─────────────

/** Every plan, and the year a new plan would most likely be for (the year after the newest, at least this year). */
export async function listPlansForEditor(now: Date = new Date()) {
  const plans = await prisma.actionPlan.findMany({
    orderBy: { year: "desc" },
    select: { id: true, year: true, title: true, titleNb: true, adoptedOn: true },
  });
  return { plans, nextYear: Math.max(now.getUTCFullYear(), ...plans.map((p) => p.year + 1)) };
}

export async function getPlanForEditor(year: number) {
  return prisma.actionPlan.findUnique({
    where: { year },
    select: {
      id: true,
      year: true,
      title: true,
      titleNb: true,
      adoptedOn: true,
      adoptedByBodyId: true,
      version: true,
      parts: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          title: true,
          titleNb: true,
          measures: { orderBy: { code: "asc" }, select: { id: true, code: true, title: true, titleNb: true, status: true, progress: true } },
        },
      },
    },
  });
}

export async function getMeasureForEditor(id: string) {
  return prisma.measure.findUnique({
    where: { id },
    select: {
      id: true,
      partId: true,
      code: true,
      title: true,
      titleNb: true,
      description: true,
      descriptionNb: true,
      priorityGroups: true,
      responsibleBodyId: true,
      ownerName: true,
      deadline: true,
      status: true,
      progress: true,
      statusNote: true,
      version: true,
      part: { select: { plan: { select: { year: true, parts: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true, titleNb: true } } } } } },
      statusUpdates: { orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true, status: true, progress: true, note: true, at: true } },
      decisions: { select: { decisionId: true } },
    },
  });
}

/** Bodies that can adopt a plan or own a measure. */
export async function bodyOptions() {
  return prisma.body.findMany({
    where: { closedOn: null },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, kind: true, name: true, nameNb: true, shortName: true },
  });
}

export type DecisionOption = { id: string; label: string; labelNb: string; decidedAt: Date };

/** Decisions to link a measure to, newest first (the last few hundred are plenty for a select). */
export async function decisionOptions(limit = 300): Promise<DecisionOption[]> {
  const rows = await prisma.decision.findMany({
    orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      decidedAt: true,
      agendaItem: {
        select: {
          title: true,
          titleNb: true,
          caseNumber: { select: { year: true, sequence: true, body: { select: { shortName: true } } } },
          meeting: { select: { body: { select: { shortName: true } } } },
        },
      },
    },
  });
  return rows.map((d) => {
    const n = d.agendaItem.caseNumber;
    const prefix = n ? `${n.body.shortName} ${n.sequence}/${n.year}` : d.agendaItem.meeting.body.shortName;
    return { id: d.id, decidedAt: d.decidedAt, label: `${prefix}: ${d.agendaItem.title}`, labelNb: `${prefix}: ${d.agendaItem.titleNb ?? d.agendaItem.title}` };
  });
}

/** The decisions linked to a measure, with the same labels (for the editor's list). */
export async function linkedDecisions(measureId: string): Promise<DecisionOption[]> {
  const links = await prisma.decisionMeasure.findMany({ where: { measureId }, select: { decisionId: true } });
  if (links.length === 0) return [];
  const rows = await prisma.decision.findMany({
    where: { id: { in: links.map((l) => l.decisionId) } },
    orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      decidedAt: true,
      agendaItem: {
        select: {
          title: true,
          titleNb: true,
          caseNumber: { select: { year: true, sequence: true, body: { select: { shortName: true } } } },
          meeting: { select: { body: { select: { shortName: true } } } },
        },
      },
    },
  });
  return rows.map((d) => {
    const n = d.agendaItem.caseNumber;
    const prefix = n ? `${n.body.shortName} ${n.sequence}/${n.year}` : d.agendaItem.meeting.body.shortName;
    return { id: d.id, decidedAt: d.decidedAt, label: `${prefix}: ${d.agendaItem.title}`, labelNb: `${prefix}: ${d.agendaItem.titleNb ?? d.agendaItem.title}` };
  });
}
