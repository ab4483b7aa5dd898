// Runs once when a Next server process starts (Node.js runtime only, never the edge runtime, never during the build):
// background jobs of this process. The outbox delivery worker runs one per process, so several portal instances on
// one database each run one, and FOR UPDATE SKIP LOCKED hands each mail to exactly one of them (lib/mail/worker.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before any request: the context database connections are opened in (lib/db/detached-socket.ts).
  (await import("@/lib/db/detached-socket")).captureRootContext();
  (await import("@/lib/housekeeping/schedule")).startHousekeeping();
  const { startMailWorker } = await import("@/lib/mail/worker");
  if (startMailWorker()) console.log("mail: outbox worker started");
  else console.log("mail: SMTP_URL is not set – e-mails stay in the outbox (/admin/utboks)");
}
