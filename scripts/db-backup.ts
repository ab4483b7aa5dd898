// npm run db:backup [FILE] – a consistent backup of everything (rows and stored files) while the portal serves:
// DATABASE_URL when set, else the embedded database (through the running portal, or opened here when it is stopped).
// Default FILE: data/backups/saman-<time>.backup.gz. Format and consistency: scripts/lib/backup.ts.
import path from "node:path";
import { DataDirectoryLockedError } from "../lib/db/lock";
import { backupDatabase } from "./lib/backup";
import { withDatabase } from "./lib/with-database";

const file =
  process.argv.slice(2).find((arg) => !arg.startsWith("-")) ??
  path.join("data", "backups", `saman-${new Date().toISOString().replace(/[:.]/g, "-").replace("Z", "")}.backup.gz`);

try {
  const summary = await withDatabase((url) => backupDatabase(url, file));
  const rows = Object.values(summary.counts).reduce((sum, n) => sum + n, 0);
  console.log(
    `backup written: ${path.relative(process.cwd(), summary.file) || summary.file} ` +
      `(${(summary.bytes / 1024 / 1024).toFixed(1)} MB; ${rows} rows in ${Object.keys(summary.counts).length} tables; ${summary.files} stored files)`,
  );
} catch (error) {
  if (error instanceof DataDirectoryLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
