// Who gets which edition of a meeting's archive export (arkivuttrekk, issue 20 item 2). Pure.
//
// FULL: the secretariat (`archive.export`), for the party's own archive: every document of the meeting, drafts
// included, each decided for the downloading viewer by canReadDocument – the function every download asks.
// PUBLIC: everyone, once the notice has gone out (isAgendaPublic – the meeting page's rule): what an anonymous reader
// may read now; a paper exempt from public access is listed as "unnateke offentlegheit" with its legal basis, never
// its title, file name or content – what eInnsyn and the public journal (lib/journal) show too.
import { can } from "@/lib/auth/permissions";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import { canReadDocument, type DocumentAccessFacts } from "@/lib/documents/policy";
import type { MeetingStatus } from "@/lib/domain/vocabulary";
import { isAgendaPublic } from "../policy";

export type ArchiveEdition = "FULL" | "PUBLIC";

/** `?utgave=` of the download address. */
export const ARCHIVE_EDITION_PARAM: Record<ArchiveEdition, string> = { FULL: "full", PUBLIC: "offentleg" };

/** The editions this viewer may download, richest first (empty: the route answers 404). */
export function archiveEditionsFor(viewer: Viewer, meeting: { status: MeetingStatus }): ArchiveEdition[] {
  const full = can(viewer, "archive.export");
  if (!isAgendaPublic(meeting.status)) return full ? ["FULL"] : [];
  return full ? ["FULL", "PUBLIC"] : ["PUBLIC"];
}

/** The reader an edition is made for: the public edition as an anonymous visitor, the full one as the viewer. */
export function archiveReader(edition: ArchiveEdition, viewer: Viewer): Viewer {
  return edition === "PUBLIC" ? ANONYMOUS : viewer;
}

/** Whether the edition's reader gets a document's title and files (else: "unnateke offentlegheit"). */
export function inArchive(reader: Viewer, doc: DocumentAccessFacts, now: Date): boolean {
  return canReadDocument(reader, doc, now);
}
