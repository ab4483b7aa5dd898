// /api/health (readiness, lib/health/*): database reachable and writable, disk space above a threshold, migrations
// current, outbox not stuck; 503 with the failing check's detail when any of them fails. /api/health/live: up.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "@/lib/db/migrate";
import { createTestDatabase, isRealPostgres, type TestDatabase } from "../helpers/db";

let db: TestDatabase | undefined;
let appPrisma: typeof import("@/lib/db/client").prisma | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  appPrisma = (await import("@/lib/db/client")).prisma;
});

afterAll(async () => {
  await appPrisma?.$disconnect().catch(() => {});
  await db?.close().catch(() => {});
});

describe("readiness", () => {
  it("is ready on a migrated database with room on the disk", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.ok).toBe(true);
    for (const name of ["database", "writable", "disk", "migrations", "outbox"]) expect(body.checks[name].ok).toBe(true);
    // The write probe leaves nothing behind.
    const probes = await db!.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations" WHERE checksum = 'health-probe'`;
    expect(Number(probes[0]!.n)).toBe(0);
  });

  it("answers 503 when the free disk space is below the threshold (a full disk)", async () => {
    const { GET } = await import("@/app/api/health/route");
    const free = fs.statfsSync(os.tmpdir());
    const freeMb = Math.floor((Number(free.bavail) * Number(free.bsize)) / 1024 / 1024);
    process.env.HEALTH_MIN_FREE_MB = String(freeMb + 1_000_000);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.ok).toBe(false);
      expect(body.checks.disk.ok).toBe(false);
      expect(body.checks.database.ok).toBe(true);
      expect(Object.values(body.checks.disk.freeMb as Record<string, number>).some((mb) => mb < freeMb + 1_000_000)).toBe(true);
    } finally {
      delete process.env.HEALTH_MIN_FREE_MB;
    }
  });

  it("reports migrations on disk that the database lacks", async () => {
    const { checkMigrations } = await import("@/lib/health/data");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saman-migrations-"));
    try {
      fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      fs.mkdirSync(path.join(dir, "29991231000000_from_the_future"));
      fs.writeFileSync(path.join(dir, "29991231000000_from_the_future", "migration.sql"), "SELECT 1;");
      const result = await checkMigrations(3000, dir);
      expect(result.ok).toBe(false);
      expect(result.pending).toEqual(["29991231000000_from_the_future"]);
      expect((await checkMigrations()).ok).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails when a due mail has waited too long while a mail server is configured, and counts failed mails", async () => {
    const { readiness } = await import("@/lib/health/readiness");
    const hourAgo = new Date(Date.now() - 60 * 60_000);
    await db!.prisma.outgoingEmail.create({ data: { to: "a@example.no", subject: "s", text: "t", createdAt: hourAgo, nextAttemptAt: hourAgo } });
    await db!.prisma.outgoingEmail.create({ data: { to: "b@example.no", subject: "s", text: "t", status: "FAILED", failedAt: hourAgo } });
    const stuck = await readiness({ smtpConfigured: true, outboxStuckMinutes: 15 });
    expect(stuck.ok).toBe(false);
    expect(stuck.checks.outbox).toMatchObject({ ok: false, stuck: 1, pending: 1, failed: 1 });
    // Without a mail server the outbox only stores mail: waiting is expected, not a fault.
    const storing = await readiness({ smtpConfigured: false, outboxStuckMinutes: 15 });
    expect(storing.checks.outbox).toMatchObject({ ok: true, failed: 1 });
    await db!.prisma.outgoingEmail.deleteMany({});
  });

  it("fails the write check on a database that only reads", async () => {
    const { checkDatabaseWritable } = await import("@/lib/health/mutations");
    // PostgreSQL: every new connection of the app's pool is read-only. PGlite serves one session to all
    // connections: making that session read-only does it there.
    const name = (await db!.prisma.$queryRaw<{ d: string }[]>`SELECT current_database()::text AS d`)[0]!.d;
    await db!.prisma.$executeRawUnsafe(`ALTER DATABASE "${name}" SET default_transaction_read_only = on`);
    await appPrisma!.$disconnect();
    if (!isRealPostgres()) await db!.prisma.$executeRawUnsafe("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    try {
      const result = await checkDatabaseWritable();
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/read-only/);
    } finally {
      if (!isRealPostgres()) await db!.prisma.$executeRawUnsafe("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE");
      await db!.prisma.$executeRawUnsafe(`ALTER DATABASE "${name}" SET default_transaction_read_only = off`);
      await appPrisma!.$disconnect();
    }
    expect((await checkDatabaseWritable()).ok).toBe(true);
  });

  it("reports the database down (503), while /api/health/live still answers", async () => {
    const { GET } = await import("@/app/api/health/route");
    const live = await import("@/app/api/health/live/route");
    const { databaseIsUp } = await import("@/lib/health/data");
    expect(await databaseIsUp()).toBe(true);
    await db!.close();
    db = undefined;
    expect(await databaseIsUp(2000)).toBe(false);
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.checks.database.ok).toBe(false);
    expect(body.checks.writable.ok).toBe(false);
    expect(live.GET().status).toBe(200);
  });
});
