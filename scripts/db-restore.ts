// npm run db:restore FILE [--force] – restores a backup of `npm run db:backup` into DATABASE_URL when set, else into
// the embedded database directory DATA_DIR (default data/pglite; the portal must be stopped: it owns the directory).
// The target must be empty (a new database, or a data directory that does not exist yet); --force replaces what is
// there. Newer migrations of this code are applied after the data is loaded.
import { DataDirectoryLockedError } from "../lib/db/lock";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { RestoreRefusedError, restoreDatabase } from "./lib/backup";
import { DATA_DIR } from "./lib/with-database";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("-"));
const force = args.includes("--force");
if (!file) {
  console.error("usage: npm run db:restore -- FILE [--force]");
  process.exit(2);
}

const log = (line: string) => console.log(`[restore] ${line}`);
try {
  let summary;
  if (process.env.DATABASE_URL) {
    summary = await restoreDatabase(process.env.DATABASE_URL, file, { force, log });
  } else {
    const db = await startEmbeddedDatabase({ dataDir: DATA_DIR, port: 0 });
    try {
      log(`into the embedded database ${db.dataDir}`);
      summary = await restoreDatabase(db.url, file, { force, log });
    } finally {
      await db.close();
    }
  }
  const rows = Object.values(summary.counts).reduce((sum, n) => sum + n, 0);
  log(`restored the backup of ${summary.createdAt}: ${rows} rows in ${Object.keys(summary.counts).length} tables, counts checked`);
  if (summary.appliedAfter.length) log(`then applied ${summary.appliedAfter.length} newer migration(s)`);
} catch (error) {
  if (error instanceof RestoreRefusedError || error instanceof DataDirectoryLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
