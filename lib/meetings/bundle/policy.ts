// Who gets which edition of the combined meeting document (samla saksdokument). The same policy function as every
// document download (canReadDocument) decides, per paper, what an edition holds: the public edition holds what an
// anonymous reader may read now; the members' edition what a member (or personal deputy, S6) of the body may read.
import { ANONYMOUS, isStaff, type Viewer } from "@/lib/auth/viewer";
import { canReadDocument, type DocumentAccessFacts } from "@/lib/documents/policy";
import type { MeetingStatus } from "@/lib/domain/vocabulary";

export type BundleEdition = "PUBLIC" | "MEMBERS";

/** The reader an edition is made for. */
export function editionReader(edition: BundleEdition, bodyId: string): Viewer {
  return edition === "PUBLIC" ? ANONYMOUS : { userId: "edition", roles: [], memberBodyIds: [bodyId], partyId: null };
}

/** Whether a paper's file goes into an edition. */
export function inEdition(edition: BundleEdition, bodyId: string, doc: DocumentAccessFacts, now: Date): boolean {
  return canReadDocument(editionReader(edition, bodyId), doc, now);
}

/**
 * The editions this viewer may download, richest first. Before the notice has gone out the papers are drafts: only
 * the secretariat reads them (as lib/downloads/data.ts does for single papers).
 */
export function editionsFor(viewer: Viewer, meeting: { bodyId: string; status: MeetingStatus }, now: Date = new Date()): BundleEdition[] {
  if (meeting.status === "PLANNED") return isStaff(viewer) ? ["MEMBERS", "PUBLIC"] : [];
  const member = canReadDocument(viewer, { visibility: "BODY_MEMBERS", bodyId: meeting.bodyId, publicFrom: null }, now);
  return member ? ["MEMBERS", "PUBLIC"] : ["PUBLIC"];
}

/** `?utgave=` of the download address. */
export const EDITION_PARAM: Record<BundleEdition, string> = { PUBLIC: "offentleg", MEMBERS: "medlem" };
