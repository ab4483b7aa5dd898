// A fresh, migrated database for one test file. With TEST_DATABASE_URL (CI: a real PostgreSQL from Debian) a new
// database is created on that server; otherwise an in-memory embedded PGlite server is started. Never a mock.
// The embedded one starts from the migrated template (lib/db/template.ts, keyed by the migrations): the first file
// that finds none migrates an empty database and stores it, every later file unpacks it in a fraction of the time.
// On a PostgreSQL server the same is done with the server's own templates: the first file migrates a template
// database (named by the same key), every later one is a CREATE DATABASE … TEMPLATE copy of it. A file that needs the
// seeded database asks for createSeededTestDatabase({ now }): the same, from a template that was also seeded at `now`.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { createPrisma, type Db } from "@/lib/db/client";
import { startEmbeddedDatabase, TemplateRejectedError } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { discardTemplate, obtainTemplate, templateKey } from "@/lib/db/template";
import { seedSources } from "@/scripts/lib/seeded-template";

export type TestDatabase = { url: string; prisma: Db; close: () => Promise<void> };

/** An empty database (no migrations). */
export async function createEmptyDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const db = await startEmbeddedDatabase({ dataDir: null, port: 0 });
    return { url: db.url, close: db.close };
  }
  const name = `saman_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return onServer(server, name);
}

/** The migrated, unseeded template of the embedded database (made and stored when missing). */
export async function migratedTemplate(): Promise<{ key: string; tarball: Blob }> {
  const key = templateKey("migrated");
  const { tarball } = await obtainTemplate(key, async () => {
    const db = await startEmbeddedDatabase({ dataDir: null, port: 0 });
    try {
      await migrate(db.url);
      return await db.dump();
    } finally {
      await db.close();
    }
  });
  return { key, tarball };
}

let template: Promise<{ key: string; tarball: Blob }> | null = null;

async function migratedEmbeddedDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  const { key, tarball } = await (template ??= migratedTemplate());
  try {
    return await startEmbeddedDatabase({ dataDir: null, port: 0, template: async () => tarball });
  } catch (error) {
    if (!(error instanceof TemplateRejectedError)) throw error;
    // A template that does not start (damaged in a way the gzip check cannot see): dropped, and migrated from empty.
    discardTemplate(key);
    template = null;
    return createEmptyDatabase();
  }
}

/** The database `name` on the server, dropped by `close`. */
function onServer(server: string, name: string): { url: string; close: () => Promise<void> } {
  return {
    url: databaseUrl(server, name),
    close: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A new database on the TEST_DATABASE_URL server, copied from the template database named by `key` (made when
 * missing: migrated, then `fill`ed).
 */
async function serverDatabaseFrom(
  server: string,
  key: string,
  fill: (url: string) => Promise<void> = async () => {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const template = `saman_tpl_${key.split("-").pop()!.slice(0, 20)}`;
  const name = `saman_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    // One file at a time makes the template (files run in parallel workers); a copy needs no other session on it.
    await admin.query("SELECT pg_advisory_lock(hashtext($1))", [template]);
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
    if (!rowCount) {
      // Made under another name and renamed when complete: a file that died half-way leaves no template behind.
      const making = `${template}_making`;
      await admin.query(`DROP DATABASE IF EXISTS ${making} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${making}`);
      await migrate(databaseUrl(server, making));
      await fill(databaseUrl(server, making));
      await admin.query(`ALTER DATABASE ${making} RENAME TO ${template}`);
    }
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.query("SELECT pg_advisory_unlock(hashtext($1))", [template]).catch(() => {});
    await admin.end();
  }
  return onServer(server, name);
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  const db = server ? await serverDatabaseFrom(server, templateKey("migrated")) : await migratedEmbeddedDatabase();
  return withPrisma(db);
}

async function withPrisma(db: { url: string; close: () => Promise<void> }): Promise<TestDatabase> {
  // From a template this only confirms every migration is recorded with its checksum (nothing to apply).
  await migrate(db.url);
  const prisma = createPrisma(db.url);
  return {
    url: db.url,
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

export function isRealPostgres(): boolean {
  return Boolean(process.env.TEST_DATABASE_URL);
}

/** Runs the seed (prisma/seed) into the database at `url`. */
async function seedInto(url: string, options: SeedTemplateOptions): Promise<void> {
  const { seed } = await import("@/prisma/seed");
  const prisma = createPrisma(url);
  try {
    await seed(prisma, { now: options.now, structure: options.structure });
  } finally {
    await prisma.$disconnect();
  }
}

type SeedTemplateOptions = { now: Date; structure?: string };

/**
 * The key of a seeded test template: the seed's sources and libraries, its moment and structure, and the day it was
 * made (rows the database stamps itself, such as createdAt, are then never older than that day).
 */
function seededKey(options: SeedTemplateOptions): string {
  const inputs = [`now ${options.now.toISOString()}`, `structure ${options.structure ?? process.env.SAMAN_STRUCTURE ?? ""}`];
  inputs.push(`made ${new Date().toISOString().slice(0, 10)}`);
  for (const file of [...seedSources(), "package-lock.json"]) inputs.push(`${file}\n${fs.readFileSync(file, "utf8")}`);
  return templateKey("seeded-test", inputs);
}

const seededTemplates = new Map<string, Promise<Blob>>();

/**
 * A fresh database, migrated and seeded at the fixed moment `now` – what createTestDatabase and `seed(prisma, { now })`
 * give, copied from a template of that seed (made by the first file that needs it) instead of seeded in every file.
 */
export async function createSeededTestDatabase(options: SeedTemplateOptions): Promise<TestDatabase> {
  const key = seededKey(options);
  const server = process.env.TEST_DATABASE_URL;
  if (server) return withPrisma(await serverDatabaseFrom(server, key, (url) => seedInto(url, options)));
  let tarball = seededTemplates.get(key);
  if (!tarball) {
    tarball = obtainTemplate(key, async () => {
      const db = await startEmbeddedDatabase({ dataDir: null, port: 0 });
      try {
        await migrate(db.url);
        await seedInto(db.url, options);
        return await db.dump();
      } finally {
        await db.close();
      }
    }).then((t) => t.tarball);
    seededTemplates.set(key, tarball);
  }
  const blob = await tarball;
  try {
    return await withPrisma(await startEmbeddedDatabase({ dataDir: null, port: 0, template: async () => blob }));
  } catch (error) {
    if (!(error instanceof TemplateRejectedError)) throw error;
    discardTemplate(key);
    seededTemplates.delete(key);
    const db = await createTestDatabase();
    await seedInto(db.url, options);
    return db;
  }
}
