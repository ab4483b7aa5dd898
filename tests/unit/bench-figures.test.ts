// The benchmark's pure parts (scripts/bench/figures.ts, nginx.ts): percentiles, ratios, targets met or not, the
// target tables, and BENCHMARKS.md sections replaced without touching the hand-written history or the soak section.
import { describe, expect, it } from "vitest";
import { figureTable, met, percentile, ratio, replaceSection, targetRow, targetTables } from "@/scripts/bench/figures";
import { fileFor, nginxConfig } from "@/scripts/bench/nginx";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it("picks the value at the rank", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
  });
  it("handles few values and none", () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3], 50)).toBe(2);
    expect(percentile([1, 2, 3], 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("ratio and met", () => {
  it("divides and rounds to two decimals", () => {
    expect(ratio(130, 100)).toBe(1.3);
    expect(ratio(2, 3)).toBe(0.67);
  });
  it("is NaN when a side is missing or zero", () => {
    expect(ratio(undefined, 3)).toBeNaN();
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(NaN, 3)).toBeNaN();
  });
  it("compares against the limit, the limit itself included only for ≤ and ≥", () => {
    expect(met(99.9, "<", 100)).toBe(true);
    expect(met(100, "<", 100)).toBe(false);
    expect(met(1.3, "<=", 1.3)).toBe(true);
    expect(met(1.31, "<=", 1.3)).toBe(false);
    expect(met(0.7, ">=", 0.7)).toBe(true);
    expect(met(0.69, ">=", 0.7)).toBe(false);
    expect(met(NaN, "<", 100)).toBeNull();
  });
});

describe("target tables", () => {
  it("groups rows by target and counts the ones met", () => {
    const text = targetTables([
      targetRow("Search p95", "PostgreSQL", 42, "ms", "<", 50),
      targetRow("Search p95", "embedded", 61.5, "ms", "<", 50),
      targetRow("Anonymous vs nginx", "front page `/`", NaN, "×", ">=", 0.7, "1 / 0 req/s"),
    ]);
    expect(text).toContain("### Search p95 — 1 of 2 met");
    expect(text).toContain("| PostgreSQL | 42 ms | < 50 ms | met |");
    expect(text).toContain("| embedded | 61.5 ms | < 50 ms | **not met** |");
    expect(text).toContain("### Anonymous vs nginx — 0 of 1 met");
    expect(text).toContain("| front page `/` | – × | >= 0.7 × | not measured | 1 / 0 req/s |");
  });
});

describe("replaceSection", () => {
  const history = "## Memory: what grew\n\nHand-written history.\n";
  const soak = "<!-- soak:start (written by npm run bench -- --soak) -->\n## Memory under sustained load\nsoak table\n<!-- soak:end -->\n";

  it("replaces the old unmarked generated table before the history, keeping history and soak", () => {
    const doc = `# Benchmark (npm run bench)\n\nold table\n\n${history}\n${soak}`;
    const next = replaceSection(doc, "bench", "## Speed\nnew", { before: "## Memory", legacyUntil: "## Memory" });
    expect(next).not.toContain("old table");
    expect(next.startsWith("<!-- bench:start")).toBe(true);
    expect(next).toContain(`## Speed\nnew\n<!-- bench:end -->\n\n${history}\n${soak}`);
  });

  it("replaces only its own section on the next run", () => {
    const doc = `# Benchmarks\n\n<!-- bench:start (written by npm run bench) -->\nfirst\n<!-- bench:end -->\n\n${history}\n${soak}`;
    const next = replaceSection(doc, "bench", "second", { before: "## Memory", legacyUntil: "## Memory" });
    expect(next).toBe(`# Benchmarks\n\n<!-- bench:start (written by npm run bench) -->\nsecond\n<!-- bench:end -->\n\n${history}\n${soak}`);
  });

  it("adds another family's section before the history, leaving the first one", () => {
    const doc = `# Benchmarks\n\n<!-- bench:start (written by npm run bench) -->\nfirst\n<!-- bench:end -->\n\n${history}\n${soak}`;
    const next = replaceSection(doc, "cold-start", "cold", { before: "## Memory", legacyUntil: "## Memory" });
    expect(next).toContain("<!-- bench:start (written by npm run bench) -->\nfirst\n<!-- bench:end -->");
    expect(next).toContain(`<!-- cold-start:start (written by npm run bench) -->\ncold\n<!-- cold-start:end -->\n\n${history}`);
    expect(next).toContain(soak);
  });

  it("appends to a document without the heading, and starts an empty one", () => {
    expect(replaceSection("# B\n", "bench", "x")).toBe("# B\n\n<!-- bench:start (written by npm run bench) -->\nx\n<!-- bench:end -->\n");
    expect(replaceSection("", "bench", "x")).toBe("<!-- bench:start (written by npm run bench) -->\nx\n<!-- bench:end -->\n");
  });
});

describe("nginx side by side", () => {
  it("serves each path from its own file", () => {
    expect(fileFor("/srv/www", "/")).toBe("/srv/www/index.html");
    expect(fileFor("/srv/www", "/ssu")).toBe("/srv/www/ssu/index.html");
    expect(fileFor("/srv/www", "/mote/a-b-2026")).toBe("/srv/www/mote/a-b-2026/index.html");
  });
  it("keeps every file nginx writes inside its own directory and listens on loopback", () => {
    const config = nginxConfig("/tmp/x", 3860);
    expect(config).toContain("pid /tmp/x/nginx.pid;");
    expect(config).toContain("error_log /tmp/x/error.log");
    expect(config).toContain("listen 127.0.0.1:3860;");
    for (const line of config.split("\n").filter((l) => /_temp_path/.test(l))) expect(line).toContain("/tmp/x/");
  });
});

describe("figure table", () => {
  it("shows a dash where a figure had no responses", () => {
    const table = figureTable([{ name: "member home", path: "/mitt-saman", connections: 10, requestsPerSecond: 0, p50: NaN, p95: NaN, p99: NaN, errors: 0, non2xx: 0, requests: 0 }]);
    expect(table).toContain("| member home | `/mitt-saman` | 10 | 0 | – | – | – | 0 | 0 |");
  });
});
