import "server-only";
// Agenda (saksliste) writes: case items (numbered), standing items, order and removal.
import { createCaseOnAgenda } from "@/lib/cases/mutations";
import { refreshSearchEntries } from "@/lib/search/mutations";
import { canEditAgenda } from "../policy";
import type { AddCaseItem, AddStandingItem, MoveItem, RemoveItem } from "../schema";
import { ALL_PUBLIC, assertAgendaVersion, lockMeeting, refresh, Refused, run, type Actor, type MutationResult } from "../core/mutations";

export async function addCaseItem(input: AddCaseItem, actor: Actor): Promise<MutationResult<{ agendaItemId: string; caseNumber: string }>> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    await assertAgendaVersion(tx, meeting, input);
    if (!canEditAgenda(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    const placed = await createCaseOnAgenda(tx, {
      meetingId: input.meetingId,
      title: input.title,
      titleNb: input.titleNb,
      description: input.description,
      actorId: actor.id,
      actorName: actor.name,
      actorEmail: actor.email,
    });
    await tx.meeting.update({ where: { id: input.meetingId }, data: { version: { increment: 1 } } });
    await refreshSearchEntries(tx, [{ kind: "CASE", refId: placed.caseId }]);
    const body = await tx.body.findUniqueOrThrow({ where: { id: meeting.bodyId }, select: { shortName: true } });
    return { agendaItemId: placed.agendaItemId, caseId: placed.caseId, caseNumber: `${body.shortName} ${placed.caseNumber.sequence}/${placed.caseNumber.year}` };
  }, (v) => ({ actorId: actor.id, action: "agenda.addCase", entityType: "AgendaItem", entityId: v.agendaItemId, after: { title: input.title, caseNumber: v.caseNumber } }));
  if (result.ok) {
    refresh(ALL_PUBLIC);
  }
  return result;
}

export async function addStandingItem(input: AddStandingItem, actor: Actor): Promise<MutationResult<{ agendaItemId: string }>> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    await assertAgendaVersion(tx, meeting, input);
    if (!canEditAgenda(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    const last = await tx.agendaItem.aggregate({ where: { meetingId: input.meetingId }, _max: { position: true } });
    const item = await tx.agendaItem.create({
      data: { meetingId: input.meetingId, position: (last._max.position ?? 0) + 1, kind: input.kind, title: input.title, titleNb: input.titleNb },
      select: { id: true },
    });
    await tx.meeting.update({ where: { id: input.meetingId }, data: { version: { increment: 1 } } });
    return { agendaItemId: item.id };
  }, (v) => ({ actorId: actor.id, action: "agenda.addItem", entityType: "AgendaItem", entityId: v.agendaItemId, after: { kind: input.kind, title: input.title, titleNb: input.titleNb } }));
  if (result.ok) {
    refresh(["meetings"]);
  }
  return result;
}

/**
 * Swaps an item with its neighbour. Positions are unique per meeting, so the swap goes through a free position
 * (the negative of the item's own) inside the transaction.
 */
export async function moveItem(input: MoveItem, actor: Actor): Promise<MutationResult> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    await assertAgendaVersion(tx, meeting, input);
    if (!canEditAgenda(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    const items = await tx.agendaItem.findMany({ where: { meetingId: input.meetingId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    const index = items.findIndex((i) => i.id === input.itemId);
    if (index < 0) throw new Refused("NOT_FOUND");
    const other = items[input.direction === "up" ? index - 1 : index + 1];
    if (!other) return {};
    const item = items[index]!;
    await tx.agendaItem.update({ where: { id: item.id }, data: { position: -item.position } });
    await tx.agendaItem.update({ where: { id: other.id }, data: { position: item.position } });
    await tx.agendaItem.update({ where: { id: item.id }, data: { position: other.position } });
    await tx.meeting.update({ where: { id: input.meetingId }, data: { version: { increment: 1 } } });
    return {};
  }, () => ({ actorId: actor.id, action: "agenda.move", entityType: "AgendaItem", entityId: input.itemId, after: { direction: input.direction } }));
  if (result.ok) {
    refresh(["meetings"]);
  }
  return result;
}

/**
 * Removes an item without a decision. A case keeps its number (numbers are never reused): the number stays with the
 * case, only the line of the saksliste goes, and the case goes back to ASSESSING for the case desk.
 */
export async function removeItem(input: RemoveItem, actor: Actor): Promise<MutationResult> {
  let removed: Record<string, unknown> = {};
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    await assertAgendaVersion(tx, meeting, input);
    if (!canEditAgenda(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    const item = await tx.agendaItem.findFirst({
      where: { id: input.itemId, meetingId: input.meetingId },
      select: { id: true, title: true, position: true, decision: { select: { id: true } }, caseNumber: { select: { caseId: true } } },
    });
    if (!item) throw new Refused("NOT_FOUND");
    if (item.decision) throw new Refused("HAS_DECISION");
    removed = { title: item.title, position: item.position };
    await tx.agendaItem.delete({ where: { id: item.id } });
    // Close the gap so positions stay 1..n (shifting one at a time keeps the unique index satisfied).
    const after = await tx.agendaItem.findMany({ where: { meetingId: input.meetingId, position: { gt: item.position } }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    for (const next of after) await tx.agendaItem.update({ where: { id: next.id }, data: { position: next.position - 1 } });
    if (item.caseNumber) {
      const c = await tx.case.findUniqueOrThrow({ where: { id: item.caseNumber.caseId }, select: { status: true } });
      if (c.status === "SCHEDULED") {
        await tx.case.update({ where: { id: item.caseNumber.caseId }, data: { status: "ASSESSING", version: { increment: 1 } } });
        await tx.caseStatusChange.create({ data: { caseId: item.caseNumber.caseId, from: "SCHEDULED", to: "ASSESSING", byId: actor.id } });
      }
      await refreshSearchEntries(tx, [{ kind: "CASE", refId: item.caseNumber.caseId }]);
    }
    await tx.meeting.update({ where: { id: input.meetingId }, data: { version: { increment: 1 } } });
    return {};
  }, () => ({ actorId: actor.id, action: "agenda.remove", entityType: "AgendaItem", entityId: input.itemId, before: removed }));
  if (result.ok) {
    refresh(ALL_PUBLIC);
  }
  return result;
}
