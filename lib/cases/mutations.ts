import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import type { CaseStatus } from "@/lib/domain/vocabulary";
import { osloIsoDate } from "@/lib/i18n/dates";
import type { CheckedUpload } from "@/lib/uploads/file-check";
import type { StatusNotice } from "./status-mail";
import type { CommentValues, CaseSubmissionValues, MoveValues, TriageValues } from "./schema";
import { checkTransition, type CaseActor } from "./workflow";

// The shared core of case writes that both the agenda builder (publishing) and the case desk use: case numbers and
// placing a case on a meeting's saksliste. Callers run these inside their own transaction (`prisma.$transaction`),
// authorize first, and revalidate the public cache next to their write.

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

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// Added by the meetings work (issue 6, agenda builder and decisions). Small writes the meeting admin calls inside its
// own transactions; the case desk (issue 7) may call them too. Kept together at the end of the file for merging.
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

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

// ═════════════ Submission and the case desk (issue: cases) ═════════════
// Callers (service.ts) authenticate, authorize and validate first; these functions trust their input, check the
// workflow table and the version inside their transaction, and revalidate next to the write.

/** Attachments a partner sends are internal until a body publishes them: members of the target body may read them. */
export const ATTACHMENT_LEGAL_BASIS = "Offl. § 14 (organinternt dokument) – innsend sak";

function hash(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function revalidateCases(): void {
  try {
    revalidatePath("/[lang]/sak", "layout");
    revalidatePath("/[lang]/saksbehandling", "layout");
    revalidatePath("/[lang]/mine-saker", "layout");
    revalidatePath("/[lang]/mote", "layout");
  } catch (error) {
    // Outside a request (scripts, tests) there is no render cache to revalidate.
    if (!String(error).includes("static generation store missing")) throw error;
  }
}

// ───────────── rate limits ─────────────

/** A sliding-window limit: at most `limit` counted actions per key in `windowMs` (keys are stored as sha256). */
export type RateLimit = { keys: string[]; limit: number; windowMs: number };

/**
 * Whether every key is still within its limit, and if so counts this action against them – the same sliding-window
 * counting as sign-in throttling (lib/auth), in its own table. Runs in the caller's transaction.
 */
async function takeRateLimits(tx: Tx, limits: RateLimit[], now: Date): Promise<boolean> {
  for (const rule of limits) {
    const since = new Date(now.getTime() - rule.windowMs);
    for (const key of rule.keys.map(hash)) {
      if ((await tx.rateLimitHit.count({ where: { key, at: { gt: since, lte: now } } })) >= rule.limit) return false;
    }
  }
  await tx.rateLimitHit.createMany({ data: limits.flatMap((rule) => rule.keys.map((key) => ({ key: hash(key), at: now }))) });
  return true;
}

// ───────────── submission ─────────────

export type SubmittedCase =
  | { rateLimited: false; caseId: string; reference: string; created: boolean; statusToken: string | null }
  | { rateLimited: true };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Creates the case with its receipt reference ("SAK-2026-0042"), first status and route step, attachments and
 * audit entry in one transaction. Idempotent: the same idempotency key gives the same case back (created: false),
 * also when requests race: submissions queue on one advisory lock and look for the key under it (and should two
 * ever slip past it, the loser's insert hits the unique key and it reads the winner's row). The rate limits are
 * counted under the same lock, after the key check, so a retried submission never counts and never is refused.
 */
export async function submitCase(
  values: CaseSubmissionValues,
  ctx: { userId: string | null; locale: string; attachments: CheckedUpload[]; now: Date; limits?: RateLimit[] },
): Promise<SubmittedCase> {
  const existing = await prisma.case.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, reference: true } });
  if (existing) return { rateLimited: false, caseId: existing.id, reference: existing.reference, created: false, statusToken: null };
  const token = randomBytes(32).toString("base64url");
  try {
    const created = await prisma.$transaction(async (tx) => {
      // One submission at a time (the same lock as every other new case, see nextCaseReference): the idempotency
      // check, the rate limits and the next reference are read and used under it.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('saman:case-reference'))`;
      const again = await tx.case.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, reference: true } });
      if (again) return { rateLimited: false as const, caseId: again.id, reference: again.reference, created: false };
      if (ctx.limits && !(await takeRateLimits(tx, ctx.limits, ctx.now))) return null;
      const reference = await nextCaseReference(tx, Number(osloIsoDate(ctx.now).slice(0, 4)));
      const row = await tx.case.create({
        data: {
          reference,
          title: values.title,
          description: values.description,
          background: values.background || null,
          desiredOutcome: values.desiredOutcome || null,
          priorityGroups: [...new Set(values.priorityGroups)],
          status: "RECEIVED",
          targetBodyId: values.targetBodyId,
          currentBodyId: values.targetBodyId,
          submitterPartyId: values.partyId,
          contactName: values.contactName,
          contactEmail: values.contactEmail.toLowerCase(),
          submittedById: ctx.userId,
          statusTokenHash: hash(token),
          idempotencyKey: values.idempotencyKey,
          locale: ctx.locale,
          submittedAt: ctx.now,
        },
        select: { id: true },
      });
      await tx.caseStatusChange.create({ data: { caseId: row.id, from: null, to: "RECEIVED", at: ctx.now, byId: ctx.userId } });
      await tx.caseRouteStep.create({ data: { caseId: row.id, fromBodyId: null, toBodyId: values.targetBodyId, at: ctx.now } });
      for (const file of ctx.attachments) {
        await tx.document.create({
          data: {
            kind: "ATTACHMENT",
            title: file.fileName,
            visibility: "BODY_MEMBERS",
            legalBasis: ATTACHMENT_LEGAL_BASIS,
            bodyId: values.targetBodyId,
            caseId: row.id,
            versions: {
              create: {
                number: 1,
                fileName: file.fileName,
                mimeType: file.mimeType,
                size: file.size,
                sha256: file.sha256,
                uploadedById: ctx.userId,
                file: { create: { content: file.bytes } },
              },
            },
          },
        });
      }
      await tx.auditEntry.create({
        data: { actorId: ctx.userId, action: "case.submit", entityType: "Case", entityId: row.id, after: { reference, targetBodyId: values.targetBodyId, attachments: ctx.attachments.length } },
      });
      return { rateLimited: false as const, caseId: row.id, reference, created: true };
      // Submissions queue on the lock: allow for a burst (a retry storm) waiting its turn.
    }, { maxWait: 30_000, timeout: 30_000 });
    if (!created) return { rateLimited: true };
    if (created.created) revalidateCases();
    return { ...created, statusToken: created.created ? token : null };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await prisma.case.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, reference: true } });
    if (!winner) throw error;
    return { rateLimited: false, caseId: winner.id, reference: winner.reference, created: false, statusToken: null };
  }
}

// ───────────── the desk ─────────────

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
    const result = await prisma.$transaction(run);
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
