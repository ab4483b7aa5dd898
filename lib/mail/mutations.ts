import "server-only";
// Every e-mail of the portal is a row in the outbox (OutgoingEmail), written with `enqueueMail(tx, mail)` inside the
// same transaction as the change that causes it: a mail exists exactly when its change committed, and nothing is
// sent inside a request. The delivery worker (./worker.ts) sends it, retries with backoff and marks failures.
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { nudgeMailWorker } from "./nudge";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe / List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>;
  /** At most one mail per key ever (e.g. "case-receipt:<caseId>"); a second enqueue with the key is a no-op. */
  dedupeKey?: string;
};

type OutboxWriter = Pick<Prisma.TransactionClient, "outgoingEmail">;

/**
 * Queues a mail in the caller's transaction. Returns the outbox row's id (the existing row's when `dedupeKey` was
 * already used, so a retried change never queues a second copy).
 */
export async function enqueueMail(db: OutboxWriter, mail: Mail): Promise<{ id: string }> {
  const data = {
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
    headers: mail.headers ?? undefined,
    dedupeKey: mail.dedupeKey ?? null,
  };
  const row = mail.dedupeKey
    ? await db.outgoingEmail.upsert({ where: { dedupeKey: mail.dedupeKey }, create: data, update: {}, select: { id: true } })
    : await db.outgoingEmail.create({ data, select: { id: true } });
  // An optimisation only: wakes this process's worker soon after the caller's commit. The worker's poll finds the
  // mail anyway (a nudge before the commit finds nothing, and another instance may deliver it first).
  nudgeMailWorker();
  return row;
}

/** Whether a mail with this dedupe key has ever been queued (and not purged). */
export async function hasMail(db: OutboxWriter, dedupeKey: string): Promise<boolean> {
  return (await db.outgoingEmail.count({ where: { dedupeKey } })) > 0;
}

/**
 * "Send again" from /admin/utboks: the mail goes back to the queue with a fresh count of tries. Audited (the audit
 * entry names the mail's id and subject, never its address). Returns false when the mail does not exist.
 */
export async function requeueMail(id: string, actorId: string): Promise<boolean> {
  const done = await prisma.$transaction(async (tx) => {
    const mail = await tx.outgoingEmail.findUnique({ where: { id }, select: { status: true, attempts: true, subject: true } });
    if (!mail) return false;
    await tx.outgoingEmail.update({
      where: { id },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), failedAt: null },
    });
    await tx.auditEntry.create({
      data: { actorId, action: "outbox.requeue", entityType: "OutgoingEmail", entityId: id, before: { status: mail.status, attempts: mail.attempts }, after: { status: "PENDING", attempts: 0 } },
    });
    return true;
  });
  if (done) nudgeMailWorker();
  return done;
}
