// npm run bench -- --soak (or npm run bench:soak): memory under sustained mixed traffic. Starts the portal exactly as
// `npm start` does (its own process tree: front server + embedded database, and the Next server), sends mixed
// traffic at 20 connections for SOAK_MINUTES (default 10) and prints the RSS of every process of the tree over time,
// with the load average. Writes bench/soak.json and the soak section of BENCHMARKS.md. It reports; it does not fail.
//
// Traffic: anonymous readers (pages from Next's cache: app/anon), signed-in-like readers (a session cookie: every page rendered by
// Next), searches nobody made before (the data cache fills with new keys), pages that do not exist, feeds, calendar.
//
// SOAK_DATA_DIR: the data directory (default: the benchmark dataset, data/bench, generated when missing; a new
// directory is seeded with the demo content instead). SOAK_PORT (3136), SOAK_CONNECTIONS (20), SOAK_SAMPLE_SECONDS (15).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { processTree, type Process } from "../lib/process-tree";
import { BENCH_DATA_DIR, ensureBenchData } from "./generate";

const PORT = Number(process.env.SOAK_PORT ?? 3136);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 20);
const SAMPLE_SECONDS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 15);
const DATA_DIR = process.env.SOAK_DATA_DIR ?? BENCH_DATA_DIR;

type Sample = { seconds: number; processes: Process[]; totalMb: number; pssMb: number; load: number[]; requests: number };

function mixedPaths(): string[] {
  const words = ["utskriving", "legemiddel", "psykisk", "helse", "barn", "unge", "eldre", "avtale", "samhandling", "rus", "kommune", "sjukehus", "fastlege", "beredskap", "jordmor"];
  const paths = ["/", "/ssu", "/nb", "/nb/ssu", "/handlingsplan", "/mote", "/avtalar", "/nyheiter", "/organisering", "/api/feed/referat.xml", "/api/kalender.ics", "/finst-ikkje-side"];
  // Searches nobody made before: every one a new cache key.
  for (let i = 0; i < 400; i++) paths.push(`/sok?q=${words[i % words.length]}+${words[(i * 7 + 3) % words.length]}&side=${(i % 3) + 1}&n=${i}`);
  return paths;
}

async function waitForHealth(child: ReturnType<typeof spawn>) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the portal exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function summary(samples: Sample[]) {
  const first = samples[0]!;
  const last = samples.at(-1)!;
  const peak = samples.reduce((max, sample) => Math.max(max, sample.totalMb), 0);
  const peakPss = samples.reduce((max, sample) => Math.max(max, sample.pssMb), 0);
  return { startMb: first.totalMb, endMb: last.totalMb, peakMb: peak, endPssMb: last.pssMb, peakPssMb: peakPss, load: last.load, requests: last.requests };
}

function markdown(samples: Sample[], settings: Record<string, unknown>): string {
  const names = [...new Set(samples.flatMap((sample) => sample.processes.map((process) => process.name)))];
  const s = summary(samples);
  const rows = samples.map((sample) => {
    const byName = names.map((name) => sample.processes.filter((process) => process.name === name).reduce((sum, process) => sum + process.rssMb, 0));
    return `| ${Math.round(sample.seconds / 60 * 10) / 10} | ${byName.join(" | ")} | **${sample.totalMb}** | ${sample.pssMb} | ${sample.load.map((n) => n.toFixed(2)).join(" / ")} | ${sample.requests} |`;
  });
  return [
    "<!-- soak:start (written by npm run bench -- --soak) -->",
    "## Memory under sustained load (npm run bench -- --soak)",
    "",
    `Generated ${new Date().toISOString()} on ${os.cpus().length} CPU(s), Node ${process.version}: ${JSON.stringify(settings)}.`,
    `RSS of the whole portal (every process of the tree \`npm start\` runs): **${s.startMb} MB** after start-up and warm-up, ` +
      `**${s.endMb} MB** after ${MINUTES} minutes (peak ${s.peakMb} MB), ${s.requests} requests; load average at the end ${s.load.map((n) => n.toFixed(2)).join(" / ")} (1/5/15 min). ` +
      `The same tree with each resident page counted once (sum of PSS: the node binary and libraries both processes map are in both RSS figures): **${s.endPssMb} MB** at the end (peak ${s.peakPssMb} MB).`,
    "",
    `| minute | ${names.join(" MB | ")} MB | total MB | PSS total MB | load 1/5/15 | requests |`,
    `| ---: | ${names.map(() => "---:").join(" | ")} | ---: | ---: | --- | ---: |`,
    ...rows,
    "<!-- soak:end -->",
  ].join("\n");
}

export async function soak() {
  if (DATA_DIR === BENCH_DATA_DIR) await ensureBenchData();
  const dbPort = PORT + 51000;
  // Exactly what `npm start` runs (its flags and MALLOC_ARENA_MAX included), without npm's own process in the tree:
  // the script begins with `exec`, so the shell becomes the portal's main process.
  const startScript = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
  const start = () =>
    spawn("/bin/sh", ["-c", startScript], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, PORT: String(PORT), HOSTNAME: "127.0.0.1", DATA_DIR, EMBEDDED_DB_PORT: String(dbPort), DATABASE_URL: "" },
    });
  const stop = async (portal: ReturnType<typeof spawn>) => {
    if (portal.exitCode !== null) return;
    const exited = new Promise((resolve) => portal.once("exit", resolve));
    portal.kill("SIGTERM");
    await exited;
  };
  let running: ReturnType<typeof spawn> | null = null;
  // Interrupted: the portal stops gracefully too (it is a separate process tree).
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void (running ? stop(running) : Promise.resolve()).then(() => process.exit(1)));
  if (!fs.existsSync(DATA_DIR)) {
    // A new directory: seeded (and built) by a first start, so the measured start is a running portal's restart.
    const first = (running = start());
    await waitForHealth(first);
    await stop(first);
  }
  const child = (running = start());
  const samples: Sample[] = [];
  try {
    await waitForHealth(child);
    const paths = mixedPaths();
    // Warm-up: every page once, so the start figure is a running portal's, not a cold one's.
    for (const page of paths.slice(0, 12)) await (await fetch(ORIGIN + page)).arrayBuffer();
    let turn = 0;
    let requests = 0;
    const started = Date.now();
    const sample = () => {
      const processes = processTree(child.pid!);
      samples.push({ seconds: Math.round((Date.now() - started) / 1000), processes, totalMb: processes.reduce((sum, p) => sum + p.rssMb, 0), pssMb: processes.reduce((sum, p) => sum + p.pssMb, 0), load: os.loadavg(), requests });
      const last = samples.at(-1)!;
      console.log(`[soak] ${String(last.seconds).padStart(4)} s  ${processes.map((p) => `${p.name} ${p.rssMb} MB`).join(", ")}  = ${last.totalMb} MB (PSS ${last.pssMb} MB)  load ${last.load.map((n) => n.toFixed(2)).join(" ")}  ${requests} requests`);
    };
    sample();
    const timer = setInterval(sample, SAMPLE_SECONDS * 1000);
    const instance = autocannon({
      url: ORIGIN,
      connections: CONNECTIONS,
      duration: MINUTES * 60,
      requests: [
        {
          setupRequest: (request) => {
            const n = turn++;
            const page = paths[n % paths.length]!;
            // Every third request as a signed-in reader would (a session cookie: rendered per request, not from the cache).
            return { ...request, path: page, headers: (n % 3 === 0 ? { cookie: `next-auth.session-token=soak-${n}` } : {}) as Record<string, string> };
          },
        },
      ],
    });
    instance.on("response", () => requests++);
    await instance;
    clearInterval(timer);
    sample();
  } finally {
    await stop(child);
  }
  const settings = { minutes: MINUTES, connections: CONNECTIONS, dataDir: path.relative(process.cwd(), DATA_DIR) || DATA_DIR };
  fs.mkdirSync("bench", { recursive: true });
  fs.writeFileSync("bench/soak.json", JSON.stringify({ settings, summary: summary(samples), samples }, null, 2));
  const section = markdown(samples, settings);
  const current = fs.existsSync("BENCHMARKS.md") ? fs.readFileSync("BENCHMARKS.md", "utf8") : "# Benchmark\n";
  const next = /<!-- soak:start[\s\S]*<!-- soak:end -->/.test(current)
    ? current.replace(/<!-- soak:start[\s\S]*<!-- soak:end -->/, section)
    : `${current.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync("BENCHMARKS.md", next);
  console.log(`[soak] ${JSON.stringify(summary(samples))}; written to bench/soak.json and BENCHMARKS.md`);
}

if (import.meta.filename === fs.realpathSync(process.argv[1] ?? "")) await soak();
