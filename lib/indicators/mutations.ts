import "server-only";
// Writes of the indicators (issue 21 item 3): the indicator (optimistic version → CONFLICT), one value, and the CSV
// import – all of a validated file upserted in ONE transaction, so a fault halfway imports nothing. Every write is
// audited in its transaction and expires the public pages' cache (tag "indicators").
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { auditIn, isUniqueViolation, type Tx } from "@/lib/editors/mutations";
import { osloIsoDate } from "@/lib/i18n";
import { revalidatePublic } from "@/lib/public-cache";
import { priorityGroupsNotValidIn } from "@/lib/structure/data";
import type { CsvRow } from "./csv";
import { INDICATORS_ADMIN_PATH, INDICATORS_PATH } from "./policy";
import type { IndicatorInput } from "./schema";

export type IndicatorError = "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TAKEN" | "GROUP_NOT_IN_YEAR";

function revalidate() {
  revalidatePublic(["indicators"]);
  try {
    revalidatePath(INDICATORS_ADMIN_PATH);
    revalidatePath(INDICATORS_PATH);
  } catch {
    // Outside a Next request (tests, scripts) there is nothing to revalidate.
  }
}

/** Creates an indicator (no id) or updates one at the version the form was rendered with. */
export async function saveIndicator(actorId: string, input: IndicatorInput, now: Date = new Date()): Promise<{ ok: true; id: string } | { ok: false; error: IndicatorError }> {
  // An indicator follows a priority group valid in the year it is edited (issue 20 item 3); a group it already has
  // is kept even after the group ends.
  const year = Number(osloIsoDate(now).slice(0, 4));
  const data = {
    slug: input.slug,
    name: input.name,
    nameNb: input.nameNb || null,
    definition: input.definition,
    definitionNb: input.definitionNb || null,
    unit: input.unit,
    unitNb: input.unitNb || null,
    source: input.source,
    priorityGroup: input.priorityGroup || null,
    level: input.level,
    periodKind: input.periodKind,
    suppressSmallCounts: input.suppressSmallCounts,
    decimals: input.decimals,
  };
  try {
    const result = await prisma.$transaction(async (tx): Promise<{ ok: true; id: string } | { ok: false; error: IndicatorError }> => {
      if (input.priorityGroup) {
        const kept = input.id ? (await tx.indicator.findUnique({ where: { id: input.id }, select: { priorityGroup: true } }))?.priorityGroup : null;
        if (kept !== input.priorityGroup && (await priorityGroupsNotValidIn([input.priorityGroup], year, tx)).length > 0) return { ok: false, error: "GROUP_NOT_IN_YEAR" };
      }
      const measures = await tx.measure.findMany({ where: { id: { in: input.measureIds } }, select: { id: true } });
      let id = input.id;
      if (!id) {
        id = (await tx.indicator.create({ data, select: { id: true } })).id;
      } else {
        const before = await tx.indicator.findUnique({ where: { id }, select: { level: true, periodKind: true, _count: { select: { values: true } } } });
        if (!before) return { ok: false, error: "NOT_FOUND" };
        // Values are stored per unit of the level and in the period form of the kind: these stay once values exist.
        const fixed = before._count.values > 0 ? { level: before.level, periodKind: before.periodKind } : {};
        const updated = await tx.indicator.updateMany({ where: { id, version: input.version }, data: { ...data, ...fixed, version: { increment: 1 } } });
        if (updated.count === 0) return { ok: false, error: "CONFLICT" };
        await tx.indicatorMeasure.deleteMany({ where: { indicatorId: id } });
      }
      await tx.indicatorMeasure.createMany({ data: measures.map((m) => ({ indicatorId: id, measureId: m.id })) });
      await auditIn(tx, { actorId, action: input.id ? "indicator.update" : "indicator.create", entityType: "Indicator", entityId: id, after: { ...data, measures: measures.length } });
      return { ok: true, id };
    });
    if (result.ok) revalidate();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "TAKEN" };
    throw error;
  }
}

type ValueRow = Omit<CsvRow, "line">;

async function upsertValue(tx: Tx, actorId: string, row: ValueRow | CsvRow): Promise<void> {
  const numbers = { value: row.value, numerator: row.numerator, denominator: row.denominator, updatedById: actorId };
  await tx.indicatorValue.upsert({
    where: { indicatorId_period_scopeKey: { indicatorId: row.indicatorId, period: row.period, scopeKey: row.scopeKey } },
    create: { indicatorId: row.indicatorId, period: row.period, scopeKey: row.scopeKey, areaId: row.areaId, partyId: row.partyId, ...numbers },
    update: numbers,
  });
}

/** One value entered by hand (a value for the same period and unit is replaced). */
export async function saveValue(actorId: string, row: ValueRow): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await upsertValue(tx, actorId, row);
    await auditIn(tx, { actorId, action: "indicator.value", entityType: "Indicator", entityId: row.indicatorId, after: { period: row.period, unit: row.scopeKey || null, value: row.value, numerator: row.numerator, denominator: row.denominator } });
  });
  revalidate();
}

/** Upserts every row of a file that passed validation, in one transaction: all rows or none. */
export async function importValues(actorId: string, rows: CsvRow[], fileName: string): Promise<{ count: number; created: number }> {
  const created = await prisma.$transaction(
    async (tx) => {
      const before = await tx.indicatorValue.count();
      for (const row of rows) await upsertValue(tx, actorId, row);
      const after = await tx.indicatorValue.count();
      await auditIn(tx, { actorId, action: "indicator.import", entityType: "Indicator", entityId: "csv", after: { file: fileName || null, rows: rows.length, created: after - before } });
      return after - before;
    },
    { timeout: 60_000 },
  );
  revalidate();
  return { count: rows.length, created };
}
