import "server-only";
// The body's standard saksliste (BodyStandardAgendaItem): copied onto each new meeting, and kept by the secretariat.
import { Refused, refresh, run, type Actor, type MutationResult, type Tx } from "../core/mutations";
import type { AddStandardItem, MoveStandardItem, RemoveStandardItem, UpdateStandardItem } from "../schema";

/** Copies the body's standard items onto a new (empty) meeting, in their order, as positions 1..n. */
export async function copyStandardAgenda(tx: Tx, meetingId: string, bodyId: string): Promise<number> {
  const items = await tx.bodyStandardAgendaItem.findMany({ where: { bodyId }, orderBy: { position: "asc" }, select: { kind: true, title: true, titleNb: true } });
  if (!items.length) return 0;
  await tx.agendaItem.createMany({ data: items.map((item, i) => ({ meetingId, position: i + 1, kind: item.kind, title: item.title, titleNb: item.titleNb })) });
  return items.length;
}

// ───────────── The secretariat's edits of a body's standard saksliste ─────────────

type Result = MutationResult;

/** After a committed edit, the admin pages show the new list (nothing public changes). */
async function edited<T extends MutationResult<object>>(result: Promise<T>): Promise<T> {
  const r = await result;
  if (r.ok) refresh([]);
  return r;
}

/** The body's row, locked: parallel edits of one body's standard list queue here, so positions stay 1..n. */
async function lockBody(tx: Tx, bodyId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Body" WHERE id = ${bodyId} FOR UPDATE`;
  if (!rows.length) throw new Refused("NOT_FOUND");
}

export async function addStandardItem(input: AddStandardItem, actor: Actor): Promise<MutationResult<{ itemId: string }>> {
  return edited(run(async (tx) => {
    await lockBody(tx, input.bodyId);
    const last = await tx.bodyStandardAgendaItem.aggregate({ where: { bodyId: input.bodyId }, _max: { position: true } });
    const item = await tx.bodyStandardAgendaItem.create({
      data: { bodyId: input.bodyId, position: (last._max.position ?? 0) + 1, kind: input.kind, title: input.title, titleNb: input.titleNb },
      select: { id: true },
    });
    return { itemId: item.id };
  }, (v) => ({ actorId: actor.id, action: "standardAgenda.add", entityType: "BodyStandardAgendaItem", entityId: v.itemId, after: { ...input } })),
  );
}

export async function updateStandardItem(input: UpdateStandardItem, actor: Actor): Promise<Result> {
  let before: Record<string, unknown> = {};
  return edited(run(async (tx) => {
    await lockBody(tx, input.bodyId);
    const item = await tx.bodyStandardAgendaItem.findFirst({ where: { id: input.itemId, bodyId: input.bodyId } });
    if (!item) throw new Refused("NOT_FOUND");
    before = { kind: item.kind, title: item.title, titleNb: item.titleNb };
    await tx.bodyStandardAgendaItem.update({ where: { id: item.id }, data: { kind: input.kind, title: input.title, titleNb: input.titleNb } });
    return {};
  }, () => ({ actorId: actor.id, action: "standardAgenda.update", entityType: "BodyStandardAgendaItem", entityId: input.itemId, before, after: { kind: input.kind, title: input.title, titleNb: input.titleNb } })),
  );
}

/** Swaps a line with its neighbour through a free (negative) position, as the meeting saksliste does. */
export async function moveStandardItem(input: MoveStandardItem, actor: Actor): Promise<Result> {
  return edited(run(async (tx) => {
    await lockBody(tx, input.bodyId);
    const items = await tx.bodyStandardAgendaItem.findMany({ where: { bodyId: input.bodyId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    const index = items.findIndex((i) => i.id === input.itemId);
    if (index < 0) throw new Refused("NOT_FOUND");
    const other = items[input.direction === "up" ? index - 1 : index + 1];
    if (!other) return {};
    const item = items[index]!;
    await tx.bodyStandardAgendaItem.update({ where: { id: item.id }, data: { position: -item.position } });
    await tx.bodyStandardAgendaItem.update({ where: { id: other.id }, data: { position: item.position } });
    await tx.bodyStandardAgendaItem.update({ where: { id: item.id }, data: { position: other.position } });
    return {};
  }, () => ({ actorId: actor.id, action: "standardAgenda.move", entityType: "BodyStandardAgendaItem", entityId: input.itemId, after: { direction: input.direction } })),
  );
}

export async function removeStandardItem(input: RemoveStandardItem, actor: Actor): Promise<Result> {
  let removed: Record<string, unknown> = {};
  return edited(run(async (tx) => {
    await lockBody(tx, input.bodyId);
    const item = await tx.bodyStandardAgendaItem.findFirst({ where: { id: input.itemId, bodyId: input.bodyId } });
    if (!item) throw new Refused("NOT_FOUND");
    removed = { kind: item.kind, title: item.title, position: item.position };
    await tx.bodyStandardAgendaItem.delete({ where: { id: item.id } });
    const after = await tx.bodyStandardAgendaItem.findMany({ where: { bodyId: input.bodyId, position: { gt: item.position } }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    for (const next of after) await tx.bodyStandardAgendaItem.update({ where: { id: next.id }, data: { position: next.position - 1 } });
    return {};
  }, () => ({ actorId: actor.id, action: "standardAgenda.remove", entityType: "BodyStandardAgendaItem", entityId: input.itemId, before: removed })),
  );
}
