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
  latest: { id: string; number: number; size: number; mimeType: string; fileName: string; uploadedAt?: Date; changeNote?: string | null } | null;
  /** Withdrawn by the secretariat (issue 15): listed with date and reason, never downloadable. */
  withdrawnAt?: Date | null;
  withdrawalReason?: string | null;
  /**
   * Title and file left out because the facts were cached for anonymous readers (lib/meetings/meeting-page): such a
   * document is never offered, whatever the viewer (issue 14: restricted titles never enter a shared cache).
   */
  redacted?: boolean;
};

/** What every reader sees of a corrected or withdrawn document (the reason and the note are written to be public). */
export type DocumentMarks = {
  withdrawn: { at: Date; reason: string } | null;
  /** The newest version replaced an earlier one: when, and the secretariat's note. */
  corrected: { at: Date; note: string | null } | null;
};

function marks(doc: DocumentFacts): DocumentMarks {
  return {
    withdrawn: doc.withdrawnAt ? { at: doc.withdrawnAt, reason: doc.withdrawalReason ?? "" } : null,
    corrected: doc.latest && doc.latest.number > 1 && doc.latest.uploadedAt ? { at: doc.latest.uploadedAt, note: doc.latest.changeNote ?? null } : null,
  };
}

export type DocumentView = (
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
    }
) &
  Partial<DocumentMarks>;

export function documentView(viewer: Viewer, doc: DocumentFacts, now: Date = new Date()): DocumentView {
  if (!doc.redacted && canReadDocument(viewer, doc, now)) {
    return {
      readable: true,
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      titleNb: doc.titleNb,
      agendaItemId: doc.agendaItemId,
      // A withdrawn document keeps its place in the list but offers no file (the download answers 410).
      version: doc.withdrawnAt ? null : doc.latest,
      restricted: isPublicNow(doc, now) ? null : { legalBasis: doc.legalBasis },
      ...marks(doc),
    };
  }
  return {
    readable: false,
    id: doc.id,
    kind: doc.kind,
    agendaItemId: doc.agendaItemId,
    legalBasis: doc.legalBasis,
    publicFrom: doc.publicFrom && doc.publicFrom.getTime() > now.getTime() ? doc.publicFrom : null,
    // Only a withdrawal is said about a paper one may not read (its date and reason are public).
    ...(doc.withdrawnAt ? { withdrawn: marks(doc).withdrawn } : {}),
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
  withdrawnAt: true,
  withdrawalReason: true,
  versions: {
    orderBy: { number: "desc" },
    take: 1,
    select: { id: true, number: true, size: true, mimeType: true, fileName: true, uploadedAt: true, changeNote: true },
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
    withdrawnAt: row.withdrawnAt ?? null,
    withdrawalReason: row.withdrawalReason ?? null,
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
