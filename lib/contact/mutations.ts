import "server-only";
// Writes of the contact details and the accessibility feedback (issue 14.8). Each write is one transaction with its
// audit entry; a feedback message and its e-mail to the secretariat are written together (enqueueMail in the same
// transaction), and the rate limit is counted in it too.
import { audit } from "@/lib/audit/mutations";
import { takeRateLimits } from "@/lib/cases/submission/mutations";
import { prisma } from "@/lib/db/client";
import type { WriteOutcome } from "@/lib/editors/form";
import type { Locale } from "@/lib/i18n/config";
import { enqueueMail } from "@/lib/mail";
import type { ContactValues, FeedbackValues } from "./schema";

const none = (v: string) => (v === "" ? null : v);

/** Saves the contact details if nobody saved since the form was rendered (version), else CONFLICT. */
export async function updateContact(actorId: string, values: ContactValues): Promise<WriteOutcome<{ id: string }>> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.contactSettings.findUnique({ where: { id: "secretariat" } });
    if (!before) return { ok: false, error: "NOT_FOUND" };
    const data = {
      name: values.name,
      nameNb: none(values.nameNb),
      address: values.address,
      email: values.email,
      phone: values.phone,
      openingHours: none(values.openingHours),
      openingHoursNb: none(values.openingHoursNb),
      updatedById: actorId,
    };
    const updated = await tx.contactSettings.updateMany({ where: { id: "secretariat", version: values.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) return { ok: false, error: "CONFLICT" };
    // The audit log never holds e-mail addresses or phone numbers (redact drops those keys); the change is still seen.
    await audit(
      {
        actorId,
        action: "contact.update",
        entityType: "ContactSettings",
        entityId: "secretariat",
        before: { name: before.name, address: before.address, openingHours: before.openingHours, email: before.email, phone: before.phone },
        after: { name: data.name, address: data.address, openingHours: data.openingHours, email: data.email, phone: data.phone },
      },
      tx,
    );
    return { ok: true, id: "secretariat" };
  });
}

/** At most 5 messages per client address per 10 minutes, and 200 an hour in all (a flood cannot fill the inbox). */
export const FEEDBACK_LIMITS = { perAddress: 5, perAddressWindowMs: 10 * 60_000, total: 200, totalWindowMs: 60 * 60_000 };

export type FeedbackOutcome = { ok: true; id: string; created: boolean } | { ok: false; error: "RATE_LIMITED" };

/** Stores the message, queues its e-mail to the secretariat and writes the audit entry, in one transaction. */
export async function submitFeedback(
  values: FeedbackValues,
  context: { ip: string | null; lang: Locale; now?: Date; siteUrl: string; idempotencyKey: string },
): Promise<FeedbackOutcome> {
  const now = context.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    // One at a time, so parallel posts cannot all pass the count.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('accessibility-feedback'))`;
    // A retried post (double click, reload) returns the message already stored and counts nothing.
    const existing = await tx.accessibilityFeedback.findUnique({ where: { idempotencyKey: context.idempotencyKey }, select: { id: true } });
    if (existing) return { ok: true, id: existing.id, created: false };
    const allowed = await takeRateLimits(
      tx,
      [
        { keys: [`feedback:ip:${context.ip ?? "unknown"}`], limit: FEEDBACK_LIMITS.perAddress, windowMs: FEEDBACK_LIMITS.perAddressWindowMs },
        { keys: ["feedback:all"], limit: FEEDBACK_LIMITS.total, windowMs: FEEDBACK_LIMITS.totalWindowMs },
      ],
      now,
    );
    if (!allowed) return { ok: false, error: "RATE_LIMITED" };
    const row = await tx.accessibilityFeedback.create({
      data: { name: none(values.name), email: none(values.email), page: none(values.page), message: values.message, locale: context.lang, idempotencyKey: context.idempotencyKey, createdAt: now },
      select: { id: true },
    });
    const contact = await tx.contactSettings.findUnique({ where: { id: "secretariat" }, select: { email: true } });
    if (contact) {
      await enqueueMail(tx, {
        to: contact.email,
        subject: "Tilbakemelding om tilgjengelegheit på Saman",
        text: [
          "Nokon har sendt ei tilbakemelding frå tilgjengelegheitserklæringa.",
          "",
          `Namn: ${values.name || "(ikkje oppgitt)"}`,
          `E-post: ${values.email || "(ikkje oppgitt)"}`,
          `Side: ${values.page || "(ikkje oppgitt)"}`,
          "",
          values.message,
          "",
          `Alle tilbakemeldingar: ${context.siteUrl}/admin/tilbakemeldingar`,
        ].join("\n"),
        dedupeKey: `accessibility-feedback:${row.id}`,
      });
    }
    await audit({ actorId: null, action: "feedback.submit", entityType: "AccessibilityFeedback", entityId: row.id, ip: context.ip, at: now }, tx);
    return { ok: true, id: row.id, created: true };
  });
}

/** Marks a message as handled (or open again). */
export async function setFeedbackHandled(actorId: string, id: string, handled: boolean, now: Date = new Date()): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const updated = await tx.accessibilityFeedback.updateMany({ where: { id }, data: { handledAt: handled ? now : null } });
    if (updated.count === 0) return false;
    await audit({ actorId, action: handled ? "feedback.handled" : "feedback.reopened", entityType: "AccessibilityFeedback", entityId: id }, tx);
    return true;
  });
}
