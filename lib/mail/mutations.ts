import "server-only";
// Every e-mail of the portal is a row in the outbox (OutgoingEmail). New code writes it with `enqueueMail(tx, mail)`
// inside the same transaction as the change that causes it, so a mail exists exactly when the change committed; a
// worker delivers it. `sendMail` is the older path (store, then try SMTP at once), kept until every caller enqueues.
import nodemailer from "nodemailer";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { prisma } from "@/lib/db/client";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe / List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>;
  /** At most one mail per key ever (e.g. "case-receipt:<caseId>"); a second enqueue with the key is a no-op. */
  dedupeKey?: string;
};

type OutboxWriter = Pick<Prisma.TransactionClient, "outgoingEmail">;

/**
 * Queues a mail in the caller's transaction. Returns the outbox row's id (the existing row's when `dedupeKey` was
 * already used, so a retried change never queues a second copy).
 */
export async function enqueueMail(db: OutboxWriter, mail: Mail): Promise<{ id: string }> {
  const data = {
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
    headers: mail.headers ?? undefined,
    dedupeKey: mail.dedupeKey ?? null,
  };
  if (!mail.dedupeKey) return db.outgoingEmail.create({ data, select: { id: true } });
  return db.outgoingEmail.upsert({ where: { dedupeKey: mail.dedupeKey }, create: data, update: {}, select: { id: true } });
}

export async function sendMail(mail: Mail): Promise<{ id: string; sent: boolean }> {
  const row = await enqueueMail(prisma, mail);
  const smtp = process.env.SMTP_URL;
  if (!smtp) return { id: row.id, sent: false };
  try {
    await nodemailer.createTransport(smtp).sendMail({
      from: process.env.MAIL_FROM ?? "Saman <ikkje-svar@saman.example.no>",
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      ...(mail.headers ? { headers: mail.headers } : {}),
    });
    await prisma.outgoingEmail.update({ where: { id: row.id }, data: { sentAt: new Date(), status: "SENT", attempts: { increment: 1 } } });
    return { id: row.id, sent: true };
  } catch (error) {
    // Kept in the outbox (PENDING) for an admin to see; the cause goes to the server log without the address.
    console.error("sendMail: SMTP delivery failed", error instanceof Error ? error.message : error);
    return { id: row.id, sent: false };
  }
}
