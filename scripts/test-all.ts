// npm test – every test: Vitest (units + integration on a real embedded PostgreSQL) and Playwright journeys in
// Debian's Chromium against `next start`. Installs Chromium when missing and this user may (root + apt-get).
// Extra arguments go to both runners' filters is not supported; use `npm run test:unit` / `npm run test:e2e`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Debian's headless shell (playwright.config.ts); the full browser or CHROMIUM_PATH also do.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell";
const fullBrowser = "/usr/bin/chromium";
// Not test-results/: Playwright empties that folder when it starts.
const results = path.join(".reports");
fs.mkdirSync(results, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function ensureChromium() {
  if (fs.existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("[test] Chromium's headless shell is missing: installing Debian's chromium-headless-shell package …");
    const install = ["install", "-y", "--no-install-recommends", "chromium-headless-shell"];
    if (run("apt-get", install) === 0 || (run("apt-get", ["update"]) === 0 && run("apt-get", install) === 0)) return;
  }
  if (!process.env.CHROMIUM_PATH && fs.existsSync(fullBrowser)) return;
  console.error(
    `[test] Chromium was not found at ${chromium}. Install it with:\n    sudo apt-get install -y chromium-headless-shell\n` +
      "or set CHROMIUM_PATH to a Chromium/Chrome binary.",
  );
  process.exit(1);
}

type Counts = { passed: number; failed: number; skipped: number };

function vitestCounts(file: string): Counts {
  try {
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

/** The names of what failed, printed last: CI shows only the tail of the output. */
function vitestFailures(file: string): string[] {
  try {
    const json = JSON.parse(fs.readFileSync(file, "utf8")) as {
      testResults: { name: string; status: string; message?: string; assertionResults: { status: string; fullName: string }[] }[];
    };
    return json.testResults.flatMap((suite) => {
      const where = path.relative(process.cwd(), suite.name);
      const failed = suite.assertionResults.filter((test) => test.status === "failed").map((test) => `${where} › ${test.fullName}`);
      if (failed.length === 0 && suite.status === "failed") failed.push(`${where} › ${(suite.message ?? "failed").split("\n")[0]}`);
      return failed;
    });
  } catch {
    return [`(no Vitest report at ${file})`];
  }
}

type PlaywrightSuite = {
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; line: number; file: string; tests: { projectName: string; status: string }[] }[];
};

function playwrightFailures(file: string): string[] {
  try {
    const walk = (suite: PlaywrightSuite): string[] => [
      ...(suite.specs ?? []).flatMap((spec) =>
        spec.tests.filter((test) => test.status === "unexpected").map((test) => `[${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}`),
      ),
      ...(suite.suites ?? []).flatMap(walk),
    ];
    return (JSON.parse(fs.readFileSync(file, "utf8")).suites as PlaywrightSuite[]).flatMap(walk);
  } catch {
    return [`(no Playwright report at ${file})`];
  }
}

function playwrightCounts(file: string): Counts {
  try {
    const stats = JSON.parse(fs.readFileSync(file, "utf8")).stats;
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

ensureChromium();

const vitestJson = path.join(results, "vitest.json");
const playwrightJson = path.join(results, "playwright.json");
fs.rmSync(vitestJson, { force: true });
fs.rmSync(playwrightJson, { force: true });

const npx = "npx";
const unitStatus = run(npx, ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${vitestJson}`]);
const e2eStatus = run(npx, ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
// OpenID Connect sign-in: its own portal (configured with OIDC_*) and the local test provider; a few journeys.
const oidcJson = path.join(results, "playwright-oidc.json");
fs.rmSync(oidcJson, { force: true });
const oidcStatus = run(npx, ["playwright", "test", "-c", "playwright.oidc.config.ts", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: oidcJson });
// Another helsefellesskap (issue 20.4): its own portal seeded from prisma/structure/fjordkysten.json; a few journeys.
const structureJson = path.join(results, "playwright-structure.json");
fs.rmSync(structureJson, { force: true });
const structureStatus = run(npx, ["playwright", "test", "-c", "playwright.structure.config.ts", "--reporter=list,json"], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: structureJson,
});

const unit = vitestCounts(vitestJson);
const main = playwrightCounts(playwrightJson);
const oidc = playwrightCounts(oidcJson);
const structure = playwrightCounts(structureJson);
const e2e = {
  passed: main.passed + oidc.passed + structure.passed,
  failed: main.failed + oidc.failed + structure.failed,
  skipped: main.skipped + oidc.skipped + structure.skipped,
};
console.log(`\nvitest: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`playwright: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
const failed = unit.failed + e2e.failed;
const failures = [
  ...(unitStatus !== 0 || unit.failed > 0 ? vitestFailures(vitestJson) : []),
  ...(e2eStatus !== 0 || main.failed > 0 ? playwrightFailures(playwrightJson) : []),
  ...(oidcStatus !== 0 || oidc.failed > 0 ? playwrightFailures(oidcJson) : []),
  ...(structureStatus !== 0 || structure.failed > 0 ? playwrightFailures(structureJson) : []),
];
if (failures.length > 0) console.log(`\nfailed:\n${failures.map((name) => `  ✘ ${name}`).join("\n")}`);
console.log(`total: ${unit.passed + e2e.passed} passed, ${failed} failed`);
process.exit(unitStatus !== 0 || e2eStatus !== 0 || oidcStatus !== 0 || structureStatus !== 0 || failed > 0 ? 1 : 0);
