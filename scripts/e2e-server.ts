// The server Playwright tests run against: a fresh in-memory embedded database (migrated and seeded) and the
// production build (`next start`), on E2E_PORT (default 3100). Started by playwright.config.ts.
// Mail goes over real SMTP to a capturing server on E2E_PORT + 1000; specs read it from E2E_PORT + 2000
// (tests/e2e/mailbox.ts).
import { serveMailbox, startSmtpCapture } from "../tests/helpers/smtp";
import { serve, stopOnSignals } from "./lib/serve";

const port = Number(process.env.E2E_PORT ?? 3100);
const smtp = await startSmtpCapture(port + 1000);
const mailbox = await serveMailbox(smtp, port + 2000);
process.env.SMTP_URL = smtp.url;
const { stop } = await serve({ dataDir: null, dbPort: 0, port, hostname: "127.0.0.1" });
stopOnSignals(async () => {
  await stop();
  mailbox.close();
  await smtp.close();
});
