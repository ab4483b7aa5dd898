// How long rows that only exist for a while are kept (issue 17, item 7; the README's "Housekeeping" table). Deviations
// and the audit log keep their own rules and are never touched here.
import { IDLE_TIMEOUT_MS } from "@/lib/auth/limits";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export const RETENTION = {
  /** A session past its absolute limit (12 h) or idle limit (30 min) is dead; kept a day for nothing but safety. */
  expiredSessionMs: DAY,
  /** Sign-in failures count for one minute (throttling); a day is plenty to look into an attack. */
  signInFailureMs: DAY,
  /** Rate-limit hits count for at most an hour (case submissions, reset requests); kept 7 days. */
  rateLimitHitMs: 7 * DAY,
  /** A used or expired password reset token (valid 10 minutes) is deleted a day later. */
  resetTokenMs: DAY,
  /** A case's idempotency key only guards against a retried submission; cleared 30 days after submission (the case stays). */
  idempotencyKeyMs: 30 * DAY,
  /** Delivered (SENT) outbox mails, by delivery time. PENDING and FAILED mails stay until delivered or handled. */
  sentMailMs: 30 * DAY,
  /** A follow whose confirmation link was never opened (double opt-in): the address is forgotten after 7 days. */
  unconfirmedFollowMs: 7 * DAY,
  /** An unsubscribe/manage link (FollowToken) in an alert or digest mail works for a year, then it is deleted. */
  followTokenMs: 365 * DAY,
  /** A weekly digest's items once the digest mail is queued (the mail itself is in the outbox). */
  sentDigestItemMs: 30 * DAY,
  /** A cache tag's expiry time (lib/cache/pg-cache-handler.mjs): no entry lives longer than 7 days, so after 8 the
   *  time can no longer make any entry a miss. Cache entries themselves go when past their own expiresAt. */
  cacheTagMs: 8 * DAY,
  /**
   * The log of changes that invalidate the stored compliance report (lib/membership/compliance): a day, and never a
   * row the stored report's snapshot may not have seen.
   */
  complianceChangeMs: DAY,
} as const;

/** The idle limit is shorter than the absolute one: a session not seen for this long is over. */
export const SESSION_IDLE_MS = IDLE_TIMEOUT_MS;

/** How often the job runs, and how long after the server starts it runs first. */
export const HOUSEKEEPING_INTERVAL_MS = HOUR;
export const HOUSEKEEPING_FIRST_RUN_MS = 60 * 1000;
