// The notice (innkalling) as text: the same function writes the preview the secretariat looks at and the mails that
// leave after the confirmation, so what was seen is what is sent. Pure (no database, no clock).
import { createHash } from "node:crypto";
import { formatDate, formatTimeRange, localize, getTranslator } from "@/lib/i18n";

export type NoticeRecipient = {
  /** The once-only key of this person's mail: the linked user's id, else the e-mail address (lower case). */
  key: string;
  email: string;
  name: string;
  role: "MEMBER" | "DEPUTY";
};

export type NoticeInput = {
  meetingId: string;
  bodyName: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  agenda: { number: string | null; title: string }[];
  /** Papers that go with the notice (public and members' papers; never secretariat-only ones, never withdrawn ones). */
  papers: { title: string; restricted: boolean }[];
  origin: string;
};

export type ComposedNotice = { subject: string; text: string };

/** The mail's subject and text (nynorsk, the portal's first language). */
export function composeNotice(input: NoticeInput): ComposedNotice {
  const m = getTranslator("nn", "meetingWorkflow.noticeMail");
  const when = `${formatDate("nn", input.startsAt, "full")} ${formatTimeRange("nn", input.startsAt, input.endsAt)}`;
  const agenda = input.agenda.map((a, i) => `${i + 1}. ${a.number ? `${a.number} ` : ""}${a.title}`).join("\n");
  const papers = input.papers.map((p) => `- ${p.title}${p.restricted ? ` (${m("restricted")})` : ""}`).join("\n");
  const subject = `${m("subject")} ${localize("nn", input.bodyName, null)} ${formatDate("nn", input.startsAt, "long")}`;
  const text = [
    m("greeting"),
    "",
    `${m("intro")} ${input.bodyName}.`,
    `${m("when")}: ${when}`,
    `${m("where")}: ${input.location ?? m("noLocation")}`,
    "",
    `${m("agenda")}:`,
    agenda || m("noAgenda"),
    "",
    `${m("papers")}:`,
    papers || m("noPapers"),
    "",
    `${m("meetingPage")}: ${input.origin}/mote/${input.meetingId}`,
    `${m("combined")}: ${input.origin}${bundlePath(input.meetingId)}`,
  ].join("\n");
  return { subject, text };
}

/** The combined meeting document (samla saksdokument); the route serves the edition the reader may read. */
export function bundlePath(meetingId: string): string {
  return `/api/mote/${encodeURIComponent(meetingId)}/saksdokument`;
}

/**
 * A fingerprint of the recipient list the secretariat confirmed: if a membership changes between the preview and the
 * confirmation, the confirmation is refused (RECIPIENTS_CHANGED) instead of mailing a list nobody has looked at.
 */
export function recipientsHash(recipients: readonly NoticeRecipient[]): string {
  const keys = recipients.map((r) => `${r.key}|${r.email}`).sort();
  return createHash("sha256").update(keys.join("\n")).digest("hex").slice(0, 32);
}

/** The outbox's once-only key for one person's notice: a second confirmation never queues a copy. */
export function noticeDedupeKey(meetingId: string, recipient: NoticeRecipient): string {
  return `notice:${meetingId}:${recipient.key}`;
}
