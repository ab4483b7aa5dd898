import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Journeys run in Debian's Chromium (npx playwright install cannot download browsers offline): its headless shell
// (package chromium-headless-shell, what Playwright itself uses for headless runs) when installed – 25 journeys ran
// about a fifth faster in it than in the full browser – else the full browser. CHROMIUM_PATH overrides both.
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // Fails the run when any cached page was stored without working scripts (tests/e2e/global-teardown.ts).
  globalTeardown: "./tests/e2e/global-teardown.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Journeys run axe several times, and a busy 2-core CI machine renders slowly: generous time limits (they bound a
  // wait, they do not loosen any assertion).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /faults\.spec\.ts/ },
    // The phone (320 px) checks what the width changes: every page's layout and axe (shell.spec, axe.spec, and the
    // phone-only layout tests of fees, fee rates and the meeting workflow) and the journeys whose menus, forms and
    // tables people most use on a phone (public reading, search, the member's home, a partner's case, a deviation).
    // Behaviour is the same at every width: the desktop project runs every journey (tests/e2e/matrix.ts: in which
    // languages).
    {
      name: "phone",
      use: { viewport: { width: 320, height: 720 }, isMobile: false, hasTouch: true },
      testMatch: /\/(shell|axe|portal|search-lists|workspace|cases|deviations-journeys|fees|fee-rates-costs|meeting-workflow)\.spec\.ts$/,
    },
    // Journeys that take the portal's database away for a moment (tests/e2e/faults.spec.ts): after every other
    // journey, so none of them meets the outage.
    { name: "faults", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /faults\.spec\.ts/, dependencies: ["desktop", "phone"] },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    // SIGTERM, not Playwright's default SIGKILL: the server stops the portal before its database, as in production.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 900_000, // a production build on a busy 2-core machine takes minutes
    stdout: "pipe",
    stderr: "pipe",
    // TRUST_PROXY: tests play the load balancer and set X-Forwarded-For to act from their own addresses.
    env: { E2E_PORT: String(port), NEXTAUTH_URL: baseURL, TRUST_PROXY: "true" },
  },
});
