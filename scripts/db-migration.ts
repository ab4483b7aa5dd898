// npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the schema of the last
// migration (prisma/migrations/schema-at-last-migration.prisma) to prisma/schema.prisma, then proves the whole
// chain applies on a fresh database. No database of yours is touched.
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { MIGRATIONS_DIR, migrate } from "../lib/db/migrate";
import { isEmptyMigration, prismaDiffSql } from "./lib/prisma-diff";

const SCHEMA = path.join("prisma", "schema.prisma");
const SNAPSHOT = path.join(MIGRATIONS_DIR, "schema-at-last-migration.prisma");

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_+|_+$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (e.g. add_meeting_room)");
  process.exit(2);
}

const db = await startEmbeddedDatabase({ dataDir: null, port: 0 });
try {
  const sql = await prismaDiffSql(fs.existsSync(SNAPSHOT) ? { schema: SNAPSHOT } : "empty", SCHEMA, db.url);
  if (isEmptyMigration(sql)) {
    console.log("prisma/schema.prisma has no changes since the last migration: nothing written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "migration.sql"), sql);
    fs.copyFileSync(SCHEMA, SNAPSHOT);
    const applied = await migrate(db.url);
    console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql; all ${applied.length} migrations apply cleanly.`);
  }
} finally {
  await db.close();
}
