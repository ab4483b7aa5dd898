// The multi-instance journeys (issue 18 item 3): run by scripts/multi-instance.ts, which starts two portal instances
// on one PostgreSQL behind nginx and passes their addresses (MULTI_BASE_URL: nginx; MULTI_INSTANCES: each instance
// directly). Desktop only, one worker: one journey that depends on the order of its steps.
import { defineConfig, devices } from "@playwright/test";
import base from "../../playwright.config";

const baseURL = process.env.MULTI_BASE_URL;
if (!baseURL) throw new Error("run through scripts/multi-instance.ts (MULTI_BASE_URL is not set)");

export default defineConfig({
  testDir: ".",
  testMatch: /\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 300_000,
  expect: { timeout: 30_000 },
  use: { ...base.use, baseURL },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } }],
});
