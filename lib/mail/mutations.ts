import "server-only";
// Every e-mail of the portal goes through sendMail: with SMTP_URL set it is sent with nodemailer over SMTP; either
// way it is stored in OutgoingEmail (sentAt set when sent), so nothing is silently dropped and admins can see it.
import nodemailer from "nodemailer";
import { prisma } from "@/lib/db/client";

export type Mail = { to: string; subject: string; text: string; html?: string };

export async function sendMail(mail: Mail): Promise<{ id: string; sent: boolean }> {
  const row = await prisma.outgoingEmail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null } });
  const smtp = process.env.SMTP_URL;
  if (!smtp) return { id: row.id, sent: false };
  try {
    await nodemailer.createTransport(smtp).sendMail({
      from: process.env.MAIL_FROM ?? "Saman <ikkje-svar@saman.example.no>",
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
    });
    await prisma.outgoingEmail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
    return { id: row.id, sent: true };
  } catch (error) {
    // Kept in the outbox (sentAt null) for an admin to see; the cause goes to the server log without the address.
    console.error("sendMail: SMTP delivery failed", error instanceof Error ? error.message : error);
    return { id: row.id, sent: false };
  }
}
