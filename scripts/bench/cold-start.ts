// Cold start (issue 18, target: first page within 15 s of `npm start` on a fresh clone, the build excluded): the time
// from starting the portal exactly as `npm start` does, on an empty data directory, to the first 200 for `/`. The
// production build must exist (the bench builds it first through serve()). A benchmark figure, not a test.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type ColdStart = { seconds: number | null; node: string };

export async function coldStart(port: number, dbPort: number, limitSeconds = 180): Promise<ColdStart> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saman-cold-"));
  const started = performance.now();
  // What package.json's "start" runs, with this process's Node (node_modules/.bin/node under npm).
  const child = spawn(process.execPath, ["--max-semi-space-size=4", "--liftoff-only", "--import", "tsx", "scripts/start.ts"], {
    stdio: "ignore",
    env: { ...withoutDatabaseUrl(process.env), DATA_DIR: path.join(dir, "pglite"), PORT: String(port), HOSTNAME: "127.0.0.1", EMBEDDED_DB_PORT: String(dbPort) },
  });
  let seconds: number | null = null;
  try {
    while (performance.now() - started < limitSeconds * 1000 && child.exitCode === null) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).status === 200) {
          seconds = Math.round((performance.now() - started) / 100) / 10;
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { seconds, node: process.version };
}

/** The embedded database always: a DATABASE_URL in the bench's environment is not for the cold start. */
function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  delete rest.DATABASE_URL;
  return rest;
}
