import "server-only";
// Writes of the action plan editors. Callers (actions.ts) authorize and validate first. Every write is audited in its
// transaction, refreshes the measure's search entry in the same transaction (so search never disagrees with the
// page), and expires the public cache right after. Edits are guarded by the row's version: a stale form matches
// nothing and gets CONFLICT, overwriting nothing.
import { prisma } from "@/lib/db/client";
import { measureStatusEvent } from "@/lib/follow/events";
import { alertFollowers } from "@/lib/follow/mutations";
import { toDateOrNull } from "@/lib/editors/form";
import { auditIn, isUniqueViolation } from "@/lib/editors/mutations";
import { revalidatePublic } from "@/lib/public-cache";
import { refreshSearchEntries } from "@/lib/search/mutations";
import { priorityGroupsNotValidIn } from "@/lib/structure/data";
import type {
  CreateMeasureValues,
  CreatePlanValues,
  DecisionLinkValues,
  StatusUpdateValues,
  UpdateMeasureValues,
  UpdatePlanValues,
} from "./schema";

export type WriteResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; error: "CONFLICT" | "NOT_FOUND" | "INVALID"; fieldErrors?: Record<string, "taken" | "invalid" | "groupNotInYear"> };

const revalidatePlan = () => revalidatePublic(["action-plan", "search"]);

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/**
 * The chosen priority groups must be valid in the year of the plan the measure belongs to (issue 20 item 3: the
 * group of Meld. St. 9 (2023–2024) from the 2024 plan, not before). Groups the measure already has are kept.
 */
async function groupsError(tx: Tx, v: CreateMeasureValues, kept: readonly string[] = []): Promise<WriteResult | null> {
  const part = await tx.actionPlanPart.findUnique({ where: { id: v.partId }, select: { plan: { select: { year: true } } } });
  if (!part) return { ok: false, error: "INVALID", fieldErrors: { partId: "invalid" } };
  const invalid = (await priorityGroupsNotValidIn(v.priorityGroups, part.plan.year, tx)).filter((c) => !kept.includes(c));
  return invalid.length ? { ok: false, error: "INVALID", fieldErrors: { priorityGroups: "groupNotInYear" } } : null;
}

function planData(v: Omit<CreatePlanValues, "year">) {
  return {
    title: v.title,
    titleNb: v.titleNb || null,
    adoptedOn: toDateOrNull(v.adoptedOn),
    adoptedByBodyId: v.adoptedByBodyId || null,
  };
}

export async function createPlan(actorId: string, v: CreatePlanValues): Promise<WriteResult<{ year: number }>> {
  try {
    await prisma.$transaction(async (tx) => {
      const plan = await tx.actionPlan.create({
        data: {
          year: v.year,
          ...planData(v),
          parts: {
            create: [
              { number: 1, title: v.part1Title, titleNb: v.part1TitleNb || null },
              { number: 2, title: v.part2Title, titleNb: v.part2TitleNb || null },
            ],
          },
        },
        select: { id: true },
      });
      await auditIn(tx, { actorId, action: "actionPlan.create", entityType: "ActionPlan", entityId: plan.id, after: { year: v.year, title: v.title } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "INVALID", fieldErrors: { year: "taken" } };
    throw error;
  }
  revalidatePlan();
  return { ok: true, year: v.year };
}

export async function updatePlan(actorId: string, v: UpdatePlanValues): Promise<WriteResult<{ year: number }>> {
  const result = await prisma.$transaction(async (tx): Promise<WriteResult<{ year: number }>> => {
    const before = await tx.actionPlan.findUnique({ where: { id: v.planId }, select: { year: true, title: true, version: true } });
    if (!before) return { ok: false, error: "NOT_FOUND" };
    const updated = await tx.actionPlan.updateMany({ where: { id: v.planId, version: v.version }, data: { ...planData(v), version: { increment: 1 } } });
    if (updated.count === 0) return { ok: false, error: "CONFLICT" };
    for (const [number, title, titleNb] of [
      [1, v.part1Title, v.part1TitleNb],
      [2, v.part2Title, v.part2TitleNb],
    ] as const) {
      await tx.actionPlanPart.upsert({
        where: { planId_number: { planId: v.planId, number } },
        create: { planId: v.planId, number, title, titleNb: titleNb || null },
        update: { title, titleNb: titleNb || null },
      });
    }
    await auditIn(tx, {
      actorId,
      action: "actionPlan.update",
      entityType: "ActionPlan",
      entityId: v.planId,
      before: { title: before.title, version: before.version },
      after: { title: v.title, version: v.version + 1 },
    });
    return { ok: true, year: before.year };
  });
  if (result.ok) revalidatePlan();
  return result;
}

function measureData(v: CreateMeasureValues) {
  return {
    partId: v.partId,
    code: v.code,
    title: v.title,
    titleNb: v.titleNb || null,
    description: v.description || null,
    descriptionNb: v.descriptionNb || null,
    priorityGroups: [...new Set(v.priorityGroups)],
    responsibleBodyId: v.responsibleBodyId,
    ownerName: v.ownerName || null,
    deadline: toDateOrNull(v.deadline),
  };
}

export async function createMeasure(actorId: string, v: CreateMeasureValues): Promise<WriteResult<{ id: string }>> {
  try {
    const result = await prisma.$transaction(async (tx): Promise<WriteResult<{ id: string }>> => {
      const refused = await groupsError(tx, v);
      if (refused) return refused as WriteResult<{ id: string }>;
      const measure = await tx.measure.create({ data: measureData(v), select: { id: true } });
      await refreshSearchEntries(tx, [{ kind: "MEASURE", refId: measure.id }]);
      await auditIn(tx, { actorId, action: "measure.create", entityType: "Measure", entityId: measure.id, after: { code: v.code, title: v.title, partId: v.partId } });
      return { ok: true, id: measure.id };
    });
    if (result.ok) revalidatePlan();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "INVALID", fieldErrors: { code: "taken" } };
    throw error;
  }
}

export async function updateMeasure(actorId: string, v: UpdateMeasureValues): Promise<WriteResult<{ id: string }>> {
  try {
    const result = await prisma.$transaction(async (tx): Promise<WriteResult<{ id: string }>> => {
      const before = await tx.measure.findUnique({ where: { id: v.measureId }, select: { code: true, title: true, partId: true, version: true, priorityGroups: true } });
      if (!before) return { ok: false, error: "NOT_FOUND" };
      const refused = await groupsError(tx, v, before.priorityGroups);
      if (refused) return refused as WriteResult<{ id: string }>;
      const updated = await tx.measure.updateMany({ where: { id: v.measureId, version: v.version }, data: { ...measureData(v), version: { increment: 1 } } });
      if (updated.count === 0) return { ok: false, error: "CONFLICT" };
      await refreshSearchEntries(tx, [{ kind: "MEASURE", refId: v.measureId }]);
      await auditIn(tx, {
        actorId,
        action: "measure.update",
        entityType: "Measure",
        entityId: v.measureId,
        before: { code: before.code, title: before.title, partId: before.partId, version: before.version },
        after: { code: v.code, title: v.title, partId: v.partId, version: v.version + 1 },
      });
      return { ok: true, id: v.measureId };
    });
    if (result.ok) revalidatePlan();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "INVALID", fieldErrors: { code: "taken" } };
    throw error;
  }
}

/** A status report: the measure's current status, progress and note change, and the report is kept in its history. */
export async function recordStatus(actorId: string, v: StatusUpdateValues, now: Date = new Date()): Promise<WriteResult<{ id: string }>> {
  const result = await prisma.$transaction(async (tx): Promise<WriteResult<{ id: string }>> => {
    const before = await tx.measure.findUnique({ where: { id: v.measureId }, select: { status: true, progress: true, version: true } });
    if (!before) return { ok: false, error: "NOT_FOUND" };
    const updated = await tx.measure.updateMany({
      where: { id: v.measureId, version: v.version },
      data: { status: v.status, progress: v.progress, statusNote: v.note || null, version: { increment: 1 } },
    });
    if (updated.count === 0) return { ok: false, error: "CONFLICT" };
    const report = await tx.measureStatusUpdate.create({ data: { measureId: v.measureId, status: v.status, progress: v.progress, note: v.note || null, at: now, byId: actorId }, select: { id: true } });
    // The measure's followers (issue 16.5), in this transaction.
    const measure = await tx.measure.findUniqueOrThrow({ where: { id: v.measureId }, select: { id: true, title: true, titleNb: true, status: true } });
    await alertFollowers(tx, measureStatusEvent(measure, report.id));
    await refreshSearchEntries(tx, [{ kind: "MEASURE", refId: v.measureId }]);
    await auditIn(tx, {
      actorId,
      action: "measure.status",
      entityType: "Measure",
      entityId: v.measureId,
      before: { status: before.status, progress: before.progress, version: before.version },
      after: { status: v.status, progress: v.progress, version: v.version + 1 },
    });
    return { ok: true, id: v.measureId };
  });
  if (result.ok) revalidatePlan();
  return result;
}

/** Links an existing decision to the measure (idempotent: linking twice changes nothing). */
export async function linkDecision(actorId: string, v: DecisionLinkValues): Promise<WriteResult<{ id: string }>> {
  const result = await prisma.$transaction(async (tx): Promise<WriteResult<{ id: string }>> => {
    const [measure, decision] = await Promise.all([
      tx.measure.findUnique({ where: { id: v.measureId }, select: { id: true } }),
      tx.decision.findUnique({ where: { id: v.decisionId }, select: { id: true } }),
    ]);
    if (!measure) return { ok: false, error: "NOT_FOUND" };
    if (!decision) return { ok: false, error: "INVALID", fieldErrors: { decisionId: "invalid" } };
    await tx.decisionMeasure.upsert({
      where: { decisionId_measureId: { decisionId: v.decisionId, measureId: v.measureId } },
      create: { decisionId: v.decisionId, measureId: v.measureId },
      update: {},
    });
    await auditIn(tx, { actorId, action: "measure.linkDecision", entityType: "Measure", entityId: v.measureId, after: { decisionId: v.decisionId } });
    return { ok: true, id: v.measureId };
  });
  if (result.ok) revalidatePublic(["action-plan", "meetings"]);
  return result;
}

export async function unlinkDecision(actorId: string, v: DecisionLinkValues): Promise<WriteResult<{ id: string }>> {
  const result = await prisma.$transaction(async (tx): Promise<WriteResult<{ id: string }>> => {
    const removed = await tx.decisionMeasure.deleteMany({ where: { decisionId: v.decisionId, measureId: v.measureId } });
    if (removed.count === 0) return { ok: false, error: "NOT_FOUND" };
    await auditIn(tx, { actorId, action: "measure.unlinkDecision", entityType: "Measure", entityId: v.measureId, before: { decisionId: v.decisionId } });
    return { ok: true, id: v.measureId };
  });
  if (result.ok) revalidatePublic(["action-plan", "meetings"]);
  return result;
}

