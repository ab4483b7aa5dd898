// Who may read a document (issue: sign-in, roles and access). Pure: the caller passes the viewer, built from the
// database on this request, and the time. A restricted document becomes public at `publicFrom` without anyone
// acting; until then the public sees only that it is exempt, with its legal basis – never its title or file.
// The same facts and the same function decide the download (app/api/dokument) and every link to it (issue 14:
// lib/documents/access.ts builds the facts for both from one select).
import { hasRole, isStaff, type Viewer } from "@/lib/auth/viewer";
import type { Visibility } from "@/lib/domain/vocabulary";

export type DocumentAccessFacts = {
  visibility: Visibility;
  bodyId: string | null;
  publicFrom: Date | null;
  /**
   * The bodies whose members may read a BODY_MEMBERS document, when more than its own body: a case's attachment is
   * read by the members of every body the case has been before (lib/cases/policy.ts `caseBodyIds`).
   */
  readerBodyIds?: readonly string[];
  /**
   * Parties whose partner contacts may read the document whatever its visibility: the party that submitted the case
   * the document was sent with reads what it sent (issue 14 item 5; lib/cases/policy.ts `caseDocumentReaders`).
   */
  readerPartyIds?: readonly string[];
};

export function isPublicNow(doc: DocumentAccessFacts, now: Date): boolean {
  return doc.visibility === "PUBLIC" || (doc.publicFrom !== null && doc.publicFrom.getTime() <= now.getTime());
}

export function canReadDocument(viewer: Viewer, doc: DocumentAccessFacts, now: Date = new Date()): boolean {
  if (isPublicNow(doc, now)) return true;
  if (isStaff(viewer)) return true;
  if (viewer.partyId !== null && hasRole(viewer, "PARTNER_CONTACT") && (doc.readerPartyIds ?? []).includes(viewer.partyId)) return true;
  if (doc.visibility === "BODY_MEMBERS") {
    const readers = [...(doc.bodyId !== null ? [doc.bodyId] : []), ...(doc.readerBodyIds ?? [])];
    return readers.some((bodyId) => viewer.memberBodyIds.includes(bodyId));
  }
  return false;
}
