import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Another helsefellesskap (issue 20 item 4): a portal seeded from the fictional description
// prisma/structure/fjordkysten.json (SAMAN_STRUCTURE, read when the fresh database is seeded), on its own port
// (STRUCTURE_E2E_PORT, 3216), reusing the production build of the default journeys. A few main journeys, desktop only.
// Run by `npm test` after the OIDC journeys: `npx playwright test -c playwright.structure.config.ts`.
const port = Number(process.env.STRUCTURE_E2E_PORT ?? 3216);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  ...base,
  testDir: "tests/e2e-structure",
  fullyParallel: false,
  workers: 1,
  use: { ...base.use, baseURL },
  projects: [{ name: "structure", use: { viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    // SIGTERM, not Playwright's default SIGKILL: the server stops the portal before its database, as in production.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 900_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port), NEXTAUTH_URL: baseURL, SAMAN_STRUCTURE: "prisma/structure/fjordkysten.json" },
  },
});
