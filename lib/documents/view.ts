// What a viewer sees of a document in a listing: the title and a download link when they may read it; otherwise only
// that it is exempt from public access, its legal basis and when it becomes public – never its title or file.
import type { Viewer } from "@/lib/auth/viewer";
import type { DocumentKind, Visibility } from "@/lib/domain/vocabulary";
import { documentAccessSelect, toAccessFacts, type DocumentAccessRow } from "./access";
import { canReadDocument, isPublicNow, type DocumentAccessFacts } from "./policy";

export type DocumentFacts = DocumentAccessFacts & {
  id: string;
  kind: DocumentKind;
  title: string;
  titleNb: string | null;
  visibility: Visibility;
  legalBasis: string | null;
  publicFrom: Date | null;
  bodyId: string | null;
  agendaItemId: string | null;
  latest: { id: string; number: number; size: number; mimeType: string; fileName: string } | null;
  /**
   * Title and file left out because the facts were cached for anonymous readers (lib/meetings/meeting-page): such a
   * document is never offered, whatever the viewer (issue 14: restricted titles never enter a shared cache).
   */
  redacted?: boolean;
};

export type DocumentView =
  | {
      readable: true;
      id: string;
      kind: DocumentKind;
      title: string;
      titleNb: string | null;
      agendaItemId: string | null;
      version: { id: string; number: number; size: number; mimeType: string; fileName: string } | null;
      /** Readable by this viewer but exempt from public access: shown marked with its legal basis (issue 14). */
      restricted: { legalBasis: string | null } | null;
    }
  | {
      readable: false;
      id: string;
      kind: DocumentKind;
      agendaItemId: string | null;
      legalBasis: string | null;
      publicFrom: Date | null;
    };

export function documentView(viewer: Viewer, doc: DocumentFacts, now: Date = new Date()): DocumentView {
  if (!doc.redacted && canReadDocument(viewer, doc, now)) {
    return {
      readable: true,
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      titleNb: doc.titleNb,
      agendaItemId: doc.agendaItemId,
      version: doc.latest,
      restricted: isPublicNow(doc, now) ? null : { legalBasis: doc.legalBasis },
    };
  }
  return {
    readable: false,
    id: doc.id,
    kind: doc.kind,
    agendaItemId: doc.agendaItemId,
    legalBasis: doc.legalBasis,
    publicFrom: doc.publicFrom && doc.publicFrom.getTime() > now.getTime() ? doc.publicFrom : null,
  };
}

/** The download address (route built by the documents issue; access is checked there again). */
export function downloadPath(versionId: string): string {
  return `/api/dokument/${encodeURIComponent(versionId)}`;
}

export const documentFactsSelect = {
  id: true,
  ...documentAccessSelect,
  title: true,
  titleNb: true,
  legalBasis: true,
  agendaItemId: true,
  versions: {
    orderBy: { number: "desc" },
    take: 1,
    select: { id: true, number: true, size: true, mimeType: true, fileName: true },
  },
} as const;

/** A listed document's facts: its access facts built exactly as the download builds them (./access.ts). */
export function toFacts<
  T extends Omit<DocumentFacts, "latest" | keyof DocumentAccessFacts> & DocumentAccessRow & { versions: DocumentFacts["latest"][] },
>(row: T): DocumentFacts {
  return {
    ...toAccessFacts(row),
    id: row.id,
    kind: row.kind,
    title: row.title,
    titleNb: row.titleNb,
    legalBasis: row.legalBasis,
    agendaItemId: row.agendaItemId,
    latest: row.versions[0] ?? null,
  };
}

/**
 * What may be cached for anonymous readers: a document the public cannot read now, and will not within `horizonMs`,
 * loses its title and file (the listing still shows its kind and legal basis). One about to turn public keeps them,
 * so it appears on time from the cache (`publicFrom`).
 */
export function redactForPublicCache(doc: DocumentFacts, now: Date, horizonMs: number): DocumentFacts {
  const soon = doc.publicFrom !== null && doc.publicFrom.getTime() <= now.getTime() + horizonMs;
  if (doc.visibility === "PUBLIC" || soon) return doc;
  return { ...doc, title: "", titleNb: null, latest: null, redacted: true };
}
