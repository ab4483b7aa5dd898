// In-process wake-up of the mail worker after a commit that queued mail. A hook on globalThis, so lib/mail/mutations
// does not import the worker (and nodemailer) into every module that writes mail; without a worker it does nothing.
const hooks = globalThis as unknown as { samanMailNudge?: () => void };

export function nudgeMailWorker(): void {
  hooks.samanMailNudge?.();
}

export function setMailNudge(hook: (() => void) | undefined): void {
  hooks.samanMailNudge = hook;
}
