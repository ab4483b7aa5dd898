// npm run db:server – serves the embedded database (data/ by default, DATA_DIR=:memory: for a throwaway one) on
// 127.0.0.1:EMBEDDED_DB_PORT, for tools that want to connect while the portal is not running.
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { DataDirectoryLockedError } from "../lib/db/lock";
import { embeddedPort } from "../lib/db/url";
import { DATA_DIR } from "./lib/with-database";

try {
  const db = await startEmbeddedDatabase({ dataDir: DATA_DIR === ":memory:" ? null : DATA_DIR, port: embeddedPort() });
  console.log(`PGlite serving ${db.dataDir ?? "memory"} at ${db.url} (Ctrl-C to stop)`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void db.close().then(() => process.exit(0)));
} catch (error) {
  if (error instanceof DataDirectoryLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
