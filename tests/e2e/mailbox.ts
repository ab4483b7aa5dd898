// The e2e server's mailbox: every e-mail the portal sent during the run, as received by a real SMTP server
// (scripts/e2e-server.ts starts it on E2E_PORT + 1000 and serves the messages on E2E_PORT + 2000).
import { expect } from "@playwright/test";
import type { ReceivedMail } from "../helpers/smtp";

const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const MAILBOX_URL = `http://127.0.0.1:${e2ePort + 2000}/messages`;

export async function receivedMail(): Promise<ReceivedMail[]> {
  const response = await fetch(MAILBOX_URL);
  return (await response.json()) as ReceivedMail[];
}

/** Waits until a message to `to` whose subject or text matches arrives, and returns it. */
export async function waitForMail(match: { to: string; subject?: RegExp; text?: RegExp }, timeout = 15_000): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await receivedMail()).find(
          (mail) =>
            mail.to.includes(match.to) && (!match.subject || match.subject.test(mail.subject)) && (!match.text || match.text.test(mail.text)),
        );
        return found !== undefined;
      },
      { timeout },
    )
    .toBe(true);
  return found!;
}
