// npm start – the whole portal on http://localhost:3000 (PORT to change), on the embedded database under data/
// unless DATABASE_URL points at PostgreSQL. `npm run dev` does the same with `next dev`.
// Run as one process (`node --import tsx`, not the tsx CLI, which would put a second process in between that kills
// this one when it does not acknowledge a signal within 30 ms): SIGTERM/SIGINT stop it gracefully (serve.ts).
import { DataDirectoryLockedError } from "../lib/db/lock";
import { DATA_DIR } from "./lib/with-database";
import { InvalidSecretError, MissingSecretsError } from "./lib/secrets";
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
  if (error instanceof DataDirectoryLockedError || error instanceof MissingSecretsError || error instanceof InvalidSecretError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
