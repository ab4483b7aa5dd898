import "server-only";
import type { CaseStatus } from "@/lib/domain/vocabulary";
import { fill, getMessages, isLocale, type Locale } from "@/lib/i18n";
import { enqueueMail } from "@/lib/mail";

// The mail to the one who submitted a case, queued in the outbox inside the transaction of the status change (so it
// exists exactly when the change committed). Used by the case desk and by the shared decision mutation
// (lib/decisions/mutations.ts), so a status change reads the same whichever screen made it.

/** A status change of a case, as told to its submitter. */
export type StatusNotice = { caseId: string; reference: string; title: string; to: CaseStatus; contactEmail: string; locale: string; note: string | null };

type Tx = Parameters<typeof enqueueMail>[0];

/** Queues the status mail (in the submitter's language); the private link is in the receipt e-mail. */
export async function queueStatusMail(tx: Tx, notice: StatusNotice | null): Promise<void> {
  if (!notice) return;
  const lang: Locale = isLocale(notice.locale) ? notice.locale : "nn";
  const m = getMessages(lang);
  const status = m.labels.caseStatus[notice.to];
  await enqueueMail(tx, {
    to: notice.contactEmail,
    subject: fill(m.cases.mail.statusSubject, { reference: notice.reference, status }),
    text: fill(m.cases.mail.statusBody, { reference: notice.reference, title: notice.title, status, note: notice.note ?? "–" }),
  });
}
