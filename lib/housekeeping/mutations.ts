import "server-only";
// The scheduled purge of rows that only exist for a while (retention in ./retention.ts, documented in the README).
// Every statement is an idempotent DELETE (or clearing a key) by age, so two portal instances running it at once do
// no harm; a transaction-level advisory lock still makes the second one skip instead of doing the same work again.
import { prisma } from "@/lib/db/client";
import { RETENTION, SESSION_IDLE_MS } from "./retention";

export type PurgeCounts = {
  sessions: number;
  signInFailures: number;
  rateLimitHits: number;
  resetTokens: number;
  idempotencyKeys: number;
  sentMails: number;
  unconfirmedFollows: number;
  followTokens: number;
  digestItems: number;
  cacheEntries: number;
  cacheTags: number;
  complianceChanges: number;
};

const LOCK = "saman:housekeeping";

/** Purges what is older than its retention at `now`; null when another instance is purging right now. */
export async function purgeExpired(now: Date): Promise<PurgeCounts | null> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  return prisma.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<[{ locked: boolean }]>`SELECT pg_try_advisory_xact_lock(hashtext(${LOCK})) AS locked`;
      if (!locked) return null;
      const sessions = await tx.session.deleteMany({
        where: {
          OR: [
            { expiresAt: { lt: before(RETENTION.expiredSessionMs) } },
            { lastSeenAt: { lt: before(SESSION_IDLE_MS + RETENTION.expiredSessionMs) } },
          ],
        },
      });
      const signInFailures = await tx.signInFailure.deleteMany({ where: { at: { lt: before(RETENTION.signInFailureMs) } } });
      const rateLimitHits = await tx.rateLimitHit.deleteMany({ where: { at: { lt: before(RETENTION.rateLimitHitMs) } } });
      const resetTokens = await tx.passwordResetToken.deleteMany({
        where: { OR: [{ expiresAt: { lt: before(RETENTION.resetTokenMs) } }, { usedAt: { lt: before(RETENTION.resetTokenMs) } }] },
      });
      // The case itself stays for good; only the key that made a retried submission return it is cleared – in SQL, so
      // the case's updatedAt (shown as "last changed") is not touched.
      const idempotencyKeys = await tx.$executeRaw`
        UPDATE "Case" SET "idempotencyKey" = NULL
        WHERE "idempotencyKey" IS NOT NULL AND "submittedAt" < ${before(RETENTION.idempotencyKeyMs)}`;
      const sentMails = await tx.outgoingEmail.deleteMany({ where: { status: "SENT", sentAt: { lt: before(RETENTION.sentMailMs) } } });
      // Follows (issue 16 item 5): an opt-in never confirmed, old unsubscribe links, digest items already mailed.
      const unconfirmedFollows = await tx.follow.deleteMany({ where: { confirmedAt: null, createdAt: { lt: before(RETENTION.unconfirmedFollowMs) } } });
      const followTokens = await tx.followToken.deleteMany({ where: { createdAt: { lt: before(RETENTION.followTokenMs) } } });
      const digestItems = await tx.followDigestItem.deleteMany({ where: { sentAt: { lt: before(RETENTION.sentDigestItemMs) } } });
      // The shared data cache (lib/cache/pg-cache-handler.mjs): times there are milliseconds since the epoch.
      const cacheEntries = await tx.cacheEntry.deleteMany({ where: { expiresAt: { lt: BigInt(now.getTime()) } } });
      const cacheTagBefore = BigInt(before(RETENTION.cacheTagMs).getTime());
      const cacheTags = await tx.cacheTag.deleteMany({
        where: {
          AND: [
            { OR: [{ expiredAt: null }, { expiredAt: { lt: cacheTagBefore } }] },
            { OR: [{ staleAt: null }, { staleAt: { lt: cacheTagBefore } }] },
          ],
        },
      });
      // Rows the stored compliance report's snapshot saw are no longer needed to tell whether it is still valid.
      const complianceChanges = await tx.$executeRaw`
        DELETE FROM "ComplianceChange" c
        WHERE c.at < ${before(RETENTION.complianceChangeMs)}
          AND NOT EXISTS (SELECT 1 FROM "ComplianceSnapshot" s WHERE c.xid >= txid_snapshot_xmin(s.snapshot::txid_snapshot))`;
      return {
        sessions: sessions.count,
        signInFailures: signInFailures.count,
        rateLimitHits: rateLimitHits.count,
        resetTokens: resetTokens.count,
        idempotencyKeys,
        sentMails: sentMails.count,
        unconfirmedFollows: unconfirmedFollows.count,
        followTokens: followTokens.count,
        digestItems: digestItems.count,
        cacheEntries: cacheEntries.count,
        cacheTags: cacheTags.count,
        complianceChanges,
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
