import "server-only";
import type { CaseStatus } from "@/lib/domain/vocabulary";
import { fill, getMessages, isLocale, type Locale } from "@/lib/i18n";
import { sendMail } from "@/lib/mail";

// Mail to the one who submitted a case, sent only after the write has committed. Used by the case desk and by the
// shared decision mutation (lib/decisions/mutations.ts), so a status change reads the same whichever screen made it.

/** A committed status change of a case, as told to its submitter. */
export type StatusNotice = { caseId: string; reference: string; title: string; to: CaseStatus; contactEmail: string; locale: string; note: string | null };

export async function mailSafely(mail: { to: string; subject: string; text: string }): Promise<void> {
  try {
    await sendMail(mail);
  } catch (error) {
    // The case is committed; a failed mail must not turn the receipt into an error. The outbox shows what was sent.
    console.error("cases: could not store or send mail", error instanceof Error ? error.message : error);
  }
}

/** Tells the submitter of a status change (in their language); the private link is in the receipt e-mail. */
export async function notifyStatusChange(notice: StatusNotice | null): Promise<void> {
  if (!notice) return;
  const lang: Locale = isLocale(notice.locale) ? notice.locale : "nn";
  const m = getMessages(lang);
  const status = m.labels.caseStatus[notice.to];
  await mailSafely({
    to: notice.contactEmail,
    subject: fill(m.cases.mail.statusSubject, { reference: notice.reference, status }),
    text: fill(m.cases.mail.statusBody, { reference: notice.reference, title: notice.title, status, note: notice.note ?? "–" }),
  });
}
