import "server-only";
// The outbox delivery worker: one per server process, started by instrumentation.ts (Next's register()), stopped by
// the shutdown path (stopMailWorker: the mail being sent is finished, the rest of the batch is given back). It polls
// every MAIL_POLL_SECONDS and is nudged right after a commit that queued mail. Each try counts; a failed one is
// retried after MAIL_RETRY_BASE_SECONDS · 2^(tries−1) (at most MAIL_RETRY_MAX_SECONDS, an hour) until
// MAIL_MAX_ATTEMPTS (8), then FAILED and shown in /admin/utboks. A claimed mail is leased for MAIL_LEASE_SECONDS: should this process die while sending,
// another worker (or this one after a restart) takes it again when the lease ends. No address goes into a log line
// or into lastError.
import nodemailer from "nodemailer";
import { appDeliveryDb, claimDueMails, markAttemptFailed, markSent, releaseClaims, type ClaimedMail, type DeliveryDb as Db } from "./delivery/mutations";
import { setMailNudge } from "./nudge";

export type MailWorkerConfig = {
  maxAttempts: number;
  retryBaseMs: number;
  /** The longest wait between two tries. */
  retryMaxMs?: number;
  pollMs: number;
  batchSize: number;
  /** How long a claimed mail is reserved for the worker that claimed it (longer than any SMTP timeout below). */
  leaseMs: number;
  from: string;
};

/** A message transport: nodemailer's SMTP transport, or a fake in tests. */
export type MailTransport = { sendMail(message: Record<string, unknown>): Promise<unknown> };

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export function mailWorkerConfig(): MailWorkerConfig {
  return {
    maxAttempts: Math.floor(number("MAIL_MAX_ATTEMPTS", 8)),
    retryBaseMs: number("MAIL_RETRY_BASE_SECONDS", 30) * 1000,
    retryMaxMs: number("MAIL_RETRY_MAX_SECONDS", 3600) * 1000,
    pollMs: number("MAIL_POLL_SECONDS", 5) * 1000,
    batchSize: 20,
    leaseMs: number("MAIL_LEASE_SECONDS", 180) * 1000,
    from: process.env.MAIL_FROM ?? "Saman <ikkje-svar@saman.example.no>",
  };
}

/** When to try again after the `attempts`-th failed try, or null when that was the last one. */
export function retryAt(attempts: number, config: Pick<MailWorkerConfig, "maxAttempts" | "retryBaseMs" | "retryMaxMs">, now: Date): Date | null {
  if (attempts >= config.maxAttempts) return null;
  const delay = Math.min(config.retryBaseMs * 2 ** Math.max(attempts - 1, 0), config.retryMaxMs ?? 60 * 60_000);
  return new Date(now.getTime() + delay);
}

/** An SMTP error without any e-mail address in it (servers echo recipients), short enough for the outbox page. */
export function scrubError(error: unknown): string {
  const text = error instanceof Error ? `${(error as { code?: string }).code ? `${(error as { code?: string }).code}: ` : ""}${error.message}` : String(error);
  return text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, "[adresse]").slice(0, 500);
}

function messageIdDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)/.exec(from)?.[1] ?? "saman.invalid";
}

function message(mail: ClaimedMail, from: string): Record<string, unknown> {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.headers ? { headers: mail.headers } : {}),
    // One Message-ID per outbox row: should a crash between the SMTP server's "250 OK" and the SENT mark ever send a
    // mail twice, the receiving side sees the same message.
    messageId: `<outbox-${mail.id}@${messageIdDomain(from)}>`,
  };
}

/**
 * Claims one batch of due mails and sends them one by one. `shouldStop` is checked between mails: the mails not yet
 * tried are given back. Returns how many were claimed.
 */
export async function deliverBatch(
  db: Db,
  transport: MailTransport,
  config: MailWorkerConfig,
  opts: { shouldStop?: () => boolean; now?: () => Date } = {},
): Promise<number> {
  const now = opts.now ?? (() => new Date());
  const claimed = await claimDueMails(db, { limit: config.batchSize, leaseMs: config.leaseMs, now: now() });
  for (const [i, mail] of claimed.entries()) {
    if (opts.shouldStop?.()) {
      await releaseClaims(db, claimed.slice(i).map((m) => m.id), now());
      break;
    }
    try {
      await transport.sendMail(message(mail, config.from));
      await markSent(db, mail.id, now());
    } catch (error) {
      const reason = scrubError(error);
      const next = retryAt(mail.attempts, config, now());
      console.error(`mail: ${mail.id} try ${mail.attempts}/${config.maxAttempts} failed${next ? "" : " – gave up (FAILED)"}: ${reason}`);
      await markAttemptFailed(db, mail.id, reason, now(), next);
    }
  }
  return claimed.length;
}

type Running = { stopping: boolean; wake: () => void; done: Promise<void>; close: () => void };
const state = globalThis as unknown as { samanMailWorker?: Running };

/**
 * Starts this process's worker (once; later calls are no-ops). Without SMTP_URL there is nowhere to deliver:
 * no worker, and mails stay PENDING in the outbox. Returns whether a worker runs.
 */
export function startMailWorker(options: { db?: Db; transport?: MailTransport; config?: Partial<MailWorkerConfig> } = {}): boolean {
  if (state.samanMailWorker) return true;
  const smtp = process.env.SMTP_URL;
  if (!options.transport && !smtp) return false;
  const config = { ...mailWorkerConfig(), ...options.config };
  const db = options.db ?? appDeliveryDb();
  const transport: MailTransport =
    options.transport ?? nodemailer.createTransport({ url: smtp!, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });

  let timer: NodeJS.Timeout | undefined;
  let wakeUp: (() => void) | undefined;
  let nudged = false;
  const running: Running = {
    stopping: false,
    wake: () => {
      nudged = true;
      wakeUp?.();
    },
    done: Promise.resolve(),
    close: () => (transport as { close?: () => void }).close?.(),
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (nudged || running.stopping) return resolve();
      wakeUp = resolve;
      timer = setTimeout(resolve, ms);
      timer.unref?.();
    }).finally(() => {
      clearTimeout(timer);
      wakeUp = undefined;
    });

  running.done = (async () => {
    while (!running.stopping) {
      nudged = false;
      let claimed = 0;
      try {
        claimed = await deliverBatch(db, transport, config, { shouldStop: () => running.stopping });
      } catch (error) {
        // The database may be away for a while: wait for the next poll and try again.
        console.error("mail: delivery round failed", scrubError(error));
      }
      if (claimed < config.batchSize) await sleep(config.pollMs);
    }
  })();
  state.samanMailWorker = running;
  // A nudge from enqueueMail arrives before its transaction commits: look at once and once more a moment later.
  setMailNudge(() => {
    running.wake();
    setTimeout(() => running.wake(), 300).unref?.();
  });
  return true;
}

/** Stops the worker after the mail it is sending (if any); resolves when it has stopped. Safe to call twice. */
export async function stopMailWorker(): Promise<void> {
  const running = state.samanMailWorker;
  if (!running) return;
  running.stopping = true;
  running.wake();
  setMailNudge(undefined);
  await running.done;
  if (state.samanMailWorker === running) state.samanMailWorker = undefined;
  running.close();
}
