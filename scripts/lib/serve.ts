// Starts Saman: database (embedded PGlite owned by this process, or DATABASE_URL), migrations, demo seed on an
// empty database, a production build when missing or stale, then `next start` (or `next dev`) as a child process.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startEmbeddedDatabase, TemplateRejectedError, type EmbeddedDatabase } from "../../lib/db/embedded";
import { discardTemplate } from "../../lib/db/template";
import { migrate } from "../../lib/db/migrate";
import { embeddedPort } from "../../lib/db/url";
import pg from "pg";
import net from "node:net";
import { buildIfNeeded } from "./build";
import { createFrontServer } from "./front-server";
import { resolveSecrets } from "./secrets";
import { seededTemplate } from "./seeded-template";

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
const GRACEFUL_STOP = path.join(process.cwd(), "scripts", "lib", "graceful-stop.cjs");

/** How long requests in flight may take to finish when the portal is asked to stop. */
export function shutdownLimitMs(): number {
  return Number(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? 10) * 1000;
}

export type Served = {
  url: string;
  /** Graceful stop (see stopOnSignals); true when every request finished and the web server exited cleanly. */
  stop: () => Promise<boolean>;
};

export async function serve(options: ServeOptions): Promise<Served> {
  const log = options.log ?? ((line: string) => console.log(`[saman] ${line}`));
  // First, before anything starts: with a PostgreSQL server both secrets must come from the environment.
  const secrets = resolveSecrets({ dataDir: options.dataDir, log });
  // The build reads the key too (it is written into the server-actions manifest): one key for build and run.
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = secrets.serverActionsKey;
  // The build needs no database: it runs while the database is opened, migrated and seeded (on a fresh clone the
  // seeded template is made then), each on its own core, so a first start waits for the longer of the two, not both.
  const building = options.dev ? null : buildIfNeeded({ log });
  building?.catch(() => {}); // awaited below; this only keeps an early failure from being "unhandled" meanwhile
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  try {
    if (!databaseUrl) {
      embedded = await openEmbedded(options, log);
      databaseUrl = embedded.url;
      log(`embedded PostgreSQL (PGlite) ${embedded.dataDir ?? "in memory"} on ${embedded.url}`);
    } else {
      log("using DATABASE_URL");
    }
    await migrate(databaseUrl, { log });
    // Demo content (with demo users and a published demo password) only where wanted: production sets
    // SEED_ON_EMPTY=false so a new, empty production database is never filled with it.
    if (process.env.SEED_ON_EMPTY !== "false") await seedIfEmpty(databaseUrl, log);
    else log("SEED_ON_EMPTY=false: no demo content is seeded");
    await building;
  } catch (error) {
    // A failed database start does not leave a build running behind this process's back.
    await building?.catch(() => {});
    await embedded?.close();
    throw error;
  }

  const hostname = options.hostname ?? "localhost";
  const url = `http://${hostname}:${options.port}`;
  // In production mode Next listens on a private loopback port behind the front server (request guards, real client
  // address: scripts/lib/front-server.ts); `next dev` is served directly.
  const nextPort = options.dev ? options.port : await freePort();
  // "localhost", not 127.0.0.1: Next takes a rewrite by proxy.ts (to the cached anonymous pages) for its own only when
  // the rewrite's host is the one it listens on, and a proxy's request URL always says "localhost" for a loopback
  // address – with 127.0.0.1 every such rewrite went out as a second HTTP request to itself.
  const nextHost = options.dev ? hostname : "localhost";
  const preloads = options.dev ? [EXIT_WITH_PARENT, PEER_ADDRESS] : [EXIT_WITH_PARENT, PEER_ADDRESS, GRACEFUL_STOP];
  const child: ChildProcess = spawn(
    process.execPath,
    // Next keeps an idle connection from the front server open longer than the front server keeps it in its pool
    // (front-server.ts, UPSTREAM_IDLE_MS), so the front server, not Next, is the one that closes it.
    [NEXT_BIN, options.dev ? "dev" : "start", "-p", String(nextPort), "-H", nextHost, ...(options.dev ? [] : ["--keepAliveTimeout", "120000"])],
    {
      stdio: "inherit",
      // Its own process group: Ctrl-C in a terminal reaches only this process, which stops the front server first
      // and then the Next server (stop below). Killed with this process, it ends by itself (exit-with-parent.cjs).
      detached: !options.dev,
      env: {
        ...process.env,
        ...options.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
        NEXTAUTH_SECRET: secrets.nextAuthSecret,
        NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secrets.serverActionsKey,
        // The disk that /api/health watches (lib/health/disk.ts).
        ...(embedded?.dataDir ? { SAMAN_DATA_DIR: embedded.dataDir } : {}),
        // glibc gives every thread its own malloc arena and rarely returns their memory: with Node's worker threads
        // that is RSS that only grows. Two arenas are plenty for one event loop (the systemd unit sets it for the
        // portal process too).
        MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2",
        // SIGTERM/SIGINT are handled by graceful-stop.cjs: requests in flight, then the app's shutdown hooks.
        ...(options.dev ? {} : { NEXT_MANUAL_SIG_HANDLE: "true" }),
        // Behind the front server X-Forwarded-For is always set by it, so the app may trust it.
        ...(options.dev ? {} : { TRUST_PROXY: "true" }),
        // The Next server ends when this process dies, even by kill -9 (it would otherwise hold a dead database);
        // and every request carries its TCP peer's address (lib/auth/client-address.ts).
        NODE_OPTIONS: [process.env.NODE_OPTIONS ?? "", ...heapLimit(options.dev), ...preloads.map((file) => `--require ${file}`)].join(" ").trim(),
      },
    },
  );
  const front = options.dev
    ? null
    : createFrontServer({
        upstreamPort: nextPort,
        upstreamHost: nextHost,
        trustProxy: process.env.TRUST_PROXY === "true",
        upstreamConcurrency: Number(process.env.UPSTREAM_CONCURRENCY ?? 10),
        hsts: true,
        extraOrigins: [new URL(process.env.NEXTAUTH_URL ?? url).origin],
        instanceId: process.env.SAMAN_INSTANCE_ID,
      });
  if (front) {
    await new Promise<void>((resolve, reject) => {
      front.server.once("error", reject);
      front.server.listen(options.port, hostname, () => resolve());
    });
  }
  // The runtime in the log: npm scripts run node_modules/.bin/node (the `node` package, Node 24; issue 19.7).
  log(`Saman is starting on ${url} (Node ${process.version})`);

  // Graceful stop: the front server stops accepting and lets the requests in flight finish (up to the limit); then
  // the Next server gets SIGTERM and finishes its own work (graceful-stop.cjs: the mail worker's current mail, the
  // database pool); then the embedded database closes and its lock is released.
  let stopping: Promise<boolean> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      const limit = shutdownLimitMs();
      const drained = front ? await front.shutdown(limit) : true;
      if (!drained) log(`requests still open after ${limit / 1000} s were cut off`);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        // The Next server's own limit for requests, then as long again for its shutdown hooks, and a margin.
        const killed = await Promise.race([exited.then(() => false), new Promise((resolve) => setTimeout(() => resolve(true), 2 * limit + 5000))]);
        if (killed) {
          log("the web server did not stop in time: killing it");
          child.kill("SIGKILL");
          await exited;
        }
      }
      const childClean = child.exitCode === 0;
      await embedded?.close();
      return drained && childClean;
    })());
  child.once("exit", (code, signal) => {
    if (!stopping) {
      log(`the web server stopped (${signal ?? `exit code ${code}`}); closing the database`);
      void stop().then(() => process.exit(code || 1));
    }
  });
  return { url, stop };
}

/**
 * A ceiling for the Next server's JavaScript heap (NEXT_MAX_HEAP_MB, default 192). Without one V8 sizes its heap by
 * the machine's memory and collects old garbage late: under sustained traffic the Next server grew from ~230 MB to
 * over 1 GB RSS without holding more live data (BENCHMARKS.md, soak). With it, V8 collects sooner and RSS stays flat.
 * The young generation is kept small too (NEXT_SEMI_SPACE_MB, default 4; V8's default is 16, three times over): short-
 * lived render garbage is collected sooner, ~70 MB less RSS under load at no visible cost in throughput (soak).
 * Not for `next dev` (its compiler needs more), and not when NODE_OPTIONS already sets them.
 */
function heapLimit(dev: boolean | undefined): string[] {
  if (dev) return [];
  const options = process.env.NODE_OPTIONS ?? "";
  return [
    ...(/--max-old-space-size/.test(options) ? [] : [`--max-old-space-size=${Number(process.env.NEXT_MAX_HEAP_MB ?? 192)}`]),
    ...(/--max-semi-space-size/.test(options) ? [] : [`--max-semi-space-size=${Number(process.env.NEXT_SEMI_SPACE_MB ?? 4)}`]),
  ];
}

/**
 * The embedded database. A new one (no data directory yet, or in memory) that is to be seeded starts from the seeded
 * template (scripts/lib/seeded-template.ts), made first when there is none for today's seed and migrations;
 * migrate() and seedIfEmpty() then find nothing to do. DB_TEMPLATE=false: migrated and seeded in place, as before.
 */
async function openEmbedded(options: ServeOptions, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const port = options.dbPort ?? embeddedPort();
  const wanted = process.env.SEED_ON_EMPTY !== "false" && process.env.DB_TEMPLATE !== "false";
  let key: string | null = null;
  const template = async () => {
    try {
      const found = await seededTemplate({ log });
      key = found.key;
      log(`new database: unpacking the template ${found.key}${found.made ? "" : " (made earlier)"}`);
      return found.tarball;
    } catch (error) {
      log(`no database template (${error instanceof Error ? error.message : String(error)}): migrating and seeding instead`);
      return null;
    }
  };
  try {
    return await startEmbeddedDatabase({ dataDir: options.dataDir, port, ...(wanted ? { template } : {}) });
  } catch (error) {
    if (!(error instanceof TemplateRejectedError) || !key) throw error;
    log(`${error.message}: the template is dropped; migrating and seeding instead`);
    discardTemplate(key);
    return startEmbeddedDatabase({ dataDir: options.dataDir, port });
  }
}

/** Seeds an empty database once, even when several instances start together (session advisory lock). */
async function seedIfEmpty(databaseUrl: string, log: (line: string) => void) {
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [SEED_LOCK_KEY]);
    if ((await lock.query('SELECT 1 FROM "Body" LIMIT 1')).rowCount) return;
    log("empty database: seeding the structure and demo content …");
    // Loaded only to seed: the Prisma client and the seed's data would otherwise stay in this long-lived process's
    // memory for nothing (BENCHMARKS.md, soak).
    const [{ createPrisma }, { seed }] = await Promise.all([import("../../lib/db/client"), import("../../prisma/seed")]);
    const prisma = createPrisma(databaseUrl);
    try {
      await seed(prisma, { log });
    } finally {
      await prisma.$disconnect();
    }
  } finally {
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

/**
 * Stops gracefully on SIGTERM, SIGINT (Ctrl-C) and SIGHUP: exit 0 when everything finished in time, 1 when requests
 * had to be cut off. Further signals while stopping change nothing: Ctrl-C under npm arrives twice (from the terminal
 * and forwarded by npm), and the stop is bounded by its own limits (SHUTDOWN_TIMEOUT_SECONDS).
 */
export function stopOnSignals(stop: () => Promise<boolean | void>) {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void stop().then(
        (clean) => process.exit(clean === false ? 1 : 0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}
