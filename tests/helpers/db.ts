// A fresh, migrated database for one test file. With TEST_DATABASE_URL (CI: a real PostgreSQL from Debian) a new
// database is created on that server; otherwise an in-memory embedded PGlite server is started. Never a mock.
// The embedded one starts from the migrated template (lib/db/template.ts, keyed by the migrations): the first file
// that finds none migrates an empty database and stores it, every later file unpacks it in a fraction of the time.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrisma, type Db } from "@/lib/db/client";
import { startEmbeddedDatabase, TemplateRejectedError } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { discardTemplate, obtainTemplate, templateKey } from "@/lib/db/template";

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
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    close: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
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

export async function createTestDatabase(): Promise<TestDatabase> {
  const db = process.env.TEST_DATABASE_URL ? await createEmptyDatabase() : await migratedEmbeddedDatabase();
  // From the template this only confirms every migration is recorded with its checksum (nothing to apply).
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
