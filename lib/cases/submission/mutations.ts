import "server-only";
// A partner's submission of a case: receipt reference, first status and route step, attachments, rate limits and
// idempotency, in one transaction. The caller (service.ts) authenticates, authorizes and validates first.
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { osloIsoDate } from "@/lib/i18n/dates";
import type { CheckedUpload } from "@/lib/uploads/file-check";
import type { CaseSubmissionValues } from "../schema";
import { nextCaseReference } from "../numbering/mutations";
import { revalidateCases } from "../revalidate/mutations";

type Tx = Prisma.TransactionClient;

/**
 * Attachments a partner sends are internal until a body publishes them: members of every body the case has been
 * before may read them (lib/cases/policy.ts).
 */
export const ATTACHMENT_LEGAL_BASIS = "Offl. § 14 (organinternt dokument) – innsend sak";

function hash(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

// ───────────── rate limits ─────────────

/** A sliding-window limit: at most `limit` counted actions per key in `windowMs` (keys are stored as sha256). */
export type RateLimit = { keys: string[]; limit: number; windowMs: number };

/**
 * Whether every key is still within its limit, and if so counts this action against them – the same sliding-window
 * counting as sign-in throttling (lib/auth), in its own table. Runs in the caller's transaction.
 */
export async function takeRateLimits(tx: Tx, limits: RateLimit[], now: Date): Promise<boolean> {
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
