// The server Playwright tests run against: a fresh in-memory embedded database (migrated and seeded) and the
// production build (`next start`), on E2E_PORT (default 3100). Started by playwright.config.ts.
import { serve, stopOnSignals } from "./lib/serve";

const port = Number(process.env.E2E_PORT ?? 3100);
// TRUST_PROXY: the journeys play the reverse proxy and give each throttling test its own X-Forwarded-For address,
// so one test's failed sign-ins never throttle another's (all of them come from 127.0.0.1).
const { stop } = await serve({ dataDir: null, dbPort: 0, port, hostname: "127.0.0.1", env: { TRUST_PROXY: process.env.TRUST_PROXY ?? "true" } });
stopOnSignals(stop);
