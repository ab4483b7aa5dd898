// One load run: a warm-up, then `connections` connections for `duration` seconds, every latency kept for the
// percentiles (scripts/bench/figures.ts). `paths` rotates through several addresses (e.g. 120 searches).
import http from "node:http";
import autocannon from "autocannon";
import { percentile, round1, type Figure } from "./figures";

export type LoadOptions = {
  origin: string;
  name: string;
  paths: string | string[];
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  /** Requests sent one by one before measuring (the JIT and the caches warm, as on a running site). */
  warmup?: number;
};

/** Fails loudly when an address does not answer 200 for these headers (a signed-in page redirecting to sign-in). */
export async function expectOk(origin: string, path: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(origin + path, { headers, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""}, not 200`);
}

/**
 * Few connections (signed-in pages, search: 1 and 10): a closed loop of `connections` workers (node:http), each sending
 * its next request when the last one has been answered, until `duration` seconds have passed. Every request started
 * is waited for and counted – autocannon drops those still open at its end, which at 10 connections on a slow page
 * can be all of them. Many connections (anonymous pages at 50): autocannon, whose client keeps up with nginx.
 */
export async function load(options: LoadOptions): Promise<Figure> {
  const list = typeof options.paths === "string" ? [options.paths] : options.paths;
  const headers = options.headers ?? {};
  await expectOk(options.origin, list[0]!, headers);
  for (let i = 0; i < (options.warmup ?? 10); i++) await (await fetch(options.origin + list[i % list.length]!, { headers })).arrayBuffer();
  const measured = options.connections <= CLOSED_LOOP_MAX_CONNECTIONS ? await withHttp(options, list, headers) : await withAutocannon(options, list, headers);
  const latencies = measured.latencies.sort((a, b) => a - b);
  const figure: Figure = {
    name: options.name,
    path: list.length > 1 ? `${list[0]} … (${list.length} different)` : list[0]!,
    connections: options.connections,
    requestsPerSecond: round1(latencies.length / measured.seconds),
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    p99: round1(percentile(latencies, 99)),
    errors: measured.errors,
    non2xx: measured.non2xx,
    requests: latencies.length,
  };
  console.log(`[bench] ${figure.name} @${figure.connections}: ${figure.requestsPerSecond} req/s, p50 ${figure.p50} p95 ${figure.p95} p99 ${figure.p99} ms, ${figure.requests} requests${figure.errors + figure.non2xx ? `, ${figure.errors} errors, ${figure.non2xx} non-2xx` : ""}`);
  return figure;
}

const CLOSED_LOOP_MAX_CONNECTIONS = 10;

type Measured = { latencies: number[]; seconds: number; errors: number; non2xx: number };

/** One GET on a kept-alive connection of `agent`: its status once the whole body has arrived. */
function get(agent: http.Agent, url: URL, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers, timeout: 60_000 }, (response) => {
      response.on("data", () => {});
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}

// node:http with kept-alive connections, not fetch: on this 2-core machine the client shares the CPU with the portal,
// and fetch's own cost per request is several times http's.
async function withHttp(options: LoadOptions, list: string[], headers: Record<string, string>): Promise<Measured> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let turn = 0;
  const started = performance.now();
  const deadline = started + options.duration * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const url = new URL(options.origin + list[turn++ % list.length]!);
      const sent = performance.now();
      try {
        const status = await get(agent, url, headers);
        latencies.push(performance.now() - sent);
        if (status < 200 || status >= 300) non2xx++;
      } catch {
        errors++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, worker));
  } finally {
    agent.destroy();
  }
  return { latencies, seconds: (performance.now() - started) / 1000, errors, non2xx };
}

async function withAutocannon(options: LoadOptions, list: string[], headers: Record<string, string>): Promise<Measured> {
  const latencies: number[] = [];
  let turn = 0;
  const instance = autocannon({
    url: options.origin + list[0]!,
    connections: options.connections,
    duration: options.duration,
    headers,
    requests: [{ setupRequest: (request) => ({ ...request, path: list[turn++ % list.length]! }) }],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  return { latencies, seconds: options.duration, errors: result.errors, non2xx: result.non2xx };
}
