import "server-only";
// The shared core of case writes that both the agenda builder (publishing) and the case desk use: case numbers,
// case references and placing a case on a meeting's saksliste. Callers run these inside their own transaction
// (`prisma.$transaction`), authorize first, and revalidate the public cache next to their write.
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { osloIsoDate } from "@/lib/i18n/dates";

type Tx = Prisma.TransactionClient;

export type AllocatedCaseNumber = { id: string; bodyId: string; year: number; sequence: number };

/**
 * Hands out the next case number of a body and year ("SSU 12/2026") for a case. The counter row is incremented with
 * one upsert, which takes a row lock held until the caller's transaction ends: parallel callers queue behind it and
 * never get the same number, and a number handed out in a transaction that commits is never given again (numbers
 * are never reused; a rolled-back transaction also rolls back its increment, so no gap is left either).
 */
export async function allocateCaseNumber(tx: Tx, input: { caseId: string; bodyId: string; year: number }): Promise<AllocatedCaseNumber> {
  const rows = await tx.$queryRaw<{ lastSequence: number }[]>`
    INSERT INTO "CaseNumberCounter" ("bodyId", "year", "lastSequence") VALUES (${input.bodyId}, ${input.year}, 1)
    ON CONFLICT ("bodyId", "year") DO UPDATE SET "lastSequence" = "CaseNumberCounter"."lastSequence" + 1
    RETURNING "lastSequence"`;
  const sequence = rows[0]!.lastSequence;
  const number = await tx.caseNumber.create({
    data: { caseId: input.caseId, bodyId: input.bodyId, year: input.year, sequence },
    select: { id: true },
  });
  return { id: number.id, bodyId: input.bodyId, year: input.year, sequence };
}

export type PlacedOnAgenda = { agendaItemId: string; caseNumber: AllocatedCaseNumber };

/**
 * Puts a case on a meeting's saksliste as the last item: the case gets the meeting's body's number for the meeting's
 * year (in Norwegian time), its status becomes SCHEDULED (history kept), and if it came from another body the move
 * is recorded in its route. Whether the case may be scheduled (workflow) is the caller's check; this only writes.
 */
export async function placeCaseOnAgenda(
  tx: Tx,
  input: { caseId: string; meetingId: string; title: string; titleNb?: string | null; actorId?: string | null; note?: string | null },
): Promise<PlacedOnAgenda> {
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId }, select: { bodyId: true, startsAt: true } });
  const current = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { status: true, currentBodyId: true } });
  const year = Number(osloIsoDate(meeting.startsAt).slice(0, 4));
  const caseNumber = await allocateCaseNumber(tx, { caseId: input.caseId, bodyId: meeting.bodyId, year });
  const last = await tx.agendaItem.aggregate({ where: { meetingId: input.meetingId }, _max: { position: true } });
  const item = await tx.agendaItem.create({
    data: {
      meetingId: input.meetingId,
      position: (last._max.position ?? 0) + 1,
      kind: "CASE",
      title: input.title,
      titleNb: input.titleNb ?? null,
      caseNumberId: caseNumber.id,
    },
    select: { id: true },
  });
  if (current.currentBodyId !== meeting.bodyId) {
    await tx.caseRouteStep.create({ data: { caseId: input.caseId, fromBodyId: current.currentBodyId, toBodyId: meeting.bodyId } });
  }
  await tx.case.update({
    where: { id: input.caseId },
    data: { status: "SCHEDULED", currentBodyId: meeting.bodyId, version: { increment: 1 } },
  });
  if (current.status !== "SCHEDULED") {
    await tx.caseStatusChange.create({
      data: { caseId: input.caseId, from: current.status, to: "SCHEDULED", note: input.note ?? null, byId: input.actorId ?? null },
    });
  }
  return { agendaItemId: item.id, caseNumber };
}

/**
 * The next public case reference of a year ("SAK-2026-0042"). A transaction-scoped advisory lock serialises callers,
 * so two cases created at once never get the same reference (the unique index would refuse it anyway).
 */
export async function nextCaseReference(tx: Tx, year: number): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('saman:case-reference'))`;
  const rows = await tx.$queryRaw<{ max: number | null }[]>`
    SELECT max(substring(reference FROM '^SAK-[0-9]{4}-([0-9]+)$')::int) AS max FROM "Case" WHERE reference LIKE ${`SAK-${year}-%`}`;
  const next = Number(rows[0]?.max ?? 0) + 1;
  return `SAK-${year}-${String(next).padStart(4, "0")}`;
}

/**
 * A case the secretariat raises for a body directly from the agenda builder (no submitter party), placed on the
 * meeting's saksliste at once with `placeCaseOnAgenda` (numbered per body and year, status SCHEDULED).
 */
export async function createCaseOnAgenda(
  tx: Tx,
  input: { meetingId: string; title: string; titleNb: string | null; description: string; actorId: string; actorName: string; actorEmail: string },
): Promise<PlacedOnAgenda & { caseId: string; reference: string }> {
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId }, select: { bodyId: true, startsAt: true } });
  const reference = await nextCaseReference(tx, Number(osloIsoDate(new Date()).slice(0, 4)));
  const created = await tx.case.create({
    data: {
      reference,
      title: input.title,
      description: input.description,
      targetBodyId: meeting.bodyId,
      currentBodyId: meeting.bodyId,
      contactName: input.actorName,
      contactEmail: input.actorEmail,
      submittedById: input.actorId,
      status: "RECEIVED",
      statusHistory: { create: { from: null, to: "RECEIVED", byId: input.actorId } },
    },
    select: { id: true },
  });
  const placed = await placeCaseOnAgenda(tx, { caseId: created.id, meetingId: input.meetingId, title: input.title, titleNb: input.titleNb, actorId: input.actorId });
  return { ...placed, caseId: created.id, reference };
}
