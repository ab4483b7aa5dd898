// npm run bench -- --queries: how many statements each signed-in page of the benchmark sends to PostgreSQL per
// render, and which (issue 18 item 2, target ≤ 5). A few minutes instead of the whole benchmark: a throwaway
// PostgreSQL server with pg_stat_statements (scripts/bench/postgres.ts), the seed (BENCH_QUERIES_DATASET=ten-year for
// the generated data), the portal started as the benchmark starts it, then per page one warm-up request and
// QUERY_REQUESTS (4) counted ones. Prints each statement with its calls per render and its mean time. It reports; it does not fail.
// Ports: BENCH_PORT (3135), BENCH_PG_PORT (3138), BENCH_DB_PORT (3139), as the benchmark.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { serve } from "../lib/serve";
import { fillDatabase, type Dataset } from "./datasets";
import { waitForHealth } from "./health";
import { startPostgres } from "./postgres";
import { signIn } from "./signed-in";

const PORT = Number(process.env.BENCH_PORT ?? 3135);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 3138);
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 3139);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const QUERY_REQUESTS = 4;
const DATABASE = "saman_bench_queries";

const log = (line: string) => console.log(`[bench] ${line}`);

export async function queries(): Promise<void> {
  const dataset = (process.env.BENCH_QUERIES_DATASET ?? "seed") as Dataset;
  process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ||= randomBytes(32).toString("base64");
  process.env.NEXTAUTH_URL = ORIGIN;
  const server = await startPostgres(PG_PORT, log);
  try {
    const url = await server.createDatabase(DATABASE);
    log(`filling ${DATABASE} with the ${dataset} data …`);
    await fillDatabase(url, dataset);
    process.env.DATABASE_URL = url;
    const { stop } = await serve({ dataDir: null, dbPort: DB_PORT, port: PORT, hostname: "127.0.0.1", log });
    const admin = new pg.Client({ connectionString: server.url("postgres") });
    try {
      await waitForHealth(ORIGIN);
      await admin.connect();
      const signedIn = await signIn(url);
      const summary: string[] = [];
      for (const page of signedIn.pages) {
        const get = async () => (await fetch(ORIGIN + page.path, { headers: { cookie: signedIn.cookies[page.viewer] } })).arrayBuffer();
        await get();
        await admin.query("SELECT pg_stat_statements_reset()");
        for (let i = 0; i < QUERY_REQUESTS; i++) await get();
        const { rows } = await admin.query<{ calls: string; ms: number; query: string }>(
          `SELECT calls, round(mean_exec_time::numeric, 2)::float AS ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1) ORDER BY calls DESC, query`,
          [DATABASE],
        );
        const perRender = rows.reduce((sum, row) => sum + Number(row.calls), 0) / QUERY_REQUESTS;
        summary.push(`${page.name}: ${perRender}`);
        log(`${page.name} (${page.path}): ${perRender} statements per render`);
        // With its mean time in PostgreSQL: which statement grows with ten years of data (the ten-year/seed ratio).
        for (const row of rows) log(`  ${Number(row.calls) / QUERY_REQUESTS} × ${row.ms} ms ${row.query}`);
      }
      log(`queries per render (${dataset}, target ≤ 5): ${summary.join(", ")}`);
    } finally {
      await admin.end().catch(() => {});
      await stop();
    }
  } finally {
    server.stop();
    delete process.env.DATABASE_URL;
  }
}
