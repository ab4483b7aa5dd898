import "server-only";
// Readiness probes that read (lib/health/readiness.ts puts them together). Each one answers, never throws.
import { prisma } from "@/lib/db/client";
import fs from "node:fs";
import path from "node:path";
import { withTimeout, type CheckResult } from "./check";

/** Whether the database answers a trivial query within `timeoutMs`. Never throws. */
export async function databaseIsUp(timeoutMs = 3000): Promise<boolean> {
  return (await checkDatabase(timeoutMs)).ok;
}

export async function checkDatabase(timeoutMs = 3000): Promise<CheckResult> {
  return withTimeout(timeoutMs, async () => {
    await prisma.$queryRaw`SELECT 1`;
    return { ok: true };
  });
}

/** Every migration folder on disk is applied (finished, not rolled back), and none is applied that is not on disk. */
export async function checkMigrations(timeoutMs = 3000, dir?: string): Promise<CheckResult> {
  return withTimeout(timeoutMs, async () => {
    const onDisk = migrationsOnDisk(dir);
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = onDisk.filter((name) => !applied.has(name));
    const unknown = [...applied].filter((name) => !onDisk.includes(name));
    const ok = pending.length === 0 && unknown.length === 0;
    return { ok, applied: applied.size, onDisk: onDisk.length, ...(pending.length ? { pending } : {}), ...(unknown.length ? { unknown } : {}) };
  });
}

/** The migration folders this code ships (prisma/migrations/<name>/migration.sql), as lib/db/migrate.ts reads them. */
function migrationsOnDisk(dir = path.join(process.cwd(), "prisma", "migrations")): string[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The outbox is stuck when, with a mail server configured, a mail has waited (PENDING and due) longer than
 * `stuckMinutes`: the worker is not running or cannot deliver. FAILED mails are reported, not a failure (an admin
 * sends them again from /admin/utboks).
 */
export async function checkOutbox(options: { stuckMinutes: number; smtpConfigured: boolean; timeoutMs?: number }): Promise<CheckResult> {
  return withTimeout(options.timeoutMs ?? 3000, async () => {
    const before = new Date(Date.now() - options.stuckMinutes * 60_000);
    const [pending, stuck, failed] = await Promise.all([
      prisma.outgoingEmail.count({ where: { status: "PENDING" } }),
      prisma.outgoingEmail.count({ where: { status: "PENDING", nextAttemptAt: { lt: before } } }),
      prisma.outgoingEmail.count({ where: { status: "FAILED" } }),
    ]);
    const ok = !options.smtpConfigured || stuck === 0;
    return { ok, pending, stuck, failed, stuckAfterMinutes: options.stuckMinutes, smtp: options.smtpConfigured };
  });
}
