import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Sign-in through OpenID Connect, against the local test provider (tests/helpers/oidc-provider.ts): its own portal
// (OIDC_E2E_PORT, 3214) configured with OIDC_*, so the default journeys keep a portal without it. Run by `npm test`
// after the default journeys: `npx playwright test -c playwright.oidc.config.ts`.
const port = Number(process.env.OIDC_E2E_PORT ?? 3214);
const providerPort = Number(process.env.OIDC_MOCK_PORT ?? 3215);
const baseURL = `http://127.0.0.1:${port}`;
const issuer = `http://127.0.0.1:${providerPort}`;
const client = { OIDC_CLIENT_ID: "saman-test", OIDC_CLIENT_SECRET: "saman-test-secret" };

export default defineConfig({
  ...base,
  testDir: "tests/e2e-oidc",
  fullyParallel: false,
  workers: 1,
  use: { ...base.use, baseURL },
  projects: [{ name: "oidc", use: { viewport: { width: 1280, height: 800 } } }],
  webServer: [
    {
      command: "npx tsx tests/helpers/oidc-provider-main.ts",
      url: `${issuer}/__test/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { OIDC_MOCK_PORT: String(providerPort), ...client },
    },
    {
      command: "npx tsx scripts/e2e-server.ts",
      // SIGTERM, not Playwright's default SIGKILL: the server stops the portal before its database, as in production.
      gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      url: `${baseURL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { E2E_PORT: String(port), NEXTAUTH_URL: baseURL, OIDC_ISSUER: issuer, OIDC_NAME: "Testidentitet", ...client },
    },
  ],
});
