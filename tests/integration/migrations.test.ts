// The migrations folder builds exactly the schema in prisma/schema.prisma (no drift), records itself as
// `prisma migrate deploy` does, and runs once even when several instances start at the same moment.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, MigrationChecksumError, readMigrations } from "@/lib/db/migrate";
import { prismaDiffSql } from "@/scripts/lib/prisma-diff";
import { describeSchema } from "../helpers/catalog";
import { createEmptyDatabase } from "../helpers/db";

type Empty = Awaited<ReturnType<typeof createEmptyDatabase>>;
const opened: Empty[] = [];
async function emptyDb() {
  const db = await createEmptyDatabase();
  opened.push(db);
  return db;
}
async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
});

describe("migrations", () => {
  let migrated: Empty;
  beforeAll(async () => {
    migrated = await emptyDb();
    await migrate(migrated.url);
  });

  it("build exactly the schema in prisma/schema.prisma (no drift)", async () => {
    const fromSchema = await emptyDb();
    const sql = await prismaDiffSql("empty", path.join("prisma", "schema.prisma"), fromSchema.url);
    // The schema's trigram indexes need pg_trgm, which the migration creates by hand (Prisma's diff does not).
    await query(fromSchema.url, "CREATE EXTENSION IF NOT EXISTS pg_trgm");
    await query(fromSchema.url, sql);
    const expected = await describeSchema(fromSchema.url);
    const actual = await describeSchema(migrated.url);
    expect(actual.columns?.length).toBeGreaterThan(100);
    expect(actual).toEqual(expected);
  }, 180_000); // spawns the Prisma CLI: slow on a busy 2-core machine

  it("keep the snapshot used by `npm run db:migration` equal to schema.prisma", () => {
    const snapshot = fs.readFileSync(path.join("prisma", "migrations", "schema-at-last-migration.prisma"), "utf8");
    expect(snapshot).toBe(fs.readFileSync(path.join("prisma", "schema.prisma"), "utf8"));
  });

  it("are recorded in _prisma_migrations as prisma migrate deploy records them", async () => {
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      migrated.url,
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [index, file] of files.entries()) {
      const sha = createHash("sha256").update(fs.readFileSync(path.join("prisma", "migrations", file.name, "migration.sql"))).digest("hex");
      expect(rows[index]?.checksum).toBe(sha);
      expect(rows[index]?.finished_at).not.toBeNull();
    }
  });

  it("do nothing the second time", async () => {
    expect(await migrate(migrated.url)).toEqual([]);
  });

  it("run once when several instances start at the same moment", async () => {
    const db = await emptyDb();
    const results = await Promise.all([migrate(db.url), migrate(db.url), migrate(db.url), migrate(db.url)]);
    const total = results.flat();
    expect(total.sort()).toEqual(readMigrations().map((m) => m.name).sort());
    const rows = await query<{ n: string }>(db.url, `SELECT count(*)::text AS n FROM "_prisma_migrations"`);
    expect(Number(rows[0]?.n)).toBe(readMigrations().length);
  });

  it("refuse to run when an applied migration was edited afterwards", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saman-migrations-"));
    try {
      fs.mkdirSync(path.join(dir, "001_first"));
      fs.writeFileSync(path.join(dir, "001_first", "migration.sql"), `CREATE TABLE "Probe" (id int);`);
      const db = await emptyDb();
      expect(await migrate(db.url, { dir })).toEqual(["001_first"]);
      fs.writeFileSync(path.join(dir, "001_first", "migration.sql"), `CREATE TABLE "Probe" (id bigint);`);
      await expect(migrate(db.url, { dir })).rejects.toBeInstanceOf(MigrationChecksumError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("roll back a failing migration completely and record nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saman-migrations-"));
    try {
      fs.mkdirSync(path.join(dir, "001_broken"));
      fs.writeFileSync(path.join(dir, "001_broken", "migration.sql"), `CREATE TABLE "Half" (id int); SELECT no_such_function();`);
      const db = await emptyDb();
      await expect(migrate(db.url, { dir })).rejects.toThrow();
      const tables = await query(db.url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
      expect(tables).toEqual([]);
      const recorded = await query(db.url, `SELECT 1 FROM "_prisma_migrations"`);
      expect(recorded).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
