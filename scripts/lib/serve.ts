// Starts Saman: database (embedded PGlite owned by this process, or DATABASE_URL), migrations, demo seed on an
// empty database, a production build when missing or stale, then `next start` (or `next dev`) as a child process.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPrisma } from "../../lib/db/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { embeddedPort } from "../../lib/db/url";
import { seed } from "../../prisma/seed";
import pg from "pg";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { buildIfNeeded } from "./build";
import { createFrontServer } from "./front-server";

const SEED_LOCK_KEY = 72707370;

export type ServeOptions = {
  /** PGlite data directory; null = in memory (tests). Ignored when DATABASE_URL is set. */
  dataDir: string | null;
  dbPort?: number;
  port: number;
  hostname?: string;
  dev?: boolean;
  env?: Record<string, string>;
  log?: (line: string) => void;
};

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const EXIT_WITH_PARENT = path.join(process.cwd(), "scripts", "lib", "exit-with-parent.cjs");
const PEER_ADDRESS = path.join(process.cwd(), "scripts", "lib", "peer-address.cjs");

export async function serve(options: ServeOptions): Promise<{ url: string; stop: () => Promise<void> }> {
  const log = options.log ?? ((line: string) => console.log(`[saman] ${line}`));
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: options.dataDir, port: options.dbPort ?? embeddedPort() });
    databaseUrl = embedded.url;
    log(`embedded PostgreSQL (PGlite) ${embedded.dataDir ?? "in memory"} on ${embedded.url}`);
  } else {
    log("using DATABASE_URL");
  }
  try {
    await migrate(databaseUrl, { log });
    // Demo content (with demo users and a published demo password) only where wanted: production sets
    // SEED_ON_EMPTY=false so a new, empty production database is never filled with it.
    if (process.env.SEED_ON_EMPTY !== "false") await seedIfEmpty(databaseUrl, log);
    else log("SEED_ON_EMPTY=false: no demo content is seeded");
    if (!options.dev) await buildIfNeeded({ log });
  } catch (error) {
    await embedded?.close();
    throw error;
  }

  const hostname = options.hostname ?? "localhost";
  const url = `http://${hostname}:${options.port}`;
  // In production mode Next listens on a private loopback port behind the front server (page cache for anonymous
  // readers, real client address: scripts/lib/front-server.ts); `next dev` is served directly.
  const nextPort = options.dev ? options.port : await freePort();
  const nextHost = options.dev ? hostname : "127.0.0.1";
  const child: ChildProcess = spawn(
    process.execPath,
    // Next keeps an idle connection from the front server open longer than the front server keeps it in its pool
    // (front-server.ts, UPSTREAM_IDLE_MS), so the front server, not Next, is the one that closes it.
    [NEXT_BIN, options.dev ? "dev" : "start", "-p", String(nextPort), "-H", nextHost, ...(options.dev ? [] : ["--keepAliveTimeout", "120000"])],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        ...options.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
        NEXTAUTH_SECRET: sessionSecret(options.dataDir, log),
        // Behind the front server X-Forwarded-For is always set by it, so the app may trust it.
        ...(options.dev ? {} : { TRUST_PROXY: "true" }),
        // The Next server ends when this process dies, even by kill -9 (it would otherwise hold a dead database);
        // and every request carries its TCP peer's address (lib/auth/client-address.ts).
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${EXIT_WITH_PARENT} --require ${PEER_ADDRESS}`.trim(),
      },
    },
  );
  const front = options.dev
    ? null
    : createFrontServer({
        upstreamPort: nextPort,
        trustProxy: process.env.TRUST_PROXY === "true",
        maxAgeMs: Number(process.env.PAGE_CACHE_SECONDS ?? 10) * 1000,
        hsts: true,
        extraOrigins: [new URL(process.env.NEXTAUTH_URL ?? url).origin],
      });
  if (front) {
    await new Promise<void>((resolve, reject) => {
      front.server.once("error", reject);
      front.server.listen(options.port, hostname, () => resolve());
    });
  }
  log(`Saman is starting on ${url}`);

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      front?.server.close();
      front?.server.closeAllConnections();
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      await embedded?.close();
    })());
  child.once("exit", (code) => {
    if (!stopping) {
      log(`the web server stopped (exit code ${code}); closing the database`);
      void stop().then(() => process.exit(code ?? 1));
    }
  });
  return { url, stop };
}

/**
 * NEXTAUTH_SECRET when set; otherwise a random secret kept in data/nextauth-secret (so sessions survive a restart of
 * `npm start`), or a fresh one per process for an in-memory database (tests). Production should set its own.
 */
function sessionSecret(dataDir: string | null, log: (line: string) => void): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (dataDir === null) return randomBytes(32).toString("base64url");
  const file = path.join(path.dirname(path.resolve(dataDir)), "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": when two instances start at once, the first secret written wins and both use it.
      fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
      log(`NEXTAUTH_SECRET is not set: generated one in ${path.relative(process.cwd(), file)}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  if (process.env.DATABASE_URL) log("warning: NEXTAUTH_SECRET is not set; set it in production (see README)");
  return fs.readFileSync(file, "utf8").trim();
}

/** Seeds an empty database once, even when several instances start together (session advisory lock). */
async function seedIfEmpty(databaseUrl: string, log: (line: string) => void) {
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  const prisma = createPrisma(databaseUrl);
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [SEED_LOCK_KEY]);
    if ((await prisma.body.count()) > 0) return;
    log("empty database: seeding the structure and demo content …");
    await seed(prisma, { log });
  } finally {
    await prisma.$disconnect();
    await lock.end(); // ends the session, which releases the lock
  }
}

/** A free loopback port for the Next server behind the front server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Stops cleanly on Ctrl-C / SIGTERM. */
export function stopOnSignals(stop: () => Promise<void>) {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
}
