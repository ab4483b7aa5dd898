// Next calls register() once when a server process starts. The outbox delivery worker runs in the Node.js server
// (never the edge runtime, never during the build): one per process, so several portal instances on one database
// each run one, and FOR UPDATE SKIP LOCKED hands each mail to exactly one of them (lib/mail/worker.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailWorker } = await import("./lib/mail/worker");
  if (startMailWorker()) console.log("mail: outbox worker started");
  else console.log("mail: SMTP_URL is not set – e-mails stay in the outbox (/admin/utboks)");
}
