// npm run db:backup / db:restore (scripts/lib/backup.ts): a backup taken while the portal writes is consistent (one
// snapshot: rows written together are in it together), holds every row and every stored file, and restores into
// an empty database with the same row count in every table and the same file checksums; a non-empty target is
// refused without --force. Runs on PGlite and, in CI, on PostgreSQL (TEST_DATABASE_URL).
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { backupDatabase, readBackupSummary, restoreDatabase, RestoreRefusedError } from "@/scripts/lib/backup";
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from "../helpers/db";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saman-backup-test-"));
let source: TestDatabase;
const targets: { close: () => Promise<void> }[] = [];

beforeAll(async () => {
  source = await createTestDatabase();
  await seed(source.prisma);
}, 600_000);

afterAll(async () => {
  for (const target of targets) await target.close().catch(() => {});
  await source?.close().catch(() => {});
  fs.rmSync(dir, { recursive: true, force: true });
});

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Row count of every table (the migrations' own table aside). */
function tableCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = Number((await client.query(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n);
    return counts;
  });
}

/** sha256 of every stored file's bytes, with the checksum recorded at upload (DocumentVersion.sha256). */
function fileChecksums(url: string): Promise<Map<string, { actual: string; recorded: string }>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ id: string; content: Buffer; sha256: string }>(
      `SELECT f."versionId" AS id, f.content, v.sha256 FROM "DocumentFile" f JOIN "DocumentVersion" v ON v.id = f."versionId"`,
    );
    return new Map(rows.map((row) => [row.id, { actual: createHash("sha256").update(row.content).digest("hex"), recorded: row.sha256 }]));
  });
}

/**
 * Write load like a busy portal's: each transaction writes two rows in two tables (same key) and a mail. Resolves
 * `started` once `warmup` transactions have committed.
 */
function writeLoad(url: string, warmup: number) {
  let stop = false;
  let committed = 0;
  let onWarm: () => void = () => {};
  const started = new Promise<void>((resolve) => (onWarm = resolve));
  const done = withClient(url, async (client) => {
    for (let i = 0; !stop; i++) {
      await client.query("BEGIN");
      await client.query(`INSERT INTO "RateLimitHit" (key, at) VALUES ($1, now())`, [`load-${i}`]);
      await client.query(`INSERT INTO "SignInFailure" (key, at) VALUES ($1, now())`, [`load-${i}`]);
      await client.query(`INSERT INTO "OutgoingEmail" (id, "to", subject, text) VALUES ($1, 'load@example.no', 'load', 'load')`, [`load-${i}`]);
      await client.query("COMMIT");
      if (++committed === warmup) onWarm();
    }
    return committed;
  });
  return { started, committed: () => committed, stop: () => ((stop = true), done) };
}

describe("backup and restore", () => {
  it("backs up a seeded portal under write load and restores it elsewhere, complete and consistent", async () => {
    const load = writeLoad(source.url, 20);
    await load.started;
    const before = load.committed();
    const file = path.join(dir, "under-load.backup.gz");
    const summary = await backupDatabase(source.url, file);
    const total = await load.stop();
    expect(total).toBeGreaterThan(before);

    const target = await createEmptyDatabase();
    targets.push(target);
    const restored = await restoreDatabase(target.url, file);

    // Every table has exactly the rows of the backup's snapshot.
    const counts = await tableCounts(target.url);
    expect(counts).toEqual(summary.counts);
    expect(restored.counts).toEqual(summary.counts);
    expect(counts.Body).toBeGreaterThan(0);
    // One snapshot: the rows each load transaction wrote together are all there or all absent, and every transaction
    // committed before the backup began is there.
    const loadRows = await withClient(target.url, async (client) => {
      const count = async (table: string) =>
        Number((await client.query(`SELECT count(*) AS n FROM "${table}" WHERE ${table === "OutgoingEmail" ? "id" : "key"} LIKE 'load-%'`)).rows[0].n);
      return { hits: await count("RateLimitHit"), failures: await count("SignInFailure"), mails: await count("OutgoingEmail") };
    });
    expect(loadRows.hits).toBeGreaterThanOrEqual(before);
    expect(loadRows.failures).toBe(loadRows.hits);
    expect(loadRows.mails).toBe(loadRows.hits);
    // Every stored file came back byte for byte.
    const files = await fileChecksums(target.url);
    expect(files.size).toBeGreaterThan(0);
    expect(files.size).toBe(summary.files);
    for (const { actual, recorded } of files.values()) expect(actual).toBe(recorded);
    // Sequences continue after the restored rows (a new row does not collide with a restored id).
    await withClient(target.url, (client) => client.query(`INSERT INTO "RateLimitHit" (key, at) VALUES ('after-restore', now())`));
  }, 600_000);

  it("a backup of the idle portal restores to the same row counts and file checksums as the original", async () => {
    const file = path.join(dir, "idle.backup.gz");
    await backupDatabase(source.url, file);
    const { header, footer } = await readBackupSummary(file);
    expect(header.migrations.length).toBeGreaterThan(0);
    expect(footer).not.toBeNull();

    const target = await createEmptyDatabase();
    targets.push(target);
    await restoreDatabase(target.url, file);
    expect(await tableCounts(target.url)).toEqual(await tableCounts(source.url));
    const [original, copy] = [await fileChecksums(source.url), await fileChecksums(target.url)];
    expect([...copy.entries()].sort()).toEqual([...original.entries()].sort());

    // A database with tables in it is not overwritten without --force; with it, it is replaced.
    await expect(restoreDatabase(target.url, file)).rejects.toThrow(RestoreRefusedError);
    await withClient(target.url, (client) => client.query(`DELETE FROM "RateLimitHit"`));
    await restoreDatabase(target.url, file, { force: true });
    expect(await tableCounts(target.url)).toEqual(await tableCounts(source.url));
  }, 600_000);

  it("refuses a file that is not a complete backup", async () => {
    const target = await createEmptyDatabase();
    targets.push(target);
    const file = path.join(dir, "idle.backup.gz");
    const cut = path.join(dir, "cut.backup.gz");
    // The last line (the footer with the counts) missing, as when a backup was interrupted.
    const zlib = await import("node:zlib");
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").trimEnd().split("\n");
    fs.writeFileSync(cut, zlib.gzipSync(lines.slice(0, -1).join("\n") + "\n"));
    await expect(restoreDatabase(target.url, cut)).rejects.toThrow(/incomplete/);
    fs.writeFileSync(path.join(dir, "other.gz"), zlib.gzipSync('{"hello":1}\n'));
    await expect(restoreDatabase(target.url, path.join(dir, "other.gz"))).rejects.toThrow(/not a Saman backup/);
  }, 600_000);
});
