// A fresh, migrated database for one test file. With TEST_DATABASE_URL (CI: a real PostgreSQL from Debian) a new
// database is created on that server; otherwise an in-memory embedded PGlite server is started. Never a mock.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrisma, type Db } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

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

export async function createTestDatabase(): Promise<TestDatabase> {
  const db = await createEmptyDatabase();
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
