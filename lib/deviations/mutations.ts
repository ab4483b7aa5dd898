import "server-only";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import type { DeviationValues, FollowUpValues } from "./schema";

// Writes of deviations. Callers (actions.ts) authenticate, authorize and validate first; these functions trust
// their input. The audit log records who did what – never the free text, which stays only in the registration.

/** The deviation pages read the database on every request; revalidating keeps any cached render honest. */
function revalidateDeviations(): void {
  try {
    revalidatePath("/[lang]/avvik", "layout");
  } catch (error) {
    // Outside a request (scripts, tests) there is no render cache to revalidate.
    if (!String(error).includes("static generation store missing")) throw error;
  }
}

function monthDate(month: string): Date {
  const [year, m] = month.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1, 1));
}

export async function registerDeviation(
  values: DeviationValues,
  actor: { userId: string | null },
): Promise<{ id: string }> {
  const created = await prisma.$transaction(async (tx) => {
    const deviation = await tx.deviation.create({
      data: {
        areaId: values.areaId,
        reportingPartyId: values.reportingPartyId,
        concernedPartyId: values.concernedPartyId,
        category: values.category,
        agreementId: values.agreementId || null,
        clause: values.clause || null,
        month: monthDate(values.month),
        severity: values.severity,
        description: values.description,
        registeredById: actor.userId,
      },
      select: { id: true },
    });
    await tx.auditEntry.create({
      data: {
        actorId: actor.userId,
        action: "deviation.register",
        entityType: "Deviation",
        entityId: deviation.id,
        after: { areaId: values.areaId, category: values.category, month: values.month },
      },
    });
    return deviation;
  });
  revalidateDeviations();
  return created;
}

export type FollowUpResult = { ok: true; version: number } | { ok: false; error: "CONFLICT" | "NOT_FOUND" };

/**
 * Records how a deviation was handled and the measures it fed. Optimistic concurrency: the update only happens when
 * the version is the one the user saw; otherwise someone else saved in between and the caller gets CONFLICT.
 */
export async function recordFollowUp(
  values: FollowUpValues,
  actor: { userId: string | null },
): Promise<FollowUpResult> {
  const result = await prisma.$transaction(async (tx): Promise<FollowUpResult> => {
    const updated = await tx.deviation.updateMany({
      where: { id: values.deviationId, version: values.version },
      data: {
        followUp: values.followUp,
        localProject: values.localProject || null,
        handledOn: values.handledOn ? new Date(`${values.handledOn}T00:00:00Z`) : null,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) {
      const exists = await tx.deviation.count({ where: { id: values.deviationId } });
      return { ok: false, error: exists ? "CONFLICT" : "NOT_FOUND" };
    }
    await tx.deviationMeasure.deleteMany({ where: { deviationId: values.deviationId } });
    const measureIds = [...new Set(values.measureIds)];
    if (measureIds.length > 0) {
      await tx.deviationMeasure.createMany({
        data: measureIds.map((measureId) => ({ deviationId: values.deviationId, measureId })),
      });
    }
    await tx.auditEntry.create({
      data: {
        actorId: actor.userId,
        action: "deviation.followUp",
        entityType: "Deviation",
        entityId: values.deviationId,
        after: { version: values.version + 1, measureIds, handledOn: values.handledOn || null },
      },
    });
    return { ok: true, version: values.version + 1 };
  });
  if (result.ok) revalidateDeviations();
  return result;
}
