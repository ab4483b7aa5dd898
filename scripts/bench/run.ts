// npm run bench – what users do, measured on this machine in one run, so the ratios compare like with like:
//   - signed-in pages (member: home, /ssu, a meeting, /handlingsplan; secretariat: /saksbehandling, /admin,
//     /admin/moter) and 120 distinct searches, at 1 and 10 connections (scripts/bench/signed-in.ts);
//   - each on the embedded database and on a throwaway PostgreSQL server (scripts/bench/postgres.ts), on ten years of
//     generated data and on the seed alone (scripts/bench/datasets.ts) – ten-year/seed ratio per page;
//   - queries per render on PostgreSQL (pg_stat_statements);
//   - anonymous public pages at 50 connections, and nginx serving the same bytes (scripts/bench/nginx.ts);
//   - the JavaScript a public reading page sends (scripts/bench/js-size.ts);
//   - the cold start: an empty data directory to the first page (scripts/bench/cold-start.ts).
// Writes bench/results.json and its own section of BENCHMARKS.md (scripts/bench/figures.ts replaceSection: the
// hand-written memory history and the soak section stay). A benchmark, not a test: it reports, it does not fail.
//
// Settings: BENCH_DURATION (seconds per figure, 10), BENCH_QUICK=1 (2 s per figure, short warm-ups, fewer requests
// for the query count: a smoke run, written to bench/results-quick.json and bench/BENCHMARKS-quick.md, not the record), BENCH_DATABASES (embedded,postgres),
// BENCH_PORT (portal, 3135), BENCH_NGINX_PORT (3137), BENCH_PG_PORT (3138),
// BENCH_DB_PORT (the embedded database, 3139).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { embeddedUrl } from "../../lib/db/url";
import { buildIfNeeded } from "../lib/build";
import { seededTemplate } from "../lib/seeded-template";
import { serve } from "../lib/serve";
import { coldStart, type ColdStart } from "./cold-start";
import { embeddedDataDir, fillDatabase, type Dataset } from "./datasets";
import { figureTable, ratio, replaceSection, round2, targetRow, targetTables, type Figure, type TargetRow } from "./figures";
import { kB, markdownTable, pageScripts, publicPages, type PageScripts } from "./js-size";
import { waitForHealth } from "./health";
import { load } from "./load";
import { startCachingProxy, startNginx } from "./nginx";
import { queriesPerRender, startPostgres, type PostgresServer } from "./postgres";
import { FLOOR_NAME, measureSignedIn, SEARCH_NAME, signIn } from "./signed-in";

if (process.argv.includes("--queries")) {
  // npm run bench -- --queries: statements per render of the signed-in pages, and which (scripts/bench/queries.ts).
  await (await import("./queries")).queries();
  process.exit(0);
}

if (process.argv.includes("--soak")) {
  // npm run bench -- --soak: memory under sustained mixed traffic instead (scripts/bench/soak.ts).
  await (await import("./soak")).soak();
  process.exit(0);
}

const QUICK = process.env.BENCH_QUICK === "1";
const DURATION = Number(process.env.BENCH_DURATION ?? (QUICK ? 2 : 10));
const WARMUP = QUICK ? 3 : 10;
const QUERY_COUNT_REQUESTS = QUICK ? 3 : 20;
const PORT = Number(process.env.BENCH_PORT ?? 3135);
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? 3137);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 3138);
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 3139);
const DATABASES = (process.env.BENCH_DATABASES ?? "embedded,postgres").split(",").map((s) => s.trim()) as Database[];
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SIGNED_IN_CONNECTIONS = [1, 10];
const ANONYMOUS_CONNECTIONS = 50;

type Database = "embedded" | "postgres";
type Run = { database: Database; dataset: Dataset; figures: Figure[]; queriesPerRender: Record<string, number> };
/** `portal`: `npm start` alone; `proxied`: behind nginx with the README's 1-second page cache (the deployment). */
type Anonymous = { name: string; path: string; bytes: number; portal: Figure; proxied: Figure; nginx: Figure; ratio: number; proxiedRatio: number };

const log = (line: string) => console.log(`[bench] ${line}`);
const loadAverage = () => os.loadavg().map(round2);

/**
 * Anonymous public pages at 50 connections: on the portal alone (Next's cache, app/anon), on the portal behind nginx
 * with the deployment's 1-second page cache, then the same bytes from nginx's files.
 */
async function anonymousAgainstNginx(): Promise<Anonymous[]> {
  const pages = await publicPages(ORIGIN);
  const bodies = new Map<string, Uint8Array>();
  for (const [, path] of pages) bodies.set(path, new Uint8Array(await (await fetch(ORIGIN + path)).arrayBuffer()));
  const nginx = await startNginx(bodies, NGINX_PORT);
  const proxy = await startCachingProxy(NGINX_PORT + 10, PORT, pages[0]![1]);
  try {
    const rows: Anonymous[] = [];
    for (const [name, path] of pages) {
      const opts = { paths: path, connections: ANONYMOUS_CONNECTIONS, duration: DURATION, warmup: WARMUP };
      const portal = await load({ origin: ORIGIN, name: `${name} (portal)`, ...opts });
      const proxied = await load({ origin: proxy.origin, name: `${name} (portal behind nginx, 1 s cache)`, ...opts });
      const served = await load({ origin: nginx.origin, name: `${name} (nginx, files)`, ...opts });
      rows.push({
        name,
        path,
        bytes: bodies.get(path)!.length,
        portal,
        proxied,
        nginx: served,
        ratio: ratio(portal.requestsPerSecond, served.requestsPerSecond),
        proxiedRatio: ratio(proxied.requestsPerSecond, served.requestsPerSecond),
      });
    }
    return rows;
  } finally {
    await proxy.stop();
    await nginx.stop();
  }
}

/** One portal on one database and dataset: the signed-in figures, and what only this run measures. */
async function measureRun(database: Database, dataset: Dataset, server: PostgresServer | null, extra: boolean) {
  let databaseUrl: string;
  let dataDir: string | null = null;
  const pgDatabase = `saman_bench_${dataset.replace("-", "_")}`;
  if (server) {
    log(`PostgreSQL: filling ${pgDatabase} with the ${dataset} data …`);
    databaseUrl = await server.createDatabase(pgDatabase);
    await fillDatabase(databaseUrl, dataset);
    process.env.DATABASE_URL = databaseUrl;
  } else {
    dataDir = await embeddedDataDir(dataset);
    delete process.env.DATABASE_URL;
    // The embedded database listens on a port of its own: sessions are written through it, as the portal reads them.
    databaseUrl = embeddedUrl(DB_PORT);
  }
  log(`${database}, ${dataset}: starting the portal`);
  const { stop } = await serve({ dataDir, dbPort: DB_PORT, port: PORT, hostname: "127.0.0.1", log });
  try {
    await waitForHealth(ORIGIN);
    const signedIn = await signIn(databaseUrl);
    const figures = await measureSignedIn(ORIGIN, signedIn, { connections: SIGNED_IN_CONNECTIONS, duration: DURATION, warmup: WARMUP });
    const queries: Record<string, number> = {};
    if (server) {
      for (const page of signedIn.pages) {
        queries[page.name] = await queriesPerRender(server, pgDatabase, ORIGIN, page.path, { cookie: signedIn.cookies[page.viewer] }, QUERY_COUNT_REQUESTS);
        log(`queries per render, ${page.name}: ${queries[page.name]}`);
      }
    }
    let anonymous: Anonymous[] | null = null;
    let javascript: PageScripts[] | null = null;
    if (extra) {
      anonymous = await anonymousAgainstNginx();
      javascript = [];
      for (const [name, path] of await publicPages(ORIGIN)) javascript.push(await pageScripts(ORIGIN, name, path));
    }
    return { run: { database, dataset, figures, queriesPerRender: queries } satisfies Run, anonymous, javascript };
  } finally {
    await stop();
    delete process.env.DATABASE_URL;
  }
}

/** The targets of issue 18, each row measured in this run. */
function targets(runs: Run[], anonymous: Anonymous[] | null, javascript: PageScripts[] | null, cold: ColdStart): TargetRow[] {
  const rows: TargetRow[] = [];
  rows.push(targetRow("Cold start: an empty data directory to the first 200 of `/`, as `npm start` on a fresh clone, the build excluded (≤ 15 s)", `Node ${cold.node}`, cold.seconds ?? NaN, "s", "<=", 15));
  const find = (run: Run | undefined, name: string, connections: number) => run?.figures.find((f) => f.name === name && f.connections === connections);
  const runOf = (database: Database, dataset: Dataset) => runs.find((r) => r.database === database && r.dataset === dataset);
  const label = (database: Database) => (database === "postgres" ? "PostgreSQL" : "embedded");
  const pageNames = [...new Set(runs.flatMap((r) => r.figures.map((f) => f.name)))].filter((name) => name !== SEARCH_NAME && name !== FLOOR_NAME);
  for (const database of DATABASES) {
    const limit = database === "postgres" ? 100 : 150;
    for (const name of pageNames) {
      rows.push(targetRow(`Signed-in pages: p95 at 10 connections, ten-year data (< 100 ms PostgreSQL, < 150 ms embedded)`, `${name}, ${label(database)}`, find(runOf(database, "ten-year"), name, 10)?.p95 ?? NaN, "ms", "<", limit));
    }
  }
  const postgres = runOf("postgres", "ten-year");
  if (postgres) {
    for (const name of pageNames) rows.push(targetRow("Queries per render (PostgreSQL, ten-year data, pg_stat_statements)", name, postgres.queriesPerRender[name] ?? NaN, "queries", "<=", 5));
  }
  for (const database of DATABASES) {
    for (const name of [...pageNames, SEARCH_NAME]) {
      const tenYear = find(runOf(database, "ten-year"), name, 1)?.p50;
      const seedOnly = find(runOf(database, "seed"), name, 1)?.p50;
      rows.push(targetRow("Ten-year data against the seed: p50 at 1 connection, ratio (≤ 1.3×)", `${name}, ${label(database)}`, ratio(tenYear, seedOnly), "×", "<=", 1.3, `${tenYear ?? "–"} / ${seedOnly ?? "–"} ms`));
    }
  }
  for (const database of DATABASES) {
    rows.push(targetRow("Search: 120 distinct queries, p95 at 10 connections, ten-year data (< 50 ms)", `${label(database)}`, find(runOf(database, "ten-year"), SEARCH_NAME, 10)?.p95 ?? NaN, "ms", "<", 50));
  }
  for (const page of anonymous ?? []) {
    rows.push(targetRow("Anonymous pages: requests/s against nginx serving the same bytes, 50 connections (≥ 0.7×)", `${page.name} \`${page.path}\`, the portal alone`, page.ratio, "×", ">=", 0.7, `${page.portal.requestsPerSecond} / ${page.nginx.requestsPerSecond} req/s`));
    rows.push(targetRow("Anonymous pages: requests/s against nginx serving the same bytes, 50 connections (≥ 0.7×)", `${page.name} \`${page.path}\`, behind nginx (1 s page cache)`, page.proxiedRatio, "×", ">=", 0.7, `${page.proxied.requestsPerSecond} / ${page.nginx.requestsPerSecond} req/s`));
  }
  for (const page of javascript ?? []) {
    rows.push(targetRow("Own client JavaScript on public reading pages, beyond Next's and React's runtime (≤ 15 kB gzip)", `${page.name} \`${page.path}\``, Number(kB(page.ownGzipBytes)), "kB", "<=", 15, `${kB(page.externalGzipBytes)} kB with the runtime`));
  }
  return rows;
}

/** The reference page's figures, said in words under the targets: the floor of any signed-in render here. */
function floorNote(runs: Run[]): string {
  const lines = runs
    .filter((run) => run.dataset === "ten-year")
    .map((run) => {
      const at = (connections: number) => run.figures.find((f) => f.name === FLOOR_NAME && f.connections === connections);
      const [one, ten] = [at(1), at(10)];
      return one && ten
        ? `- ${run.database === "postgres" ? "PostgreSQL" : "embedded"}: p50 ${one.p50} ms at 1 connection (${one.requestsPerSecond} req/s); ` +
            `p95 **${ten.p95} ms** at 10 connections (${ten.requestsPerSecond} req/s)`
        : null;
    })
    .filter(Boolean);
  if (!lines.length) return "";
  return [
    "### Reference, no target: the floor of a signed-in render",
    "",
    "The member on `/kontakt` (the site's layout, the viewer, a few paragraphs; ten-year data) – what any signed-in page costs on",
    "this machine before it reads or shows anything of its own:",
    "",
    ...lines,
  ].join("\n");
}

function markdown(result: { date: string; quick: boolean; machine: Record<string, unknown>; load: { start: number[]; end: number[] }; durationSeconds: number; postgres: string | null; runs: Run[]; anonymous: Anonymous[] | null; javascript: PageScripts[] | null; targets: TargetRow[] }): string {
  const m = result.machine;
  const parts = [
    "## Speed (npm run bench)",
    "",
    `Generated ${result.date}${result.quick ? " — **BENCH_QUICK smoke run: not the record**" : ""} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.os}, Node ${m.node}` +
      `${result.postgres ? `, PostgreSQL ${result.postgres}` : ""}. Load average (1/5/15 min) at the start **${result.load.start.join(" / ")}**, at the end **${result.load.end.join(" / ")}**: ` +
      `the machine is shared, so compare figures of one run with each other (the ratios), not across runs. autocannon, ${result.durationSeconds} s per figure after a warm-up. ` +
      "Ten-year data: scripts/bench/generate.ts (~1,540 meetings, ~7,700 cases, ~20,000 documents with text, ~2,000 measures); seed: the demo seed at the same date.",
    "",
    targetTables(result.targets),
    "",
    floorNote(result.runs),
    "",
    "### Every figure",
    "",
  ];
  for (const run of result.runs) {
    parts.push(`**${run.database === "postgres" ? "PostgreSQL" : "embedded"}, ${run.dataset} data**`, "", figureTable(run.figures), "");
    const counts = Object.entries(run.queriesPerRender);
    if (counts.length) parts.push(`Queries per render: ${counts.map(([name, n]) => `${name} ${n}`).join(", ")}.`, "");
  }
  if (result.anonymous) {
    parts.push("**Anonymous pages: the portal alone, behind nginx with the 1-second page cache, and nginx serving the same bytes from files**", "", figureTable(result.anonymous.flatMap((a) => [a.portal, a.proxied, a.nginx])), "");
  }
  if (result.javascript) {
    parts.push("JavaScript sent by public reading pages (scripts/bench/js-size.ts: every `<script src>`, gzip level 9; Next's and React's runtime included):", "", markdownTable(result.javascript));
  }
  return parts.join("\n");
}

const secrets = { NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64") };
// The sessions are signed here with the secret the portal gets (required with DATABASE_URL anyway); the cookie's name
// follows the portal's origin (http: no __Secure- prefix).
for (const [name, value] of Object.entries(secrets)) process.env[name] ||= value;
process.env.NEXTAUTH_URL = ORIGIN;
const loadAtStart = loadAverage();
const started = Date.now();
// Cold start first, before anything else warms the machine's caches (scripts/bench/cold-start.ts): the build must
// exist, it is not part of the figure – nor is the seeded database template, which the first start of a fresh clone
// makes (and every later fresh data directory of the day unpacks; scripts/lib/seeded-template.ts).
await buildIfNeeded({ log });
await seededTemplate({ log });
const cold = await coldStart(PORT + 20, PORT + 21);
log(`cold start: ${cold.seconds ?? "no answer"} s on Node ${cold.node}`);
const runs: Run[] = [];
let anonymous: Anonymous[] | null = null;
let javascript: PageScripts[] | null = null;
let postgresVersion: string | null = null;
for (const database of DATABASES) {
  if (database !== "embedded" && database !== "postgres") throw new Error(`BENCH_DATABASES: unknown database ${database}`);
  const server = database === "postgres" ? await startPostgres(PG_PORT, log) : null;
  postgresVersion ??= server?.version ?? null;
  // Interrupted: the PostgreSQL server runs on its own (pg_ctl), so it is stopped here (the portal stops by itself).
  const interrupted = () => {
    server?.stop();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  try {
    for (const dataset of ["ten-year", "seed"] as const) {
      const measured = await measureRun(database, dataset, server, dataset === "ten-year" && anonymous === null);
      runs.push(measured.run);
      anonymous ??= measured.anonymous;
      javascript ??= measured.javascript;
    }
  } finally {
    process.off("SIGINT", interrupted);
    server?.stop();
  }
}
const rows = targets(runs, anonymous, javascript, cold);
const result = {
  date: new Date().toISOString(),
  quick: QUICK,
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim() ?? "?", memoryGb: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, node: process.version },
  load: { start: loadAtStart, end: loadAverage() },
  minutes: Math.round((Date.now() - started) / 6000) / 10,
  durationSeconds: DURATION,
  coldStart: cold,
  postgres: postgresVersion,
  runs,
  anonymous,
  javascript: javascript?.map((page) => ({ ...page, files: page.files.slice(0, 3) })) ?? null,
  targets: rows,
};
// A smoke run never replaces the record: it writes beside it (bench/ is not committed).
const [jsonFile, markdownFile] = QUICK ? ["bench/results-quick.json", "bench/BENCHMARKS-quick.md"] : ["bench/results.json", "BENCHMARKS.md"];
fs.mkdirSync("bench", { recursive: true });
fs.writeFileSync(jsonFile, JSON.stringify(result, null, 2) + "\n");
const current = fs.existsSync("BENCHMARKS.md") ? fs.readFileSync("BENCHMARKS.md", "utf8") : "";
let next = replaceSection(current, "bench", markdown(result), { before: "## Memory", legacyUntil: "## Memory" });
if (!next.startsWith("# ")) next = `# Benchmarks\n\n${next}`;
fs.writeFileSync(markdownFile, next);
console.log(`\n${targetTables(rows)}\n`);
for (const page of javascript ?? []) log(`JS ${page.path}: ${kB(page.externalGzipBytes)} kB gzip`);
log(`load average ${result.load.start.join("/")} → ${result.load.end.join("/")}; ${result.minutes} min; wrote ${jsonFile} and ${markdownFile}`);
process.exit(0);
