// Document rows (Document + DocumentVersion + DocumentFile) for a rendered PDF.
import type { DocumentFileRow, DocumentRow, DocumentVersionRow } from "./types";
import { renderPdf } from "./pdf";
import type { Block } from "./text";

export type DocumentRows = { documents: DocumentRow[]; versions: DocumentVersionRow[]; files: DocumentFileRow[] };

export const emptyDocuments = (): DocumentRows => ({ documents: [], versions: [], files: [] });

export type PdfDocumentSpec = {
  id: string;
  kind: DocumentRow["kind"];
  title: string;
  titleNb: string;
  fileName: string;
  /** Fixed date written into the PDF (meeting or adoption date). */
  pdfDate: Date;
  /** When the document row and its version were created. */
  createdAt: Date;
  blocks: Block[];
  visibility?: DocumentRow["visibility"];
  legalBasis?: string;
  publicFrom?: Date;
  bodyId?: string;
  meetingId?: string;
  agendaItemId?: string;
  caseId?: string;
  agreementVersionId?: string;
  actionPlanId?: string;
};

export async function addPdfDocument(target: DocumentRows, spec: PdfDocumentSpec): Promise<void> {
  const pdf = await renderPdf({ title: spec.title, date: spec.pdfDate, blocks: spec.blocks });
  const versionId = `${spec.id}-v1`;
  target.documents.push({
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    titleNb: spec.titleNb,
    visibility: spec.visibility ?? "PUBLIC",
    legalBasis: spec.legalBasis ?? null,
    publicFrom: spec.publicFrom ?? null,
    bodyId: spec.bodyId ?? null,
    meetingId: spec.meetingId ?? null,
    agendaItemId: spec.agendaItemId ?? null,
    caseId: spec.caseId ?? null,
    agreementVersionId: spec.agreementVersionId ?? null,
    actionPlanId: spec.actionPlanId ?? null,
    createdAt: spec.createdAt,
    updatedAt: spec.createdAt,
    version: 1,
  });
  target.versions.push({
    id: versionId,
    documentId: spec.id,
    number: 1,
    fileName: spec.fileName,
    mimeType: "application/pdf",
    size: pdf.size,
    sha256: pdf.sha256,
    extractedText: pdf.text,
    changeNote: null,
    uploadedAt: spec.createdAt,
  });
  target.files.push({ versionId, content: new Uint8Array(pdf.bytes) });
}
