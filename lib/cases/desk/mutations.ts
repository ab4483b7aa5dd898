import "server-only";
// The case desk's writes: triage fields, comments and workflow moves. Callers (service.ts) authenticate, authorize
// and validate first; these functions trust their input, check the workflow table and the version inside their
// transaction, and revalidate next to the write. Decisions go through lib/decisions/mutations.ts.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import type { CaseStatus } from "@/lib/domain/vocabulary";
import type { CommentValues, MoveValues, TriageValues } from "../schema";
import { queueStatusMail, type StatusNotice } from "../status-mail";
import { checkTransition, type CaseActor } from "../workflow";
import { placeCaseOnAgenda } from "../numbering/mutations";
import { revalidateCases } from "../revalidate/mutations";

type Tx = Prisma.TransactionClient;

export type DeskWriteError = "CONFLICT" | "NOT_FOUND" | "ILLEGAL_TRANSITION" | "INVALID";
export type DeskWriteResult = { ok: true; version: number; notice: StatusNotice | null } | { ok: false; error: DeskWriteError };

type Locked = { status: CaseStatus; currentBodyId: string; reference: string; title: string; contactEmail: string; locale: string };

/** Claims the case at the version the user saw (lost updates become CONFLICT), inside the caller's transaction. */
async function claim(tx: Tx, caseId: string, version: number): Promise<Locked | DeskWriteError> {
  const updated = await tx.case.updateMany({ where: { id: caseId, version }, data: { version: { increment: 1 } } });
  if (updated.count === 0) return (await tx.case.count({ where: { id: caseId } })) ? "CONFLICT" : "NOT_FOUND";
  return tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, currentBodyId: true, reference: true, title: true, contactEmail: true, locale: true } });
}

class Abort extends Error {
  constructor(readonly code: DeskWriteError) {
    super(code);
  }
}

async function inTransaction(run: (tx: Tx) => Promise<{ version: number; notice: StatusNotice | null }>): Promise<DeskWriteResult> {
  try {
    const result = await prisma.$transaction(async (tx) => {
      const done = await run(tx);
      // The submitter's status mail is queued in the same transaction as the change (transactional outbox).
      await queueStatusMail(tx, done.notice);
      return done;
    });
    revalidateCases();
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof Abort) return { ok: false, error: error.code };
    throw error;
  }
}

/** Assignment and priority (internal fields). */
export async function updateTriage(values: TriageValues, actorId: string): Promise<DeskWriteResult> {
  return inTransaction(async (tx) => {
    const locked = await claim(tx, values.caseId, values.version);
    if (typeof locked === "string") throw new Abort(locked);
    await tx.case.update({
      where: { id: values.caseId },
      data: { assignedToId: values.assignedToId || null, priority: values.priority ? Number(values.priority) : null },
    });
    await tx.auditEntry.create({
      data: { actorId, action: "case.triage", entityType: "Case", entityId: values.caseId, after: { assignedToId: values.assignedToId || null, priority: values.priority || null } },
    });
    return { version: values.version + 1, notice: null };
  });
}

export async function addCaseComment(values: CommentValues, actorId: string): Promise<{ ok: true } | { ok: false; error: "NOT_FOUND" }> {
  if ((await prisma.case.count({ where: { id: values.caseId } })) === 0) return { ok: false, error: "NOT_FOUND" };
  await prisma.caseComment.create({ data: { caseId: values.caseId, authorId: actorId, text: values.text } });
  await prisma.auditEntry.create({ data: { actorId, action: "case.comment", entityType: "Case", entityId: values.caseId } });
  revalidateCases();
  return { ok: true };
}

const MOVE_TARGET: Record<MoveValues["move"], CaseStatus> = {
  assess: "ASSESSING",
  schedule: "SCHEDULED",
  reject: "REJECTED",
  forward: "FORWARDED",
  decide: "DECIDED",
  disagree: "DISAGREEMENT",
  withdraw: "WITHDRAWN",
};

/**
 * One workflow move, checked against the transition table inside the transaction. Scheduling goes through the shared
 * placeCaseOnAgenda (case number of the meeting's body). Decisions (decide, disagree) are not moves of this function:
 * the desk records them through the one decision mutation (lib/decisions/mutations.ts), as the meeting admin does.
 */
export async function moveCase(
  values: MoveValues,
  ctx: { actorId: string | null; actor: CaseActor; now: Date },
): Promise<DeskWriteResult> {
  const to = MOVE_TARGET[values.move];
  return inTransaction(async (tx) => {
    if (values.move === "decide" || values.move === "disagree") throw new Abort("INVALID");
    const locked = await claim(tx, values.caseId, values.version);
    if (typeof locked === "string") throw new Abort(locked);
    if (!checkTransition(locked.status, to, ctx.actor).ok) throw new Abort("ILLEGAL_TRANSITION");
    const note: string | null = values.reason || null;
    let version = values.version + 1;
    if (values.move === "schedule") {
      await placeCaseOnAgenda(tx, { caseId: values.caseId, meetingId: values.meetingId, title: locked.title, actorId: ctx.actorId, note });
      version += 1;
    } else {
      const data: Prisma.CaseUpdateInput = { status: to };
      if (values.move === "reject") data.rejectionReason = values.reason;
      const forwardTo = values.move === "forward" ? values.bodyId : null;
      if (forwardTo && forwardTo !== locked.currentBodyId) {
        await tx.caseRouteStep.create({ data: { caseId: values.caseId, fromBodyId: locked.currentBodyId, toBodyId: forwardTo, reason: values.reason || null, at: ctx.now } });
        data.currentBody = { connect: { id: forwardTo } };
      }
      await tx.case.update({ where: { id: values.caseId }, data });
      await tx.caseStatusChange.create({ data: { caseId: values.caseId, from: locked.status, to, note, at: ctx.now, byId: ctx.actorId } });
    }
    await tx.auditEntry.create({
      data: { actorId: ctx.actorId, action: `case.${values.move}`, entityType: "Case", entityId: values.caseId, before: { status: locked.status }, after: { status: to } },
    });
    return {
      version,
      notice: { caseId: values.caseId, reference: locked.reference, title: locked.title, to, contactEmail: locked.contactEmail, locale: locked.locale, note },
    };
  });
}
