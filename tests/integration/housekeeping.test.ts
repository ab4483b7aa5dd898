// Housekeeping (issue 17, item 7): rows older than their retention go, newer ones stay, and what must stay for good
// (the case behind an old idempotency key, pending and failed mails, the audit log) is never deleted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let housekeeping: typeof import("@/lib/housekeeping/mutations");
let retention: typeof import("@/lib/housekeeping/retention");

const NOW = new Date("2026-11-22T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  housekeeping = await import("@/lib/housekeeping/mutations");
  retention = await import("@/lib/housekeeping/retention");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("purgeExpired", () => {
  it("removes rows older than their retention and keeps newer ones", async () => {
    const { RETENTION } = retention;
    const p = db.prisma;
    const userId = DEMO_USERS.admin.id;
    const session = (id: string, lastSeenAt: Date, expiresAt: Date) => ({ id, userId, createdAt: lastSeenAt, lastSeenAt, expiresAt });
    await p.session.createMany({
      data: [
        session("hk-expired-long-ago", ago(2 * DAY), ago(RETENTION.expiredSessionMs + HOUR)),
        session("hk-idle-long-ago", ago(RETENTION.expiredSessionMs + 2 * HOUR), new Date(NOW.getTime() + HOUR)),
        session("hk-live", ago(60_000), new Date(NOW.getTime() + 6 * HOUR)),
        session("hk-just-expired", ago(HOUR), ago(HOUR / 2)),
      ],
    });
    await p.signInFailure.createMany({ data: [{ key: "hk-old", at: ago(RETENTION.signInFailureMs + 1000) }, { key: "hk-new", at: ago(1000) }] });
    await p.rateLimitHit.createMany({ data: [{ key: "hk-old", at: ago(RETENTION.rateLimitHitMs + 1000) }, { key: "hk-new", at: ago(HOUR) }] });
    const token = (tokenHash: string, createdAt: Date, usedAt: Date | null = null) => ({
      tokenHash,
      userId,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 10 * 60_000),
      usedAt,
    });
    await p.passwordResetToken.createMany({
      data: [
        token("hk-token-expired", ago(RETENTION.resetTokenMs + HOUR)),
        token("hk-token-used", ago(RETENTION.resetTokenMs + HOUR), ago(RETENTION.resetTokenMs + HOUR - 60_000)),
        token("hk-token-recent", ago(HOUR)),
        token("hk-token-valid", ago(60_000)),
      ],
    });
    const mail = (id: string, status: "PENDING" | "SENT" | "FAILED", at: Date) => ({
      id,
      to: "x@example.no",
      subject: id,
      text: "…",
      status,
      createdAt: at,
      sentAt: status === "SENT" ? at : null,
      failedAt: status === "FAILED" ? at : null,
    });
    await p.outgoingEmail.createMany({
      data: [
        mail("hk-sent-old", "SENT", ago(RETENTION.sentMailMs + DAY)),
        mail("hk-sent-new", "SENT", ago(DAY)),
        mail("hk-pending-old", "PENDING", ago(RETENTION.sentMailMs + DAY)),
        mail("hk-failed-old", "FAILED", ago(RETENTION.sentMailMs + DAY)),
      ],
    });
    const [oldCase, newCase] = await p.case.findMany({ take: 2, orderBy: { id: "asc" }, select: { id: true, updatedAt: true } });
    await p.case.update({ where: { id: oldCase!.id }, data: { idempotencyKey: "hk-old-key-0000000", submittedAt: ago(RETENTION.idempotencyKeyMs + DAY) } });
    await p.case.update({ where: { id: newCase!.id }, data: { idempotencyKey: "hk-new-key-0000000", submittedAt: ago(DAY) } });
    const oldCaseBefore = await p.case.findUniqueOrThrow({ where: { id: oldCase!.id } });
    const follow = (id: string, createdAt: Date, confirmed: boolean) => ({
      id,
      email: `${id}@example.no`,
      target: "NEWS" as const,
      targetId: "",
      createdAt,
      confirmedAt: confirmed ? createdAt : null,
      confirmTokenHash: confirmed ? null : `${id}-hash`,
    });
    await p.follow.createMany({
      data: [
        follow("hk-follow-unconfirmed-old", ago(RETENTION.unconfirmedFollowMs + HOUR), false),
        follow("hk-follow-unconfirmed-new", ago(DAY), false),
        follow("hk-follow-confirmed-old", ago(RETENTION.followTokenMs + DAY), true),
      ],
    });
    await p.followToken.createMany({
      data: [
        { tokenHash: "hk-ftoken-old", email: "hk-follow-confirmed-old@example.no", followId: "hk-follow-confirmed-old", createdAt: ago(RETENTION.followTokenMs + DAY) },
        { tokenHash: "hk-ftoken-new", email: "hk-follow-confirmed-old@example.no", followId: "hk-follow-confirmed-old", createdAt: ago(DAY) },
      ],
    });
    const item = (id: string, sentAt: Date | null) => ({ id, followId: "hk-follow-confirmed-old", email: "hk-follow-confirmed-old@example.no", subject: id, text: "…", createdAt: ago(RETENTION.sentDigestItemMs + 2 * DAY), sentAt });
    await p.followDigestItem.createMany({
      data: [item("hk-digest-sent-old", ago(RETENTION.sentDigestItemMs + DAY)), item("hk-digest-sent-new", ago(DAY)), item("hk-digest-waiting", null)],
    });
    // The shared data cache (lib/cache/pg-cache-handler.mjs): entries past their expiresAt, tag times older than any entry.
    const ms = (at: Date) => BigInt(at.getTime());
    await p.cacheEntry.createMany({
      data: [
        { key: "hk-cache-expired", value: "{}", tags: ["news"], lastModified: ms(ago(2 * HOUR)), expiresAt: ms(ago(HOUR)) },
        { key: "hk-cache-live", value: "{}", tags: ["news"], lastModified: ms(ago(HOUR)), expiresAt: ms(new Date(NOW.getTime() + HOUR)) },
      ],
    });
    await p.cacheTag.createMany({
      data: [
        { tag: "hk-tag-old", expiredAt: ms(ago(RETENTION.cacheTagMs + HOUR)), staleAt: ms(ago(RETENTION.cacheTagMs + HOUR)) },
        { tag: "hk-tag-new", expiredAt: ms(ago(HOUR)), staleAt: ms(ago(RETENTION.cacheTagMs + HOUR)) },
      ],
    });
    const auditBefore = await p.auditEntry.count();

    const counts = await housekeeping.purgeExpired(NOW);
    expect(counts).toMatchObject({ sessions: 2, signInFailures: 1, rateLimitHits: 1, resetTokens: 2, idempotencyKeys: 1, sentMails: 1, unconfirmedFollows: 1, followTokens: 1, digestItems: 1, cacheEntries: 1, cacheTags: 1 });

    const ids = async <T,>(rows: Promise<T[]>, key: keyof T) => (await rows).map((r) => String(r[key])).sort();
    expect(await ids(p.session.findMany({ where: { id: { startsWith: "hk-" } } }), "id")).toEqual(["hk-just-expired", "hk-live"]);
    expect(await ids(p.signInFailure.findMany({ where: { key: { startsWith: "hk-" } } }), "key")).toEqual(["hk-new"]);
    expect(await ids(p.rateLimitHit.findMany({ where: { key: { startsWith: "hk-" } } }), "key")).toEqual(["hk-new"]);
    expect(await ids(p.passwordResetToken.findMany({ where: { tokenHash: { startsWith: "hk-" } } }), "tokenHash")).toEqual(["hk-token-recent", "hk-token-valid"]);
    expect(await ids(p.outgoingEmail.findMany({ where: { id: { startsWith: "hk-" } } }), "id")).toEqual(["hk-failed-old", "hk-pending-old", "hk-sent-new"]);
    // The old case stays, unchanged but for its key; the new case keeps its key (a retry still finds it).
    const oldCaseAfter = await p.case.findUniqueOrThrow({ where: { id: oldCase!.id } });
    expect(oldCaseAfter).toEqual({ ...oldCaseBefore, idempotencyKey: null });
    expect((await p.case.findUniqueOrThrow({ where: { id: newCase!.id } })).idempotencyKey).toBe("hk-new-key-0000000");
    expect(await p.auditEntry.count()).toBe(auditBefore);
    // A confirmed follow stays however old; an opt-in nobody confirmed within 7 days is forgotten.
    expect(await ids(p.follow.findMany({ where: { id: { startsWith: "hk-follow-" } } }), "id")).toEqual(["hk-follow-confirmed-old", "hk-follow-unconfirmed-new"]);
    expect(await ids(p.followToken.findMany({ where: { tokenHash: { startsWith: "hk-ftoken-" } } }), "tokenHash")).toEqual(["hk-ftoken-new"]);
    expect(await ids(p.followDigestItem.findMany({ where: { id: { startsWith: "hk-digest-" } } }), "id")).toEqual(["hk-digest-sent-new", "hk-digest-waiting"]);
    expect(await ids(p.cacheEntry.findMany({ where: { key: { startsWith: "hk-cache-" } } }), "key")).toEqual(["hk-cache-live"]);
    expect(await ids(p.cacheTag.findMany({ where: { tag: { startsWith: "hk-tag-" } } }), "tag")).toEqual(["hk-tag-new"]);

    // Idempotent: a second run (another instance, the next hour) finds nothing more.
    expect(await housekeeping.purgeExpired(NOW)).toEqual({ sessions: 0, signInFailures: 0, rateLimitHits: 0, resetTokens: 0, idempotencyKeys: 0, sentMails: 0, unconfirmedFollows: 0, followTokens: 0, digestItems: 0, cacheEntries: 0, cacheTags: 0, complianceChanges: 0 });
  });

  it("lets two instances run at once without harm: one purges, the other skips or finds nothing", async () => {
    await db.prisma.rateLimitHit.createMany({ data: Array.from({ length: 50 }, (_, i) => ({ key: `hk-par-${i}`, at: ago(30 * DAY) })) });
    const results = await Promise.all([housekeeping.purgeExpired(NOW), housekeeping.purgeExpired(NOW)]);
    expect(results.reduce((sum, r) => sum + (r?.rateLimitHits ?? 0), 0)).toBe(50);
    expect(await db.prisma.rateLimitHit.count({ where: { key: { startsWith: "hk-par-" } } })).toBe(0);
  });
});
