// Applies prisma/migrations/* in order, recording each in `_prisma_migrations` exactly as `prisma migrate deploy`
// does (same table, checksum = sha256 of migration.sql), so `prisma migrate status` stays truthful. We apply the
// files ourselves because `migrate deploy` through a driver adapter is unreliable in Prisma 6.19 (README).
//
// Concurrency: every migration runs in its own transaction that first takes a transaction-level advisory lock and
// re-checks whether the migration is already recorded. Two instances starting at the same moment therefore apply
// each migration exactly once – on PostgreSQL through the lock, on PGlite because a transaction is exclusive.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
const LOCK_KEY = 72707369; // arbitrary, constant: "saman migrations"

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };

export function readMigrations(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export class MigrationChecksumError extends Error {
  constructor(readonly migration: string) {
    super(`Migration ${migration} was changed after it was applied. Never edit an applied migration; add a new one.`);
    this.name = "MigrationChecksumError";
  }
}

/** Returns the names of the migrations this call applied (empty when the database was up to date). */
export async function migrate(
  connectionString: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  const applied: string[] = [];
  try {
    await inTransaction(client, async () => {
      await client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
      await client.query(CREATE_TABLE);
    });
    for (const migration of migrations) {
      await inTransaction(client, async () => {
        await client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
        const { rows } = await client.query<{ checksum: string }>(
          `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          [migration.name],
        );
        if (rows[0]) {
          if (rows[0].checksum !== migration.checksum) throw new MigrationChecksumError(migration.name);
          return;
        }
        const startedAt = new Date();
        await client.query(migration.sql); // simple-query protocol: many statements in one call
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        applied.push(migration.name);
        log(`applied migration ${migration.name}`);
      });
    }
  } finally {
    await client.end();
  }
  return applied;
}

async function inTransaction(client: pg.Client, work: () => Promise<void>): Promise<void> {
  await client.query("BEGIN");
  try {
    await work();
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
