// The pure parts of the benchmark (tested in tests/unit/bench-figures.test.ts): percentiles, ratios, targets met or
// not, the markdown tables and the replacement of one generated section of BENCHMARKS.md, keeping every other one.

/** One load run against one address (or a rotation of addresses). Latencies in ms. */
export type Figure = {
  name: string;
  path: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
};

/** Nearest-rank percentile of ascending values; NaN when there are none. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** a / b, rounded to two decimals; NaN when either is missing or b is 0. */
export function ratio(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return NaN;
  return round2(a / b);
}

export type Comparison = "<" | "<=" | ">=";

/** One line of a target table: what was measured, against which limit. `met` is null when nothing was measured. */
export type TargetRow = { target: string; subject: string; value: number; unit: string; comparison: Comparison; limit: number; met: boolean | null; note?: string };

export function met(value: number, comparison: Comparison, limit: number): boolean | null {
  if (!Number.isFinite(value)) return null;
  if (comparison === "<") return value < limit;
  if (comparison === "<=") return value <= limit;
  return value >= limit;
}

export function targetRow(target: string, subject: string, value: number, unit: string, comparison: Comparison, limit: number, note?: string): TargetRow {
  return { target, subject, value, unit, comparison, limit, met: met(value, comparison, limit), ...(note ? { note } : {}) };
}

const cell = (n: number) => (Number.isFinite(n) ? String(n) : "–");
const verdict = (m: boolean | null) => (m === null ? "not measured" : m ? "met" : "**not met**");

/** One markdown table per target (rows grouped by `target`, in first-seen order), each with a count of rows met. */
export function targetTables(rows: TargetRow[]): string {
  const groups = new Map<string, TargetRow[]>();
  for (const row of rows) groups.set(row.target, [...(groups.get(row.target) ?? []), row]);
  return [...groups]
    .map(([target, list]) => {
      const metCount = list.filter((r) => r.met).length;
      const lines = list.map((r) => `| ${r.subject} | ${cell(r.value)} ${r.unit} | ${r.comparison} ${r.limit} ${r.unit} | ${verdict(r.met)} |${r.note ? ` ${r.note} |` : " |"}`);
      return [`### ${target} — ${metCount} of ${list.length} met`, "", "| measured | value | target | | note |", "| --- | ---: | ---: | --- | --- |", ...lines].join("\n");
    })
    .join("\n\n");
}

export function figureTable(figures: Figure[]): string {
  const lines = figures.map(
    (f) => `| ${f.name} | \`${f.path}\` | ${f.connections} | ${f.requestsPerSecond} | ${cell(f.p50)} | ${cell(f.p95)} | ${cell(f.p99)} | ${f.requests} | ${f.errors + f.non2xx} |`,
  );
  return ["| figure | path | connections | requests/s | p50 ms | p95 ms | p99 ms | requests | errors/non-2xx |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |", ...lines].join("\n");
}

const start = (name: string) => `<!-- ${name}:start`;
const end = (name: string) => `<!-- ${name}:end -->`;

/**
 * BENCHMARKS.md with the section `name` (between `<!-- name:start … -->` and `<!-- name:end -->`) replaced by
 * `body`, every other section left as it was. A document without that section gets it before `before` (a heading,
 * e.g. the hand-written memory history), else at the end. `legacyUntil`: a document written before sections had
 * markers (everything before that heading was the old generated table) loses that old text.
 */
export function replaceSection(doc: string, name: string, body: string, options: { before?: string; legacyUntil?: string } = {}): string {
  const section = `${start(name)} (written by npm run bench) -->\n${body.trim()}\n${end(name)}`;
  const from = doc.indexOf(start(name));
  const to = doc.indexOf(end(name));
  if (from >= 0 && to > from) return doc.slice(0, from) + section + doc.slice(to + end(name).length);
  const legacy = options.legacyUntil ? doc.indexOf(options.legacyUntil) : -1;
  if (legacy > 0 && !doc.slice(0, legacy).includes("<!-- ")) return `${section}\n\n${doc.slice(legacy)}`;
  const at = options.before ? doc.indexOf(options.before) : -1;
  if (at >= 0) return `${doc.slice(0, at)}${section}\n\n${doc.slice(at)}`;
  return `${doc.trimEnd()}${doc.trim() ? "\n\n" : ""}${section}\n`;
}
