import "server-only";
// The delivery worker's writes on the outbox. Several portal instances may run a worker on one database: a batch is
// claimed with FOR UPDATE SKIP LOCKED and leased in the same statement (attempts + 1, nextAttemptAt = end of the
// lease), so two workers never claim one mail, and a worker that dies mid-send leaves its mails to be retried once
// the lease ends. Times are passed from the worker as UTC timestamps (Prisma's DateTime columns are UTC).
import { prisma, type Db } from "@/lib/db/client";

export type ClaimedMail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string> | null;
  attempts: number;
};

type Writer = Pick<Db, "$queryRaw" | "$executeRaw">;

/** The database the worker delivers from: the app's client, or a test's. */
export type DeliveryDb = Writer;
export const appDeliveryDb = (): DeliveryDb => prisma;

const utc = (at: Date) => at.toISOString();

/** Claims up to `limit` due PENDING mails for `leaseMs` (no other worker takes them until then). */
export async function claimDueMails(db: Writer, opts: { limit: number; leaseMs: number; now: Date }): Promise<ClaimedMail[]> {
  const leaseUntil = new Date(opts.now.getTime() + opts.leaseMs);
  return db.$queryRaw<ClaimedMail[]>`
    UPDATE "OutgoingEmail" AS o
       SET "attempts" = o."attempts" + 1, "nextAttemptAt" = CAST(${utc(leaseUntil)} AS timestamp(3))
      FROM (SELECT "id" FROM "OutgoingEmail"
             WHERE "status" = 'PENDING' AND "nextAttemptAt" <= CAST(${utc(opts.now)} AS timestamp(3))
             ORDER BY "nextAttemptAt", "createdAt"
             LIMIT ${opts.limit}
             FOR UPDATE SKIP LOCKED) AS due
     WHERE o."id" = due."id"
    RETURNING o."id", o."to", o."subject", o."text", o."html", o."headers", o."attempts"`;
}

/** Delivered: SENT, never claimed again. */
export async function markSent(db: Writer, id: string, now: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "OutgoingEmail" SET "status" = 'SENT', "sentAt" = CAST(${utc(now)} AS timestamp(3)), "lastError" = NULL
     WHERE "id" = ${id}`;
}

/** A failed try: back to PENDING at `retryAt`, or FAILED when that was the last try (`retryAt` null). */
export async function markAttemptFailed(db: Writer, id: string, error: string, now: Date, retryAt: Date | null): Promise<void> {
  if (retryAt) {
    await db.$executeRaw`
      UPDATE "OutgoingEmail" SET "lastError" = ${error}, "nextAttemptAt" = CAST(${utc(retryAt)} AS timestamp(3))
       WHERE "id" = ${id} AND "status" = 'PENDING'`;
  } else {
    await db.$executeRaw`
      UPDATE "OutgoingEmail" SET "status" = 'FAILED', "lastError" = ${error}, "failedAt" = CAST(${utc(now)} AS timestamp(3))
       WHERE "id" = ${id} AND "status" = 'PENDING'`;
  }
}

/** Gives claimed mails that were not tried (the worker is stopping) back at once, without counting a try. */
export async function releaseClaims(db: Writer, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`
    UPDATE "OutgoingEmail" SET "attempts" = GREATEST("attempts" - 1, 0), "nextAttemptAt" = CAST(${utc(now)} AS timestamp(3))
     WHERE "id" = ANY(${ids}) AND "status" = 'PENDING'`;
}
