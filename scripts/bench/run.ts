// npm run bench – starts the production build on the large dataset (scripts/bench/generate.ts; generated when
// missing) and measures requests/s and p50/p95/p99 latency with autocannon at 50 concurrent connections for the
// front page, a body page, a meeting page, the action plan and search; also the gzipped JavaScript a public reading
// page sends. Writes bench/results.json and BENCHMARKS.md. A benchmark, not a test: it reports, it does not fail.
import fs from "node:fs";
import autocannon from "autocannon";
import { buildIfNeeded } from "../lib/build";
import { serve } from "../lib/serve";
import { coldStart } from "./cold-start";
import { BENCH_DATA_DIR, ensureBenchData } from "./generate";
import { kB, markdownTable, pageScripts, publicPages } from "./js-size";

const PORT = Number(process.env.BENCH_PORT ?? 3135);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);

type Figure = { name: string; path: string; requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number; non2xx: number; requests: number };

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * One figure. `paths` rotates through several addresses (e.g. searches nobody made before, so no cache helps);
 * `headers` can carry a cookie, which makes the front server pass the request to Next (a signed-in reader's render).
 */
async function measure(name: string, paths: string | string[], headers: Record<string, string> = {}): Promise<Figure> {
  const list = typeof paths === "string" ? [paths] : paths;
  const path = list[0]!;
  // Warm up: fills the data cache and the JIT, as a running site would be.
  for (let i = 0; i < 20; i++) await (await fetch(ORIGIN + path, { headers })).arrayBuffer();
  const latencies: number[] = [];
  let turn = 0;
  const instance = autocannon({
    url: ORIGIN + path,
    connections: CONNECTIONS,
    duration: DURATION,
    headers,
    requests: [{ setupRequest: (request) => ({ ...request, path: list[turn++ % list.length]! }) }],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    name,
    path: list.length > 1 ? `${path} … (${list.length} different)` : path,
    requestsPerSecond: r(result.requests.average),
    p50: r(percentile(latencies, 50)),
    p95: r(percentile(latencies, 95)),
    p99: r(percentile(latencies, 99)),
    errors: result.errors,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

if (process.argv.includes("--soak")) {
  // npm run bench -- --soak: memory under sustained mixed traffic instead (scripts/bench/soak.ts).
  await (await import("./soak")).soak();
  process.exit(0);
}

// Cold start first, on a fresh data directory with the build present (issue 18: first page within 15 s).
await buildIfNeeded({ log: (l) => console.log(`[bench] ${l}`) });
const cold = await coldStart(PORT + 1, PORT + 2);
console.log(`[bench] cold start (empty data directory to the first 200 of /): ${cold.seconds ?? "no answer"} s on Node ${cold.node}`);

await ensureBenchData();
const { stop } = await serve({ dataDir: BENCH_DATA_DIR, dbPort: 0, port: PORT, hostname: "127.0.0.1", log: (l) => console.log(`[bench] ${l}`) });
try {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  // A meeting with published minutes, from the minutes feed.
  const feed = await (await fetch(`${ORIGIN}/api/feed/referat.xml`)).text();
  const meeting = new URL(/<link>([^<]*\/mote\/[^<]+)<\/link>/.exec(feed)![1]!).pathname;
  const pages: [string, string][] = [
    ["front page", "/"],
    ["body page", "/ssu"],
    ["meeting page", meeting],
    ["action plan", "/handlingsplan"],
    ["search", "/sok?q=utskriving+legemiddelliste"],
  ];
  const figures: Figure[] = [];
  for (const [name, path] of pages) {
    const figure = await measure(name, path);
    console.log(figure);
    figures.push(figure);
  }
  // What the page cache does not help: searches never made before, and a render for a signed-in reader.
  const words = ["utskriving", "legemiddel", "samhandling", "rus", "psykisk", "eldre", "barn", "avtale", "tenesteavtale", "kommune", "sjukehus", "referat", "fastlege", "pasientforløp", "digital", "kompetanse"];
  const searches = words.flatMap((a, i) => words.slice(i + 1).map((b) => `/sok?q=${encodeURIComponent(`${a} ${b}`)}`));
  for (const figure of [
    // The cookie sends each request past the page cache (120 addresses would otherwise be cached after one round).
    await measure("search, every query run (no page cache)", searches, { cookie: "bench=1" }),
    await measure("body page, rendered per request (no page cache)", "/ssu", { cookie: "bench=1" }),
  ]) {
    console.log(figure);
    figures.push(figure);
  }
  const js = [];
  for (const [name, path] of await publicPages(ORIGIN)) js.push(await pageScripts(ORIGIN, name, path));
  for (const page of js) console.log(`[bench] JS ${page.path}: ${kB(page.externalGzipBytes)} kB gzip`);
  const counts = await (await fetch(`${ORIGIN}/sitemap.xml`)).text();
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    database: process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite",
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    sitemapUrls: (counts.match(/<loc>/g) ?? []).length,
    coldStartSeconds: cold.seconds,
    figures,
    javascript: js.map((page) => ({ ...page, files: page.files.slice(0, 3) })),
  };
  fs.mkdirSync("bench", { recursive: true });
  fs.writeFileSync("bench/results.json", JSON.stringify(result, null, 2) + "\n");
  // The soak section (npm run bench -- --soak) is kept.
  const soakSection = /<!-- soak:start[\s\S]*<!-- soak:end -->/.exec(fs.existsSync("BENCHMARKS.md") ? fs.readFileSync("BENCHMARKS.md", "utf8") : "")?.[0];
  const rows = figures.map((f) => `| ${f.name} | \`${f.path}\` | ${f.requestsPerSecond} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.errors + f.non2xx} |`).join("\n");
  fs.writeFileSync(
    "BENCHMARKS.md",
    `# Benchmark (npm run bench)\n\nGenerated ${result.date} on ${result.machine.cpus} CPU(s), Node ${result.machine.node}, ${result.database}; ` +
      `autocannon, ${CONNECTIONS} connections, ${DURATION} s per page, after a warm-up. Dataset: scripts/bench/generate.ts ` +
      `(ten years: ~1,540 meetings, ~7,700 cases, ~20,000 documents with text, ~2,000 measures).\n\n` +
      `Cold start (scripts/bench/cold-start.ts: \`npm start\` on an empty data directory, build present, to the first 200 of /): ` +
      `${cold.seconds ?? "no answer"} s (target 15 s).\n\n` +
      `| page | path | requests/s | p50 ms | p95 ms | p99 ms | errors |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n${rows}\n\n` +
      `JavaScript sent by public reading pages (scripts/bench/js-size.ts: every <script src>, gzip level 9):\n\n${markdownTable(js)}\n` +
      `Targets: cached public pages p99 < 25 ms; search p95 < 50 ms; JS < 100 kB gzip.\n` +
      (soakSection ? `\n${soakSection}\n` : ""),
  );
  console.log("wrote bench/results.json and BENCHMARKS.md");
} finally {
  await stop();
}
