// Logical backup and restore of the whole portal: every row of every table, uploaded files included (they are rows:
// DocumentFile), the same for the embedded PGlite server and a PostgreSQL server (`npm run db:backup`,
// `npm run db:restore`). Why not pg_dump: Debian's pg_dump 15 refuses PGlite's PostgreSQL 18, and the WASM pg_dump of
// @electric-sql/pglite-tools needs the PGlite instance in its own process (the portal owns it while it serves). Plain
// SQL over one connection works against both, while the portal serves.
//
// Consistency: everything is read in ONE transaction (REPEATABLE READ, READ ONLY), so the backup is the database at
// one instant even under write load. (On the embedded database a transaction is exclusive: writes wait until the
// backup has been read, seconds for a portal of this size.)
//
// File format (gzip, one JSON document per line): a header (format, version, the migrations the data belongs to,
// sequences), then `{"table", "rows": [...]}` batches (row_to_json: bytea as "\x…" hex, json as JSON), then a footer
// with the row count of every table and the sha256 of every stored file. Restore builds the schema from the
// backup's migrations, loads the rows, checks the counts, then applies any newer migrations of this code (so a backup
// of an older version restores into a newer one).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import pg from "pg";
import os from "node:os";
import { migrate, MIGRATIONS_DIR, readMigrations, type MigrationFile } from "../../lib/db/migrate";

export const BACKUP_FORMAT = "saman-backup";
export const BACKUP_VERSION = 1;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  server: string;
  migrations: { name: string; checksum: string }[];
  tables: string[];
  sequences: { name: string; value: string; isCalled: boolean }[];
};

export type BackupFooter = { end: true; counts: Record<string, number>; files: Record<string, string> };

export type BackupSummary = { file: string; bytes: number; counts: Record<string, number>; files: number };

/** Rows per batch; tables with a bytea column (stored files) go one row at a time to bound memory. */
const BATCH_ROWS = 500;
const MIGRATIONS_TABLE = "_prisma_migrations";

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

async function userTables(client: pg.Client): Promise<{ name: string; hasBytea: boolean }[]> {
  const { rows } = await client.query<{ name: string; has_bytea: boolean }>(
    `SELECT c.relname AS name,
            EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                    AND a.atttypid = 'bytea'::regtype) AS has_bytea
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => ({ name: row.name, hasBytea: row.has_bytea }));
}

async function appliedMigrations(client: pg.Client): Promise<{ name: string; checksum: string }[]> {
  const { rows } = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM ${quote(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows;
}

/** Writes a consistent backup of the database at `connectionString` to `file` (written to file.partial, then renamed). */
export async function backupDatabase(connectionString: string, file: string): Promise<BackupSummary> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const client = new pg.Client({ connectionString });
  await client.connect();
  const gzip = zlib.createGzip();
  const written = pipeline(gzip, fs.createWriteStream(partial, { mode: 0o600 }));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await new Promise((resolve) => gzip.once("drain", resolve));
  };
  const counts: Record<string, number> = {};
  const files: Record<string, string> = {};
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const tables = await userTables(client);
    const { rows: sequences } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
    );
    const sequenceValues: BackupHeader["sequences"] = [];
    for (const { name } of sequences) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${quote(name)}`);
      sequenceValues.push({ name, value: rows[0]!.last_value, isCalled: rows[0]!.is_called });
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      server: (await client.query<{ v: string }>("SELECT version() AS v")).rows[0]!.v,
      migrations: await appliedMigrations(client),
      tables: tables.map((table) => table.name),
      sequences: sequenceValues,
    };
    await write(JSON.stringify(header));
    for (const table of tables) {
      let count = 0;
      await client.query(`DECLARE saman_backup NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${quote(table.name)} t`);
      const batch = table.hasBytea ? 1 : BATCH_ROWS;
      for (;;) {
        const { rows } = await client.query<{ j: string }>(`FETCH ${batch} FROM saman_backup`);
        if (rows.length === 0) break;
        count += rows.length;
        if (table.name === "DocumentFile") {
          for (const row of rows) {
            const parsed = JSON.parse(row.j) as { versionId: string; content: string };
            files[parsed.versionId] = createHash("sha256").update(Buffer.from(parsed.content.slice(2), "hex")).digest("hex");
          }
        }
        await write(`{"table":${JSON.stringify(table.name)},"rows":[${rows.map((row) => row.j).join(",")}]}`);
      }
      await client.query("CLOSE saman_backup");
      counts[table.name] = count;
    }
    await client.query("COMMIT");
    await write(JSON.stringify({ end: true, counts, files } satisfies BackupFooter));
    gzip.end();
    await written;
    fs.renameSync(partial, target);
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
  return { file: target, bytes: fs.statSync(target).size, counts, files: Object.keys(files).length };
}

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefusedError";
  }
}

export type RestoreSummary = { counts: Record<string, number>; appliedAfter: string[]; createdAt: string };

async function* backupLines(file: string): AsyncGenerator<unknown> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line);
}

/** The backup's migrations must be the first ones of this code, unchanged. */
function checkMigrations(backup: BackupHeader["migrations"], code: MigrationFile[]) {
  backup.forEach((migration, index) => {
    const ours = code[index];
    if (!ours || ours.name !== migration.name) {
      throw new RestoreRefusedError(
        `The backup was made by another version of Saman (its migration ${migration.name} is not this code's ` +
          `${ours?.name ?? "(none)"}). Restore it with the version that made it, or a newer one.`,
      );
    }
    if (ours.checksum !== migration.checksum) throw new RestoreRefusedError(`Migration ${migration.name} differs from the one in the backup.`);
  });
}

/**
 * Restores `file` into the database at `connectionString`. Refuses a database that already has tables unless
 * `force` (then the public schema is dropped and rebuilt first).
 */
export async function restoreDatabase(
  connectionString: string,
  file: string,
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<RestoreSummary> {
  const log = options.log ?? (() => {});
  const lines = backupLines(file);
  const first = (await lines.next()).value as BackupHeader | undefined;
  if (first?.format !== BACKUP_FORMAT) throw new RestoreRefusedError(`${file} is not a Saman backup.`);
  if (first.version !== BACKUP_VERSION) throw new RestoreRefusedError(`Unknown backup format version ${first.version}.`);
  const header = first;
  const code = readMigrations();
  checkMigrations(header.migrations, code);

  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const existing = await userTables(client);
    const hasMigrations = (await client.query(`SELECT to_regclass('public.${MIGRATIONS_TABLE}') IS NOT NULL AS x`)).rows[0].x as boolean;
    if (existing.length > 0 || hasMigrations) {
      if (!options.force) {
        throw new RestoreRefusedError(
          `The target database is not empty (${existing.length} tables). Restore into an empty database or data directory, ` +
            `or add --force to replace everything in it.`,
        );
      }
      log("--force: dropping everything in the target database");
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }
    // The schema exactly as it was when the backup was made: its migrations only.
    const only = fs.mkdtempSync(path.join(os.tmpdir(), "saman-restore-"));
    try {
      for (const migration of header.migrations) fs.cpSync(path.join(MIGRATIONS_DIR, migration.name), path.join(only, migration.name), { recursive: true });
      await migrate(connectionString, { dir: only, log });
    } finally {
      fs.rmSync(only, { recursive: true, force: true });
    }

    await client.query("BEGIN");
    // Foreign keys are checked at the end, not row by row: rows come table by table in any order, and a table may
    // point at itself or at a table that follows. Made deferrable for this transaction only.
    const { rows: foreignKeys } = await client.query<{ table: string; name: string }>(
      `SELECT cl.relname AS table, co.conname AS name FROM pg_constraint co
         JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
        WHERE n.nspname = 'public' AND co.contype = 'f' AND NOT co.condeferrable`,
    );
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${quote(fk.table)} ALTER CONSTRAINT ${quote(fk.name)} DEFERRABLE INITIALLY DEFERRED`);
    await client.query("SET CONSTRAINTS ALL DEFERRED");
    // The rows as they were, nothing added: user triggers (the ComplianceChange log, migration compliance_snapshot)
    // are off while loading, for this transaction only; foreign keys (internal triggers) stay on.
    const { rows: triggered } = await client.query<{ table: string }>(
      `SELECT DISTINCT cl.relname AS table FROM pg_trigger t
         JOIN pg_class cl ON cl.oid = t.tgrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
        WHERE n.nspname = 'public' AND NOT t.tgisinternal`,
    );
    for (const { table } of triggered) await client.query(`ALTER TABLE ${quote(table)} DISABLE TRIGGER USER`);
    let footer: BackupFooter | null = null;
    const loaded: Record<string, number> = {};
    for await (const item of lines) {
      const line = item as { table?: string; rows?: unknown[]; end?: true };
      if (line.end) {
        footer = line as BackupFooter;
        break;
      }
      if (!line.table || !line.rows || !header.tables.includes(line.table)) throw new RestoreRefusedError(`${file} is damaged (unexpected line).`);
      await client.query(`INSERT INTO ${quote(line.table)} SELECT * FROM json_populate_recordset(NULL::${quote(line.table)}, $1::json)`, [
        JSON.stringify(line.rows),
      ]);
      loaded[line.table] = (loaded[line.table] ?? 0) + line.rows.length;
    }
    if (!footer) throw new RestoreRefusedError(`${file} is incomplete (no end marker): the backup did not finish.`);
    for (const [table, count] of Object.entries(footer.counts)) {
      if ((loaded[table] ?? 0) !== count) throw new RestoreRefusedError(`${file} is damaged: ${table} has ${loaded[table] ?? 0} rows, expected ${count}.`);
    }
    await client.query("SET CONSTRAINTS ALL IMMEDIATE");
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${quote(fk.table)} ALTER CONSTRAINT ${quote(fk.name)} NOT DEFERRABLE`);
    for (const { table } of triggered) await client.query(`ALTER TABLE ${quote(table)} ENABLE TRIGGER USER`);
    for (const sequence of header.sequences) {
      await client.query(`SELECT setval($1, $2::bigint, $3)`, [quote(sequence.name), sequence.value, sequence.isCalled]);
    }
    await client.query("COMMIT");
    // Then this code's newer migrations, if any: an older backup comes up on the current schema.
    const appliedAfter = await migrate(connectionString, { log });
    return { counts: footer.counts, appliedAfter, createdAt: header.createdAt };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Reads a backup's header and footer without restoring it (verification, `db:restore --check`). */
export async function readBackupSummary(file: string): Promise<{ header: BackupHeader; footer: BackupFooter | null }> {
  let header: BackupHeader | null = null;
  let footer: BackupFooter | null = null;
  for await (const item of backupLines(file)) {
    if (!header) header = item as BackupHeader;
    else if ((item as { end?: true }).end) footer = item as BackupFooter;
  }
  if (header?.format !== BACKUP_FORMAT) throw new RestoreRefusedError(`${file} is not a Saman backup.`);
  return { header, footer };
}
