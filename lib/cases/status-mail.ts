import "server-only";
import { randomBytes } from "node:crypto";
import type { CaseStatus } from "@/lib/domain/vocabulary";
import { formatDate, href, isLocale, localize, type Locale, getTranslator } from "@/lib/i18n";
import { caseStatusEvent } from "@/lib/follow/events";
import { alertFollowers } from "@/lib/follow/mutations";
import { enqueueMail } from "@/lib/mail";
import { siteOrigin } from "@/lib/site-url";
import { caseMeetingForMail, sha256 } from "./data";

// The mail to the one who submitted a case, queued in the outbox inside the transaction of the status change (so it
// exists exactly when the change committed). Used by the case desk and by the shared decision mutation
// (lib/decisions/mutations.ts), so a status change reads the same whichever screen made it.

/** A status change of a case, as told to its submitter. */
export type StatusNotice = { caseId: string; reference: string; title: string; to: CaseStatus; contactEmail: string; locale: string; note: string | null };

// The status mail and the followers' alerts are written in the caller's transaction.
type Tx = Parameters<typeof alertFollowers>[0];

/** What the submitter sent, repeated in the receipt (issue 14 item 5). */
export type ReceiptSummary = {
  name: string;
  reference: string;
  title: string;
  description: string;
  targetBody: { name: string; nameNb: string | null } | null;
  /** The names of the chosen priority groups, in the mail's language (from PriorityGroupDefinition). */
  priorityGroups: readonly string[];
  attachments: readonly string[];
};

/** The receipt e-mail: a summary of what was sent and the private status link. */
export function buildReceiptMail(lang: Locale, summary: ReceiptSummary, link: string): { subject: string; text: string } {
  const m = getTranslator(lang);
  const w = getTranslator(lang, "workspace.mail");
  const lines = [
    `${w("title")}: ${summary.title}`,
    ...(summary.targetBody ? [`${w("target")}: ${localize(lang, summary.targetBody.name, summary.targetBody.nameNb)}`] : []),
    ...(summary.priorityGroups.length ? [`${w("priorityGroups")}: ${summary.priorityGroups.join(", ")}`] : []),
    ...(summary.attachments.length ? [`${w("attachments")}: ${summary.attachments.join(", ")}`] : []),
    `${w("description")}: ${summary.description.length > 400 ? `${summary.description.slice(0, 400)} …` : summary.description}`,
  ];
  return {
    subject: m("cases.mail.receiptSubject", { reference: summary.reference }),
    text: m("cases.mail.receiptBody", { name: summary.name, reference: summary.reference, title: summary.title, link, summary: lines.join("\n") }),
  };
}

/** Where a submitter follows the case when signed in (a partner contact of the submitting party). */
export function caseFollowLink(lang: Locale, caseId: string): string {
  return `${siteOrigin()}${href(lang, `/mine-saker/${encodeURIComponent(caseId)}`)}`;
}

/**
 * A status e-mail: the new status, the note, the meeting once the case is on a noticed agenda, and the links – the
 * private status link first (it opens for the recipient, the case's contact address, with or without an account),
 * then the signed-in page for the party's partner contacts.
 */
export function buildStatusMail(
  lang: Locale,
  notice: StatusNotice,
  meeting: { startsAt: Date; body: { name: string; nameNb: string | null } } | null,
  privateLink: string,
): { subject: string; text: string } {
  const m = getTranslator(lang);
  const status = m(`labels.caseStatus.${notice.to}`);
  const meetingLine = meeting ? m("workspace.mail.meeting", { body: localize(lang, meeting.body.name, meeting.body.nameNb), date: formatDate(lang, meeting.startsAt, "long") }) : "";
  return {
    subject: m("cases.mail.statusSubject", { reference: notice.reference, status }),
    text: m("cases.mail.statusBody", { reference: notice.reference, title: notice.title, status, note: notice.note ?? "–", meeting: meetingLine, link: privateLink, signedIn: caseFollowLink(lang, notice.caseId) }),
  };
}

/**
 * Queues the status mail (in the submitter's language) with the meeting once the case is on a noticed agenda. The
 * receipt's token is stored only hashed, so each status mail gets a private status link of its own (a new random
 * token, its sha256 stored in the same transaction): the link works exactly when the mail exists.
 */
export async function queueStatusMail(tx: Tx, notice: StatusNotice | null): Promise<void> {
  if (!notice) return;
  const lang: Locale = isLocale(notice.locale) ? notice.locale : "nn";
  const meeting = await caseMeetingForMail(notice.caseId, tx);
  const token = randomBytes(32).toString("base64url");
  await tx.caseStatusLink.create({ data: { caseId: notice.caseId, tokenHash: sha256(token) } });
  await enqueueMail(tx, { to: notice.contactEmail, ...buildStatusMail(lang, notice, meeting, statusPageLink(lang, token)) });
  // The case's followers (issue 16.5): only those who may see it; the status link row's hash keys the change once-only.
  await alertFollowers(tx, caseStatusEvent({ id: notice.caseId, reference: notice.reference, title: notice.title, status: notice.to }, sha256(token).slice(0, 16)));
}

/** The private status page of a token (the receipt's or a status mail's). */
export function statusPageLink(lang: Locale, token: string): string {
  return `${siteOrigin()}${href(lang, `/sak/status/${token}`)}`;
}
