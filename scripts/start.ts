// npm start – the whole portal on http://localhost:3000 (PORT to change), on the embedded database under data/
// unless DATABASE_URL points at PostgreSQL. `npm run dev` does the same with `next dev`.
import { DataDirectoryLockedError } from "../lib/db/lock";
import { DATA_DIR } from "./lib/with-database";
import { serve, stopOnSignals } from "./lib/serve";

try {
  const { stop } = await serve({
    dataDir: DATA_DIR,
    port: Number(process.env.PORT ?? 3000),
    hostname: process.env.HOSTNAME ?? "localhost",
    dev: process.argv.includes("--dev"),
  });
  stopOnSignals(stop);
} catch (error) {
  if (error instanceof DataDirectoryLockedError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
