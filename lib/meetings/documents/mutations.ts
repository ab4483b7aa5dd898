import "server-only";
// Meeting papers and attachments: a new document or the next version of one, checked by content first.
import { extractText } from "@/lib/documents/extract-text";
import { refreshSearchEntries } from "@/lib/search/mutations";
import { checkUpload, DOCUMENT_UPLOAD } from "@/lib/uploads/file-check";
import { canEditDocuments } from "../policy";
import { osloInstant } from "@/lib/i18n/oslo";
import { type UploadDocument, type WithdrawDocument } from "../schema";
import { ALL_PUBLIC, lockMeeting, refresh, Refused, run, type Actor, type MutationResult } from "../core/mutations";

/**
 * Stores an uploaded file as a new document of the meeting (or an agenda item), or as the next version of an
 * existing one. The file is checked by content (type, 25 MB, clean name) before anything is written.
 */
export async function uploadDocument(
  input: UploadDocument,
  file: FormDataEntryValue | null,
  actor: Actor,
): Promise<MutationResult<{ documentId: string; versionId: string; number: number }>> {
  const checked = await checkUpload(file, DOCUMENT_UPLOAD);
  if (!checked.ok) return { ok: false, error: checked.error };
  const upload = checked.file;
  const extractedText = await extractText(upload.bytes, upload.kind);
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    // A new document only while the papers are open; a new version of an existing one (a correction, issue 15) at any
    // time after, unless the meeting is cancelled or the document withdrawn.
    if (input.documentId ? meeting.state.cancelled : !canEditDocuments(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    if (input.agendaItemId) {
      const item = await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, meetingId: input.meetingId }, select: { id: true } });
      if (!item) throw new Refused("NOT_FOUND");
    }
    const fields = {
      kind: input.kind,
      title: input.title,
      titleNb: input.titleNb,
      visibility: input.visibility,
      legalBasis: input.visibility === "PUBLIC" ? null : input.legalBasis,
      publicFrom: input.visibility === "PUBLIC" || !input.publicFrom ? null : osloInstant(input.publicFrom, input.publicFromTime ?? "00:00"),
      agendaItemId: input.agendaItemId,
    };
    let documentId: string;
    let number = 1;
    if (input.documentId) {
      const existing = await tx.document.findFirst({ where: { id: input.documentId, meetingId: input.meetingId }, select: { id: true, withdrawnAt: true } });
      if (!existing) throw new Refused("NOT_FOUND");
      if (existing.withdrawnAt) throw new Refused("DOCUMENT_WITHDRAWN");
      const updated = await tx.document.updateMany({ where: { id: input.documentId, version: input.version ?? -1 }, data: { ...fields, version: { increment: 1 } } });
      if (updated.count === 0) throw new Refused("CONFLICT");
      const last = await tx.documentVersion.aggregate({ where: { documentId: input.documentId }, _max: { number: true } });
      number = (last._max.number ?? 0) + 1;
      documentId = input.documentId;
    } else {
      const created = await tx.document.create({ data: { ...fields, bodyId: meeting.bodyId, meetingId: input.meetingId }, select: { id: true } });
      documentId = created.id;
    }
    const version = await tx.documentVersion.create({
      data: {
        documentId,
        number,
        fileName: upload.fileName,
        mimeType: upload.mimeType,
        size: upload.size,
        sha256: upload.sha256,
        extractedText,
        changeNote: input.changeNote,
        uploadedById: actor.id,
        file: { create: { content: upload.bytes } },
      },
      select: { id: true },
    });
    await refreshSearchEntries(tx, [{ kind: "DOCUMENT", refId: documentId }]);
    return { documentId, versionId: version.id, number };
  }, (v) => ({
      actorId: actor.id,
      action: "document.upload",
      entityType: "Document",
      entityId: v.documentId,
      after: { title: input.title, kind: input.kind, visibility: input.visibility, legalBasis: input.legalBasis, version: v.number, fileName: upload.fileName, size: upload.size, sha256: upload.sha256 },
    }));
  if (result.ok) {
    refresh(ALL_PUBLIC);
  }
  return result;
}

/**
 * Withdraws a paper (trekt tilbake): kept with its versions, listed publicly with the date and the reason, its files
 * answer 410 Gone, and it leaves the search index and the combined meeting document at once (same transaction;
 * the combined document's input hash changes with it). Irreversible; the secretariat only; audited.
 */
export async function withdrawDocument(input: WithdrawDocument, actor: Actor, now: Date = new Date()): Promise<MutationResult> {
  let title = "";
  const result = await run(async (tx) => {
    await lockMeeting(tx, input.meetingId);
    const doc = await tx.document.findFirst({ where: { id: input.documentId, meetingId: input.meetingId }, select: { id: true, title: true, version: true, withdrawnAt: true } });
    if (!doc) throw new Refused("NOT_FOUND");
    if (doc.withdrawnAt) throw new Refused("DOCUMENT_WITHDRAWN");
    title = doc.title;
    const updated = await tx.document.updateMany({
      where: { id: doc.id, version: input.version, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawalReason: input.reason, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new Refused("CONFLICT");
    await refreshSearchEntries(tx, [{ kind: "DOCUMENT", refId: doc.id }]);
    return {};
  }, () => ({ actorId: actor.id, action: "document.withdraw", entityType: "Document", entityId: input.documentId, before: { title }, after: { withdrawnAt: now, reason: input.reason } }));
  if (result.ok) refresh(ALL_PUBLIC);
  return result;
}
