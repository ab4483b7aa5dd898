// What a viewer sees of a document in a listing: the title and a download link when they may read it; otherwise only
// that it is exempt from public access, its legal basis and when it becomes public – never its title or file.
import type { Viewer } from "@/lib/auth/viewer";
import type { DocumentKind, Visibility } from "@/lib/domain/vocabulary";
import { canReadDocument } from "./policy";

export type DocumentFacts = {
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
  if (canReadDocument(viewer, doc, now)) {
    return {
      readable: true,
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      titleNb: doc.titleNb,
      agendaItemId: doc.agendaItemId,
      version: doc.latest,
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
  kind: true,
  title: true,
  titleNb: true,
  visibility: true,
  legalBasis: true,
  publicFrom: true,
  bodyId: true,
  agendaItemId: true,
  versions: {
    orderBy: { number: "desc" },
    take: 1,
    select: { id: true, number: true, size: true, mimeType: true, fileName: true },
  },
} as const;

export function toFacts<T extends Omit<DocumentFacts, "latest"> & { versions: DocumentFacts["latest"][] }>(
  row: T,
): DocumentFacts {
  const { versions, ...rest } = row;
  return {
    id: rest.id,
    kind: rest.kind,
    title: rest.title,
    titleNb: rest.titleNb,
    visibility: rest.visibility,
    legalBasis: rest.legalBasis,
    publicFrom: rest.publicFrom,
    bodyId: rest.bodyId,
    agendaItemId: rest.agendaItemId,
    latest: versions[0] ?? null,
  };
}
