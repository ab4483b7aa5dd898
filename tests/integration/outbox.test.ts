// The transactional outbox's delivery worker against a real migrated database (in-memory PGlite; a real PostgreSQL
// in CI with TEST_DATABASE_URL): several workers on one database deliver each mail exactly once (FOR UPDATE SKIP
// LOCKED), a failing mail is retried with exponential backoff and marked FAILED after the last try (its error kept
// without the address), a stopping worker gives back what it has not tried, and "send again" re-queues, audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma, type Db } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let worker: typeof import("@/lib/mail/worker");
let mail: typeof import("@/lib/mail/mutations");
let second: Db;
const T0 = new Date("2026-12-03T10:00:00Z");

const config = (over: Partial<import("@/lib/mail/worker").MailWorkerConfig> = {}) => ({
  maxAttempts: 3,
  retryBaseMs: 60_000,
  pollMs: 1000,
  batchSize: 5,
  leaseMs: 120_000,
  from: "Saman <ikkje-svar@saman.example.no>",
  ...over,
});

type Sent = { to: string; messageId: string; subject: string };
const recorder = (delayMs = 0) => {
  const sent: Sent[] = [];
  return {
    sent,
    transport: {
      async sendMail(message: Record<string, unknown>) {
        if (delayMs) await new Promise((r) => setTimeout(r, Math.random() * delayMs));
        sent.push({ to: String(message.to), messageId: String(message.messageId), subject: String(message.subject) });
      },
    },
  };
};

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  delete process.env.SMTP_URL;
  second = createPrisma(db.url);
  worker = await import("@/lib/mail/worker");
  mail = await import("@/lib/mail/mutations");
}, 240_000);

afterAll(async () => {
  await second?.$disconnect();
  await db?.close();
});

async function queue(n: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await mail.enqueueMail(db.prisma, { to: `${prefix}${i}@example.no`, subject: `${prefix} ${i}`, text: "Hei" })).id);
  // Due now (the worker's clock in these tests is the real one).
  await db.prisma.outgoingEmail.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
  return ids;
}

describe("outbox delivery", () => {
  it("delivers each mail exactly once when two workers (two portal instances) race on one database", async () => {
    const ids = await queue(60, "race");
    const a = recorder(15);
    const b = recorder(15);
    // Two clients with their own connection pools, as two processes would have.
    const drain = async (client: Db, transport: typeof a.transport) => {
      while ((await worker.deliverBatch(client, transport, config())) > 0);
    };
    await Promise.all([drain(db.prisma, a.transport), drain(second, b.transport), drain(db.prisma, a.transport), drain(second, b.transport)]);
    const delivered = [...a.sent, ...b.sent].filter((s) => s.to.startsWith("race"));
    expect(delivered).toHaveLength(60);
    expect(new Set(delivered.map((s) => s.messageId)).size).toBe(60);
    // Both instances took part (SKIP LOCKED hands the rows out; nobody waited for the other's whole queue).
    expect(a.sent.length).toBeGreaterThan(0);
    expect(b.sent.length).toBeGreaterThan(0);
    const rows = await db.prisma.outgoingEmail.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => r.status === "SENT" && r.attempts === 1 && r.sentAt !== null)).toBe(true);
  });

  it("retries a failing mail with exponential backoff and marks it FAILED after the last try, without the address in the error", async () => {
    const [id] = await queue(1, "bounce");
    const failing = {
      async sendMail() {
        throw Object.assign(new Error("550 5.1.1 <bounce0@example.no>: Recipient address rejected"), { code: "EENVELOPE" });
      },
    };
    const cfg = config({ maxAttempts: 3, retryBaseMs: 60_000 });
    let now = new Date(Date.now());
    const clock = () => now;
    const row = () => db.prisma.outgoingEmail.findUniqueOrThrow({ where: { id } });

    await worker.deliverBatch(db.prisma, failing, cfg, { now: clock });
    let r = await row();
    expect(r).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(r.lastError).toContain("Recipient address rejected");
    expect(r.lastError).not.toContain("@");
    expect(r.nextAttemptAt.getTime() - now.getTime()).toBe(60_000);

    // Not due yet: nothing is claimed.
    expect(await worker.deliverBatch(db.prisma, failing, cfg, { now: clock })).toBe(0);

    now = new Date(r.nextAttemptAt.getTime());
    await worker.deliverBatch(db.prisma, failing, cfg, { now: clock });
    r = await row();
    expect(r).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(r.nextAttemptAt.getTime() - now.getTime()).toBe(120_000); // doubled

    now = new Date(r.nextAttemptAt.getTime());
    await worker.deliverBatch(db.prisma, failing, cfg, { now: clock });
    r = await row();
    expect(r).toMatchObject({ status: "FAILED", attempts: 3 });
    expect(r.failedAt).not.toBeNull();

    // FAILED is never claimed again.
    now = new Date(now.getTime() + 24 * 3600_000);
    expect(await worker.deliverBatch(db.prisma, failing, cfg, { now: clock })).toBe(0);
  });

  it("computes the backoff and scrubs addresses", () => {
    const cfg = { maxAttempts: 5, retryBaseMs: 1000 };
    expect([1, 2, 3, 4].map((n) => worker.retryAt(n, cfg, T0)!.getTime() - T0.getTime())).toEqual([1000, 2000, 4000, 8000]);
    expect(worker.retryAt(5, cfg, T0)).toBeNull();
    expect(worker.scrubError(new Error("RCPT TO:<ola.nordmann@kommune.no> refused"))).toBe("RCPT TO:<[adresse]> refused");
  });

  it("gives back the mails it has not tried when told to stop, without counting a try", async () => {
    const ids = await queue(4, "stop");
    const a = recorder();
    let calls = 0;
    const transport = {
      async sendMail(message: Record<string, unknown>) {
        calls += 1;
        await a.transport.sendMail(message);
      },
    };
    await worker.deliverBatch(db.prisma, transport, config({ batchSize: 4 }), { shouldStop: () => calls >= 1 });
    expect(a.sent).toHaveLength(1);
    const rows = await db.prisma.outgoingEmail.findMany({ where: { id: { in: ids } } });
    expect(rows.filter((r) => r.status === "SENT")).toHaveLength(1);
    expect(rows.filter((r) => r.status === "PENDING" && r.attempts === 0 && r.nextAttemptAt.getTime() <= Date.now())).toHaveLength(3);
    while ((await worker.deliverBatch(db.prisma, a.transport, config())) > 0);
  });

  it("queues a mail once per dedupe key", async () => {
    const first = await mail.enqueueMail(db.prisma, { to: "once@example.no", subject: "Kvittering", text: "1", dedupeKey: "case-receipt:x1" });
    const again = await mail.enqueueMail(db.prisma, { to: "once@example.no", subject: "Kvittering", text: "2", dedupeKey: "case-receipt:x1" });
    expect(again.id).toBe(first.id);
    expect(await db.prisma.outgoingEmail.count({ where: { dedupeKey: "case-receipt:x1" } })).toBe(1);
  });

  it("sends a FAILED mail again after an admin re-queues it, and audits that", async () => {
    const admin = await db.prisma.user.create({ data: { email: "admin@outbox.example.no", name: "Admin", roles: ["ADMIN"] } });
    const [id] = await queue(1, "requeue");
    await db.prisma.outgoingEmail.update({ where: { id }, data: { status: "FAILED", attempts: 8, failedAt: new Date(), lastError: "timeout" } });
    expect(await mail.requeueMail(id!, admin.id)).toBe(true);
    expect(await db.prisma.outgoingEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0, failedAt: null });
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "outbox.requeue", entityId: id } });
    expect(JSON.stringify({ before: entry.before, after: entry.after })).not.toContain("@example.no");
    const a = recorder();
    while ((await worker.deliverBatch(db.prisma, a.transport, config())) > 0);
    expect(a.sent.map((s) => s.to)).toContain("requeue0@example.no");
    expect(await db.prisma.outgoingEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 1 });
    expect(await mail.requeueMail("missing", admin.id)).toBe(false);
  });
});
