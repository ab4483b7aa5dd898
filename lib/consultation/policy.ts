// Consultation rounds (høyring, issue 21 item 2): when a round is compiled, which answers are late, who may see the
// compiled page and PDF and who may open a file. Pure: shared by pages, route handlers, actions and tests – the
// function that guards a download is the one the pages ask before they show its link.
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { PartyKind } from "@/lib/domain/vocabulary";

export const ANSWER_STATUSES = ["DRAFT", "SUBMITTED"] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** Documents of a round and attachments of an answer: the kinds accepted for meeting papers, smaller. */
export const CONSULTATION_FILE_KINDS = ["pdf", "docx", "odt"] as const;
export const CONSULTATION_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_UPLOAD = 5;

/** The helpers of the "parties asked" checkboxes: every municipality, or every party. */
export const PARTY_GROUPS = ["MUNICIPALITIES", "ALL"] as const;
export type PartyGroup = (typeof PARTY_GROUPS)[number];
export const groupKinds = (group: PartyGroup): readonly PartyKind[] | null => (group === "MUNICIPALITIES" ? ["MUNICIPALITY"] : null);

/** Housekeeping reminds those who have not submitted once, when the deadline is this many days away (or closer). */
export const AUTO_REMINDER_DAYS = 3;

/** The round's deadline has passed: answers are compiled; a later answer is still taken, marked late. */
export const isClosed = (round: { deadline: Date }, now: Date = new Date()) => now.getTime() >= round.deadline.getTime();

/** Late: submitted after the deadline (derived, never stored, so a moved deadline moves the mark with it). */
export const isLate = (answer: { submittedAt: Date | null }, deadline: Date) => answer.submittedAt !== null && answer.submittedAt.getTime() > deadline.getTime();

/**
 * The compiled page and PDF: after the deadline, for everyone when the round is public, for the secretariat only when
 * it is restricted. The secretariat may look before the deadline too (their round page shows the status anyway).
 */
export function canReadCompiled(viewer: Viewer, round: { deadline: Date; isPublic: boolean }, now: Date = new Date()): boolean {
  if (can(viewer, "consultation.manage")) return true;
  return round.isPublic && isClosed(round, now);
}

/** A party asked in the round, acting through its own contact. */
export const isAskedContact = (viewer: Viewer, partyIds: readonly string[]) => viewer.partyId !== null && partyIds.includes(viewer.partyId) && can(viewer, "consultation.answer", { partyId: viewer.partyId });

export type FileScope = {
  round: { deadline: Date; isPublic: boolean; partyIds: readonly string[] };
  /** The answer the file is attached to; null for the round's own documents. */
  answer: { partyId: string; status: AnswerStatus } | null;
};

/**
 * A round's documents: the secretariat, the asked parties, and everyone once the compiled page is open to them. An
 * answer's attachment: the secretariat, the answering party, and the compiled page's readers once it is submitted.
 */
export function canReadConsultationFile(viewer: Viewer, scope: FileScope, now: Date = new Date()): boolean {
  if (can(viewer, "consultation.manage")) return true;
  if (!scope.answer) return isAskedContact(viewer, scope.round.partyIds) || canReadCompiled(viewer, scope.round, now);
  if (can(viewer, "consultation.answer", { partyId: scope.answer.partyId }) && viewer.partyId === scope.answer.partyId) return true;
  return scope.answer.status === "SUBMITTED" && canReadCompiled(viewer, scope.round, now);
}

export const compiledPath = (roundId: string) => `/hoyringar/${encodeURIComponent(roundId)}`;
export const compiledPdfPath = (roundId: string) => `/api/hoyringar/${encodeURIComponent(roundId)}/pdf`;
export const consultationFilePath = (fileId: string) => `/api/hoyringar/fil/${encodeURIComponent(fileId)}`;
export const ADMIN_PATH = "/admin/hoyringar";
export const OWN_PATH = "/mine-hoyringar";
