import "server-only";
// /api/health: readiness. The portal can serve and write when the database answers and takes a write, the disk has
// room, the schema is the one this code expects, and mail is not piling up. Each check reports its own detail.
import type { CheckResult } from "./check";
import { checkDatabase, checkMigrations, checkOutbox } from "./data";
import { checkDisk, DEFAULT_MIN_FREE_MB } from "./disk";
import { checkDatabaseWritable } from "./mutations";

export type Readiness = { ok: boolean; checks: Record<"database" | "writable" | "disk" | "migrations" | "outbox", CheckResult> };

export type ReadinessOptions = { minFreeMb?: number; outboxStuckMinutes?: number; smtpConfigured?: boolean; diskDirs?: string[] };

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isFinite(value) ? value : fallback;
}

export async function readiness(options: ReadinessOptions = {}): Promise<Readiness> {
  const minFreeMb = options.minFreeMb ?? numberFromEnv("HEALTH_MIN_FREE_MB", DEFAULT_MIN_FREE_MB);
  const stuckMinutes = options.outboxStuckMinutes ?? numberFromEnv("HEALTH_OUTBOX_STUCK_MINUTES", 15);
  const smtpConfigured = options.smtpConfigured ?? Boolean(process.env.SMTP_URL);
  const database = await checkDatabase();
  const skipped: CheckResult = { ok: false, error: "database unavailable" };
  const [writable, disk, migrations, outbox] = await Promise.all([
    database.ok ? checkDatabaseWritable() : skipped,
    checkDisk(minFreeMb, options.diskDirs),
    database.ok ? checkMigrations() : skipped,
    database.ok ? checkOutbox({ stuckMinutes, smtpConfigured }) : skipped,
  ]);
  const checks = { database, writable, disk, migrations, outbox };
  return { ok: Object.values(checks).every((check) => check.ok), checks };
}
