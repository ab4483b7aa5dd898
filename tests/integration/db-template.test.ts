// Database templates (issue 18.5, lib/db/template.ts): a database unpacked from the seeded template is the database a
// migration and seed make; a changed migration or seed source gets a new template, never the old one; a damaged,
// partial or half-unpacked template is ignored and made again. Real PGlite databases throughout, no mocks.
// @embedded-only: these templates are the embedded database's; .ci/run does not run this file again on PostgreSQL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, TemplateRejectedError, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { obtainTemplate, readTemplate, templateKey, templatePath, writeTemplate } from "@/lib/db/template";
import { seed } from "@/prisma/seed";
import { seededTemplate, seededTemplateKey, seedSources } from "@/scripts/lib/seeded-template";
import { createTestDatabase, migratedTemplate, type TestDatabase } from "../helpers/db";

const NOW = new Date("2026-06-15T10:00:00Z");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "saman-template-"));
const templates = path.join(work, "templates");
const opened: { close: () => Promise<void> }[] = [];
const previousDir = process.env.DB_TEMPLATE_DIR;

async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      if (name === "_prisma_migrations") continue; // ids and times of the run, compared by name below
      counts[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows[0]!.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

async function migrationNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY 1`)).rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

beforeAll(() => {
  process.env.DB_TEMPLATE_DIR = templates;
});

afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
  if (previousDir === undefined) delete process.env.DB_TEMPLATE_DIR;
  else process.env.DB_TEMPLATE_DIR = previousDir;
  fs.rmSync(work, { recursive: true, force: true });
});

describe("the seeded template", () => {
  let direct: TestDatabase;
  let fromTemplate: EmbeddedDatabase;
  const dataDir = path.join(work, "fresh", "pglite");

  beforeAll(async () => {
    direct = await createTestDatabase();
    opened.push(direct);
    await seed(direct.prisma, { now: NOW });
    const { tarball, made } = await seededTemplate({ now: NOW });
    expect(made).toBe(true);
    fromTemplate = await startEmbeddedDatabase({ dataDir, port: 0, template: async () => tarball });
    opened.push(fromTemplate);
  }, 900_000);

  it("gives a fresh data directory the same rows, table by table, as migrating and seeding it", async () => {
    const expected = await rowCounts(direct.url);
    expect(expected.Body).toBeGreaterThan(0);
    expect(expected.Meeting).toBeGreaterThan(0);
    expect(await rowCounts(fromTemplate.url)).toEqual(expected);
  });

  it("is fully migrated: every migration recorded, none left to apply", async () => {
    expect(await migrationNames(fromTemplate.url)).toEqual(readMigrations().map((m) => m.name));
    expect(await migrate(fromTemplate.url)).toEqual([]);
  });

  it("is stored and found again for the same day, seed and migrations", async () => {
    const again = await seededTemplate({ now: new Date("2026-06-15T20:00:00Z") });
    expect(again.made).toBe(false);
    expect(fs.existsSync(templatePath(again.key))).toBe(true);
  });
});

describe("the key", () => {
  it("changes with a changed migration, so the old template is not used", async () => {
    const migrations = path.join(work, "migrations");
    fs.cpSync(path.join(process.cwd(), "prisma", "migrations"), migrations, { recursive: true });
    expect(templateKey("migrated", [], { migrationsDir: migrations })).toBe(templateKey("migrated"));
    const last = readMigrations(migrations).at(-1)!;
    fs.appendFileSync(path.join(migrations, last.name, "migration.sql"), "\n-- changed\n");
    const changed = templateKey("migrated", [], { migrationsDir: migrations });
    expect(changed).not.toBe(templateKey("migrated"));

    // With the template of the current migrations stored, the changed key still makes its own.
    const current = await migratedTemplate();
    expect(readTemplate(current.key)).not.toBeNull();
    let made = 0;
    const result = await obtainTemplate(changed, async () => {
      made++;
      return current.tarball;
    });
    expect(made).toBe(1);
    expect(result.made).toBe(true);
  }, 300_000);

  it("follows the seed's sources (through its imports) and the day", () => {
    const sources = seedSources();
    expect(sources).toEqual(expect.arrayContaining(["prisma/seed/index.ts", "prisma/seed/time.ts", "prisma/structure/bergen.json", "lib/i18n/oslo.ts"]));

    const root = path.join(work, "root");
    for (const file of [...sources, "package-lock.json"]) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.copyFileSync(path.join(process.cwd(), file), path.join(root, file));
    }
    const key = seededTemplateKey(NOW, root);
    expect(key).toBe(seededTemplateKey(NOW));
    expect(seededTemplateKey(new Date("2026-06-15T21:00:00Z"), root)).toBe(key); // 23:00 in Oslo, the same day
    expect(seededTemplateKey(new Date("2026-06-15T22:30:00Z"), root)).not.toBe(key); // 00:30 on the 16th in Oslo
    fs.appendFileSync(path.join(root, "prisma/seed/news.ts"), "\n// changed\n");
    expect(seededTemplateKey(NOW, root)).not.toBe(key);
  });
});

describe("a damaged template", () => {
  it("is ignored when truncated (as by a writer that died), removed, and made again", async () => {
    const { key, tarball } = await migratedTemplate();
    const bytes = new Uint8Array(await tarball.arrayBuffer());
    fs.writeFileSync(templatePath(key), bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(readTemplate(key)).toBeNull();
    expect(fs.existsSync(templatePath(key))).toBe(false);

    const again = await migratedTemplate();
    expect(readTemplate(key)).not.toBeNull();
    const db = await startEmbeddedDatabase({ dataDir: null, port: 0, template: async () => again.tarball });
    opened.push(db);
    expect(await migrate(db.url)).toEqual([]);
  }, 300_000);

  it("leaves no file under its name when the writer stops before the rename; a leftover temporary file is not read", async () => {
    const key = templateKey("partial-write-test");
    fs.mkdirSync(templates, { recursive: true });
    fs.writeFileSync(`${templatePath(key)}.tmp-99999-deadbeef`, "half a tarball");
    expect(readTemplate(key)).toBeNull();
    await writeTemplate(key, new Blob([new Uint8Array(await (await migratedTemplate()).tarball.arrayBuffer())]));
    expect(readTemplate(key)).not.toBeNull();
  }, 300_000);

  it("that PGlite cannot start from is rejected, and leaves no data directory behind", async () => {
    const dataDir = path.join(work, "rejected", "pglite");
    const notATarball = new Blob([new Uint8Array((await import("node:zlib")).gzipSync(Buffer.from("not a tarball")))]);
    await expect(startEmbeddedDatabase({ dataDir, port: 0, template: async () => notATarball })).rejects.toBeInstanceOf(TemplateRejectedError);
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(fs.existsSync(`${dataDir}.unpacking`)).toBe(false);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("half unpacked by a process that died is removed at the next start, which unpacks it again", async () => {
    const dataDir = path.join(work, "half", "pglite");
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "18\n"); // looks like a database, holds none
    fs.writeFileSync(`${dataDir}.unpacking`, "12345\n");
    const { tarball } = await migratedTemplate();
    const db = await startEmbeddedDatabase({ dataDir, port: 0, template: async () => tarball });
    opened.push(db);
    expect(fs.existsSync(`${dataDir}.unpacking`)).toBe(false);
    expect(await migrate(db.url)).toEqual([]);
  }, 300_000);
});
