import "server-only";
// A partner's submission of a case: receipt reference, first status and route step, attachments, rate limits and
// idempotency, in one transaction. The caller (service.ts) authenticates, authorizes and validates first.
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { osloIsoDate } from "@/lib/i18n/dates";
import { enqueueMail, hasMail, type Mail } from "@/lib/mail";
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

/** The receipt mail of a case, given its reference and its private status token (lib/cases/service.ts). */
export type ReceiptMail = (facts: { reference: string; statusToken: string }) => Omit<Mail, "dedupeKey">;

/** One receipt per case, ever: a retried submission can queue a missing one but never a second. */
export const receiptKey = (caseId: string) => `case-receipt:${caseId}`;

/**
 * A retry of a submission that already went through: when its receipt is missing (a case from before the outbox, or
 * a mail purged before it was sent), a new private status link is made and the receipt queued – in this transaction.
 * The old link was only ever in that missing mail, so replacing it loses nobody's link.
 */
async function ensureReceipt(tx: Tx, caseId: string, reference: string, receipt: ReceiptMail | undefined): Promise<void> {
  if (!receipt || (await hasMail(tx, receiptKey(caseId)))) return;
  const token = randomBytes(32).toString("base64url");
  await tx.case.update({ where: { id: caseId }, data: { statusTokenHash: hash(token) } });
  await enqueueMail(tx, { ...receipt({ reference, statusToken: token }), dedupeKey: receiptKey(caseId) });
}

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
  ctx: { userId: string | null; locale: string; attachments: CheckedUpload[]; now: Date; limits?: RateLimit[]; receipt?: ReceiptMail },
): Promise<SubmittedCase> {
  const existing = await prisma.case.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, reference: true } });
  // The common retry: the case and its receipt exist – answer without taking the lock.
  if (existing && (!ctx.receipt || (await hasMail(prisma, receiptKey(existing.id))))) {
    return { rateLimited: false, caseId: existing.id, reference: existing.reference, created: false, statusToken: null };
  }
  const token = randomBytes(32).toString("base64url");
  try {
    const created = await prisma.$transaction(async (tx) => {
      // One submission at a time (the same lock as every other new case, see nextCaseReference): the idempotency
      // check, the rate limits and the next reference are read and used under it.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('saman:case-reference'))`;
      const again = await tx.case.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, reference: true } });
      if (again) {
        await ensureReceipt(tx, again.id, again.reference, ctx.receipt);
        return { rateLimited: false as const, caseId: again.id, reference: again.reference, created: false };
      }
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
      // The receipt is queued with the case (transactional outbox): no case without its receipt, never two.
      if (ctx.receipt) await enqueueMail(tx, { ...ctx.receipt({ reference, statusToken: token }), dedupeKey: receiptKey(row.id) });
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
