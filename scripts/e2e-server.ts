// The server Playwright tests run against: a fresh in-memory embedded database (migrated and seeded) and the
// production build (`next start`), on E2E_PORT (default 3100). Started by playwright.config.ts.
// Mail goes over real SMTP to a capturing server on E2E_PORT + 1000; specs read it from E2E_PORT + 2000
// (tests/e2e/mailbox.ts).
// The portal reaches its database through a TCP proxy that a spec can switch off and on (POST /db/down, /db/up on
// E2E_PORT + 2001): the database "crashes" under a form the user is filling in (tests/e2e/faults.spec.ts). The
// switch exists only in this test server; the portal's own code has no fault switch.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { startFaultProxy } from "../tests/helpers/fault-proxy";
import { pageCspFailuresFile } from "../tests/helpers/page-csp-failures";
import { serveMailbox, startSmtpCapture } from "../tests/helpers/smtp";
import { serve, stopOnSignals } from "./lib/serve";

const port = Number(process.env.E2E_PORT ?? 3100);
const smtp = await startSmtpCapture(port + 1000);
const mailbox = await serveMailbox(smtp, port + 2000);
process.env.SMTP_URL = smtp.url;
// Short retry times: a mail that met a stopped capture server is tried again within seconds.
process.env.MAIL_POLL_SECONDS ??= "1";
process.env.MAIL_RETRY_BASE_SECONDS ??= "1";

// Cached pages stored without working scripts are listed here; the run fails on any (tests/e2e/global-teardown.ts).
process.env.SAMAN_PAGE_CSP_FAILURES = pageCspFailuresFile(port);
fs.writeFileSync(process.env.SAMAN_PAGE_CSP_FAILURES, "");

const database = await startEmbeddedDatabase({ dataDir: null, port: 0 });
const proxy = await startFaultProxy(database.url);
process.env.DATABASE_URL = proxy.url;
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
// The database "is a server" here (the proxy), so the portal wants its secrets from the environment
// (scripts/lib/secrets.ts). A fixed test key: a build reused from an earlier run must decrypt this run's actions.
process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ??= createHash("sha256").update("saman-e2e-server-actions").digest("base64");
const control = http.createServer((req, res) => {
  if (req.method === "POST" && (req.url === "/db/down" || req.url === "/db/up")) {
    if (req.url === "/db/down") proxy.down();
    else proxy.up();
    res.writeHead(204).end();
    return;
  }
  res.writeHead(404).end();
});
await new Promise<void>((resolve) => control.listen(port + 2001, "127.0.0.1", resolve));

const { stop } = await serve({ dataDir: null, port, hostname: "127.0.0.1" });
stopOnSignals(async () => {
  await stop();
  control.close();
  await proxy.close();
  await database.close();
  mailbox.close();
  await smtp.close();
});
