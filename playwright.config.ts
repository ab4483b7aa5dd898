import { defineConfig, devices } from "@playwright/test";

// Journeys run in Debian's Chromium (npx playwright install cannot download browsers offline).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
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
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
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
    { name: "phone", use: { viewport: { width: 320, height: 720 }, isMobile: false, hasTouch: true }, testIgnore: /faults\.spec\.ts/ },
    // Journeys that take the portal's database away for a moment (tests/e2e/faults.spec.ts): after every other
    // journey, so none of them meets the outage.
    { name: "faults", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /faults\.spec\.ts/, dependencies: ["desktop", "phone"] },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 900_000, // a production build on a busy 2-core machine takes minutes
    stdout: "pipe",
    stderr: "pipe",
    // TRUST_PROXY: tests play the load balancer and set X-Forwarded-For to act from their own addresses.
    env: { E2E_PORT: String(port), NEXTAUTH_URL: baseURL, TRUST_PROXY: "true" },
  },
});
