// The access facts of a document, built the same way for its download (lib/downloads/data.ts) and for every listing
// that offers a link to it (lib/documents/view.ts `toFacts`): one select, one function, so a link is shown exactly
// when the download would succeed (issue 14 item 3). Pure; no Prisma here – the callers' data.ts read the rows.
import { caseDocumentReaders } from "@/lib/cases/policy";
import type { DocumentKind, MeetingStatus, Visibility } from "@/lib/domain/vocabulary";
import type { DocumentAccessFacts } from "./policy";

/** The columns access depends on; spread into a document select. */
export const documentAccessSelect = {
  kind: true,
  visibility: true,
  bodyId: true,
  publicFrom: true,
  meeting: { select: { status: true } },
  case: { select: { targetBodyId: true, currentBodyId: true, submitterPartyId: true, route: { select: { fromBodyId: true, toBodyId: true } } } },
} as const;

export type DocumentAccessRow = {
  kind: DocumentKind;
  visibility: Visibility;
  bodyId: string | null;
  publicFrom: Date | null;
  meeting: { status: MeetingStatus } | null;
  case: {
    targetBodyId: string;
    currentBodyId: string;
    submitterPartyId: string | null;
    route: { fromBodyId: string | null; toBodyId: string }[];
  } | null;
};

/**
 * A case's attachment is read by the bodies on the case's route and the submitting party. A paper of a meeting whose
 * notice has not gone out, and a minutes file before the minutes are published, are drafts: readable by the
 * secretariat only, whatever visibility they will have (lib/meetings/policy).
 */
export function toAccessFacts(row: DocumentAccessRow): DocumentAccessFacts {
  const own: DocumentAccessFacts = { visibility: row.visibility, bodyId: row.bodyId, publicFrom: row.publicFrom };
  const facts = row.case ? { ...own, ...caseDocumentReaders(row.case) } : own;
  const meeting = row.meeting;
  const draft = meeting !== null && (meeting.status === "PLANNED" || (row.kind === "MINUTES" && meeting.status !== "MINUTES_PUBLISHED"));
  return draft ? { ...facts, visibility: "SECRETARIAT", publicFrom: null } : facts;
}
