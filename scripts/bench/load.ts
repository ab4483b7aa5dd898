// One load run with autocannon: a warm-up, then `connections` connections for `duration` seconds, every latency kept
// for the percentiles (scripts/bench/figures.ts). `paths` rotates through several addresses (e.g. 120 searches).
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
  /** Fewer responses than this in the first period: measured for another period (three at most). Default 30. */
  minSamples?: number;
};

/** Fails loudly when an address does not answer 200 for these headers (a signed-in page redirecting to sign-in). */
export async function expectOk(origin: string, path: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(origin + path, { headers, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""}, not 200`);
}

export async function load(options: LoadOptions): Promise<Figure> {
  const list = typeof options.paths === "string" ? [options.paths] : options.paths;
  const headers = options.headers ?? {};
  await expectOk(options.origin, list[0]!, headers);
  for (let i = 0; i < (options.warmup ?? 10); i++) await (await fetch(options.origin + list[i % list.length]!, { headers })).arrayBuffer();
  const latencies: number[] = [];
  let turn = 0;
  let rounds = 0;
  let errors = 0;
  let non2xx = 0;
  // A slow page at 10 connections may finish few requests in one period (autocannon drops those still open at its
  // end): further periods, up to three in all, until the percentiles rest on enough requests.
  while (rounds < 3 && (rounds === 0 || latencies.length < (options.minSamples ?? 30))) {
    const instance = autocannon({
      url: options.origin + list[0]!,
      connections: options.connections,
      duration: options.duration,
      headers,
      requests: [{ setupRequest: (request) => ({ ...request, path: list[turn++ % list.length]! }) }],
    });
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
    const result = await instance;
    rounds++;
    errors += result.errors;
    non2xx += result.non2xx;
  }
  latencies.sort((a, b) => a - b);
  const figure: Figure = {
    name: options.name,
    path: list.length > 1 ? `${list[0]} … (${list.length} different)` : list[0]!,
    connections: options.connections,
    requestsPerSecond: round1(latencies.length / (rounds * options.duration)),
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    p99: round1(percentile(latencies, 99)),
    errors,
    non2xx,
    requests: latencies.length,
  };
  console.log(`[bench] ${figure.name} @${figure.connections}: ${figure.requestsPerSecond} req/s, p50 ${figure.p50} p95 ${figure.p95} p99 ${figure.p99} ms, ${figure.requests} requests${figure.errors + figure.non2xx ? `, ${figure.errors} errors, ${figure.non2xx} non-2xx` : ""}`);
  return figure;
}
