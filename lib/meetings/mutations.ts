import "server-only";
// Meeting writes for the secretariat: meetings, the agenda (saksliste), papers, the notice (innkalling), decisions
// and the minutes. Every write runs in one transaction that also refreshes the search entries it touches, checks the
// workflow (./policy.ts) and the row's version (lost updates: nothing is overwritten, the caller gets CONFLICT), and
// is audited. The public cache is revalidated right after the commit.
import { revalidatePath } from "next/cache";
import { audit, type AuditInput } from "@/lib/audit/mutations";
import { createCaseOnAgenda } from "@/lib/cases/mutations";
import { prisma } from "@/lib/db/client";
import { recordDecision as recordSharedDecision } from "@/lib/decisions/mutations";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { extractText } from "@/lib/documents/extract-text";
import { formatDate, formatTimeRange, getMessages, localize } from "@/lib/i18n";
import { sendMail } from "@/lib/mail";
import { revalidatePublic, type PublicTag } from "@/lib/public-cache";
import { refreshSearchEntries, type SearchSourceKind } from "@/lib/search/mutations";
import { checkUpload, DOCUMENT_UPLOAD, type UploadError } from "@/lib/uploads/file-check";
import { htmlToText, markupToHtml, textToHtml } from "./markup";
import {
  canCancel,
  canCorrectMinutes,
  canEditAgenda,
  canEditDetails,
  canEditDocuments,
  canEditMinutesDraft,
  canTransition,
  type MeetingState,
} from "./policy";
import {
  osloInstant,
  type AddCaseItem,
  type AddStandingItem,
  type CancelMeeting,
  type CreateMeeting,
  type DecisionInput,
  type MeetingStep,
  type MinutesCorrection,
  type MinutesDraft,
  type MoveItem,
  type RemoveItem,
  type UpdateMeeting,
  type UploadDocument,
} from "./schema";

type Tx = Prisma.TransactionClient;

export type Actor = { id: string; name: string; email: string };

export type MeetingError =
  | "NOT_FOUND"
  | "CONFLICT"
  | "ILLEGAL_TRANSITION"
  | "HAS_DECISION"
  | "NOT_A_CASE"
  | "NO_MINUTES"
  | "FORWARD_NOT_POSSIBLE"
  | "UNKNOWN_MEASURE"
  | UploadError;

export type MutationResult<T = object> = ({ ok: true } & T) | { ok: false; error: MeetingError };

/** Thrown inside a transaction to roll it back and answer with an error code. */
class Refused extends Error {
  constructor(readonly code: MeetingError) {
    super(code);
  }
}

/**
 * Runs the write in one transaction with its audit entry (written in the same transaction, so the log never records
 * a write that rolled back, nor misses one that committed).
 */
async function run<T extends object>(work: (tx: Tx) => Promise<T>, auditFor: (value: T) => AuditInput): Promise<MutationResult<T>> {
  try {
    const value = await prisma.$transaction(
      async (tx) => {
        const done = await work(tx);
        await audit(auditFor(done), tx);
        return done;
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
    return { ok: true, ...value };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.code };
    throw error;
  }
}

function refresh(tags: PublicTag[]): void {
  // Outside a Next server (Vitest, scripts) there is no cache to revalidate.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.VITEST) return;
  revalidatePublic(tags);
  revalidatePath("/[lang]/admin/moter", "layout");
}

const ALL_PUBLIC: PublicTag[] = ["meetings", "minutes", "search"];

/** The meeting row, locked for this transaction (parallel agenda writes queue here, so positions stay unique). */
async function lockMeeting(tx: Tx, meetingId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
  if (!rows.length) throw new Refused("NOT_FOUND");
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { id: true, bodyId: true, status: true, cancelledAt: true, version: true, startsAt: true, endsAt: true, title: true, location: true },
  });
  return { ...meeting, state: { status: meeting.status, cancelled: meeting.cancelledAt !== null } satisfies MeetingState };
}

/** Bumps the meeting's version only if it is still the one the form showed; otherwise CONFLICT (nothing written). */
async function bumpMeeting(tx: Tx, meetingId: string, version: number, data: Prisma.MeetingUpdateManyMutationInput = {}) {
  const updated = await tx.meeting.updateMany({ where: { id: meetingId, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 0) throw new Refused("CONFLICT");
}

/** Search entries of everything on the meeting: its cases and documents (and the minutes). */
async function meetingSources(tx: Tx, meetingId: string): Promise<{ kind: SearchSourceKind; refId: string }[]> {
  const [items, documents] = await Promise.all([
    tx.agendaItem.findMany({ where: { meetingId }, select: { caseNumber: { select: { caseId: true } } } }),
    tx.document.findMany({ where: { meetingId }, select: { id: true } }),
  ]);
  return [
    { kind: "MINUTES", refId: meetingId },
    ...items.flatMap((i) => (i.caseNumber ? [{ kind: "CASE" as const, refId: i.caseNumber.caseId }] : [])),
    ...documents.map((d) => ({ kind: "DOCUMENT" as const, refId: d.id })),
  ];
}

// ───────────── Meeting ─────────────

function times(input: { date: string; startTime: string; endTime: string | null }) {
  return { startsAt: osloInstant(input.date, input.startTime), endsAt: input.endTime ? osloInstant(input.date, input.endTime) : null };
}

export async function createMeeting(input: CreateMeeting, actor: Actor): Promise<MutationResult<{ meetingId: string }>> {
  const result = await run(async (tx) => {
    const body = await tx.body.findUnique({ where: { id: input.bodyId }, select: { id: true } });
    if (!body) throw new Refused("NOT_FOUND");
    const meeting = await tx.meeting.create({
      data: { bodyId: input.bodyId, title: input.title, location: input.location, ...times(input) },
      select: { id: true },
    });
    return { meetingId: meeting.id };
  }, (v) => ({ actorId: actor.id, action: "meeting.create", entityType: "Meeting", entityId: v.meetingId, after: { ...input } }));
  if (result.ok) {
    refresh(["meetings"]);
  }
  return result;
}

export async function updateMeeting(input: UpdateMeeting, actor: Actor): Promise<MutationResult> {
  let before: Record<string, unknown> = {};
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    if (!canEditDetails(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    before = { title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt, location: meeting.location };
    await bumpMeeting(tx, input.meetingId, input.version, { title: input.title, location: input.location, ...times(input) });
    await refreshSearchEntries(tx, await meetingSources(tx, input.meetingId));
    return {};
  }, () => ({ actorId: actor.id, action: "meeting.update", entityType: "Meeting", entityId: input.meetingId, before, after: { ...input } }));
  if (result.ok) {
    refresh(ALL_PUBLIC);
  }
  return result;
}

export async function cancelMeeting(input: CancelMeeting, actor: Actor, now: Date = new Date()): Promise<MutationResult> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    if (!canCancel(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    await bumpMeeting(tx, input.meetingId, input.version, { cancelledAt: now, cancellationReason: input.reason });
    return {};
  }, () => ({ actorId: actor.id, action: "meeting.cancel", entityType: "Meeting", entityId: input.meetingId, after: { reason: input.reason } }));
  if (result.ok) {
    refresh(ALL_PUBLIC);
  }
  return result;
}

/** NOTICE_SENT → HELD. */
export async function markHeld(input: MeetingStep, actor: Actor): Promise<MutationResult> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    if (!canTransition(meeting.state, "HELD")) throw new Refused("ILLEGAL_TRANSITION");
    await bumpMeeting(tx, input.meetingId, input.version, { status: "HELD" });
    return {};
  }, () => ({ actorId: actor.id, action: "meeting.held", entityType: "Meeting", entityId: input.meetingId, after: { status: "HELD" } }));
  if (result.ok) {
    refresh(["meetings"]);
  }
  return result;
}

// ───────────── Agenda ─────────────

export async function addCaseItem(input: AddCaseItem, actor: Actor): Promise<MutationResult<{ agendaItemId: string; caseNumber: string }>> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!canEditAgenda(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    const placed = await createCaseOnAgenda(tx, {
      meetingId: input.meetingId,
      title: input.title,
      titleNb: input.titleNb,
      description: input.description,
      actorId: actor.id,
      actorName: actor.name,
      actorEmail: actor.email,
    });
    await tx.meeting.update({ where: { id: input.meetingId }, data: { version: { increment: 1 } } });
    await refreshSearchEntries(tx, [{ kind: "CASE", refId: placed.caseId }]);
    const body = await tx.body.findUniqueOrThrow({ where: { id: meeting.bodyId }, select: { shortName: true } });
    return { agendaItemId: placed.agendaItemId, caseId: placed.caseId, caseNumber: `${body.shortName} ${placed.caseNumber.sequence}/${placed.caseNumber.year}` };
  }, (v) => ({ actorId: actor.id, action: "agenda.addCase", entityType: "AgendaItem", entityId: v.agendaItemId, after: { title: input.title, caseNumber: v.caseNumber } }));
  if (result.ok) {
    refresh(ALL_PUBLIC);
  }
  return result;
}

export async function addStandingItem(input: AddStandingItem, actor: Actor): Promise<MutationResult<{ agendaItemId: string }>> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!canEditAgenda(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    const last = await tx.agendaItem.aggregate({ where: { meetingId: input.meetingId }, _max: { position: true } });
    const item = await tx.agendaItem.create({
      data: { meetingId: input.meetingId, position: (last._max.position ?? 0) + 1, kind: input.kind, title: input.title, titleNb: input.titleNb },
      select: { id: true },
    });
    await tx.meeting.update({ where: { id: input.meetingId }, data: { version: { increment: 1 } } });
    return { agendaItemId: item.id };
  }, (v) => ({ actorId: actor.id, action: "agenda.addItem", entityType: "AgendaItem", entityId: v.agendaItemId, after: { ...input } }));
  if (result.ok) {
    refresh(["meetings"]);
  }
  return result;
}

/**
 * Swaps an item with its neighbour. Positions are unique per meeting, so the swap goes through a free position
 * (the negative of the item's own) inside the transaction.
 */
export async function moveItem(input: MoveItem, actor: Actor): Promise<MutationResult> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!canEditAgenda(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    const items = await tx.agendaItem.findMany({ where: { meetingId: input.meetingId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    const index = items.findIndex((i) => i.id === input.itemId);
    if (index < 0) throw new Refused("NOT_FOUND");
    const other = items[input.direction === "up" ? index - 1 : index + 1];
    if (!other) return {};
    const item = items[index]!;
    await tx.agendaItem.update({ where: { id: item.id }, data: { position: -item.position } });
    await tx.agendaItem.update({ where: { id: other.id }, data: { position: item.position } });
    await tx.agendaItem.update({ where: { id: item.id }, data: { position: other.position } });
    await tx.meeting.update({ where: { id: input.meetingId }, data: { version: { increment: 1 } } });
    return {};
  }, () => ({ actorId: actor.id, action: "agenda.move", entityType: "AgendaItem", entityId: input.itemId, after: { direction: input.direction } }));
  if (result.ok) {
    refresh(["meetings"]);
  }
  return result;
}

/**
 * Removes an item without a decision. A case keeps its number (numbers are never reused): the number stays with the
 * case, only the line of the saksliste goes, and the case goes back to ASSESSING for the case desk.
 */
export async function removeItem(input: RemoveItem, actor: Actor): Promise<MutationResult> {
  let removed: Record<string, unknown> = {};
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!canEditAgenda(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    const item = await tx.agendaItem.findFirst({
      where: { id: input.itemId, meetingId: input.meetingId },
      select: { id: true, title: true, position: true, decision: { select: { id: true } }, caseNumber: { select: { caseId: true } } },
    });
    if (!item) throw new Refused("NOT_FOUND");
    if (item.decision) throw new Refused("HAS_DECISION");
    removed = { title: item.title, position: item.position };
    await tx.agendaItem.delete({ where: { id: item.id } });
    // Close the gap so positions stay 1..n (shifting one at a time keeps the unique index satisfied).
    const after = await tx.agendaItem.findMany({ where: { meetingId: input.meetingId, position: { gt: item.position } }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    for (const next of after) await tx.agendaItem.update({ where: { id: next.id }, data: { position: next.position - 1 } });
    if (item.caseNumber) {
      const c = await tx.case.findUniqueOrThrow({ where: { id: item.caseNumber.caseId }, select: { status: true } });
      if (c.status === "SCHEDULED") {
        await tx.case.update({ where: { id: item.caseNumber.caseId }, data: { status: "ASSESSING", version: { increment: 1 } } });
        await tx.caseStatusChange.create({ data: { caseId: item.caseNumber.caseId, from: "SCHEDULED", to: "ASSESSING", byId: actor.id } });
      }
      await refreshSearchEntries(tx, [{ kind: "CASE", refId: item.caseNumber.caseId }]);
    }
    await tx.meeting.update({ where: { id: input.meetingId }, data: { version: { increment: 1 } } });
    return {};
  }, () => ({ actorId: actor.id, action: "agenda.remove", entityType: "AgendaItem", entityId: input.itemId, before: removed }));
  if (result.ok) {
    refresh(ALL_PUBLIC);
  }
  return result;
}

// ───────────── Notice ─────────────

/** Everyone to notify: members and personal deputies of the body whose term covers the meeting day (Oslo date). */
async function noticeRecipients(tx: Tx, bodyId: string, startsAt: Date): Promise<{ email: string; name: string }[]> {
  const day = new Date(`${startsAt.toLocaleDateString("sv-SE", { timeZone: "Europe/Oslo" })}T00:00:00Z`);
  const rows = await tx.membership.findMany({
    where: { bodyId, termStart: { lte: day }, OR: [{ termEnd: null }, { termEnd: { gte: day } }], person: { email: { not: null } } },
    select: { person: { select: { email: true, givenName: true, familyName: true } } },
  });
  const byEmail = new Map<string, string>();
  for (const r of rows) byEmail.set(r.person.email!.toLowerCase(), `${r.person.givenName} ${r.person.familyName}`);
  return [...byEmail].map(([email, name]) => ({ email, name }));
}

/** PLANNED → NOTICE_SENT: the agenda and its papers become public, and every member and deputy gets the notice. */
export async function sendNotice(input: MeetingStep, actor: Actor, options: { origin: string; now?: Date }): Promise<MutationResult<{ recipients: number }>> {
  const now = options.now ?? new Date();
  let mails: { to: string; subject: string; text: string }[] = [];
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    if (!canTransition(meeting.state, "NOTICE_SENT")) throw new Refused("ILLEGAL_TRANSITION");
    await bumpMeeting(tx, input.meetingId, input.version, { status: "NOTICE_SENT", noticeSentAt: now });
    await refreshSearchEntries(tx, await meetingSources(tx, input.meetingId));
    const full = await tx.meeting.findUniqueOrThrow({
      where: { id: input.meetingId },
      select: {
        body: { select: { name: true } },
        agendaItems: { orderBy: { position: "asc" }, select: { title: true, caseNumber: { select: { sequence: true, year: true, body: { select: { shortName: true } } } } } },
      },
    });
    const m = getMessages("nn").meetingAdmin.noticeMail;
    const when = `${formatDate("nn", meeting.startsAt, "full")} ${formatTimeRange("nn", meeting.startsAt, meeting.endsAt)}`;
    const agenda = full.agendaItems
      .map((a, i) => `${i + 1}. ${a.caseNumber ? `${a.caseNumber.body.shortName} ${a.caseNumber.sequence}/${a.caseNumber.year} ` : ""}${a.title}`)
      .join("\n");
    const subject = `${m.subject} ${localize("nn", full.body.name, null)} ${formatDate("nn", meeting.startsAt, "long")}`;
    const text = [
      m.greeting,
      "",
      `${m.intro} ${full.body.name}.`,
      `${m.when}: ${when}`,
      `${m.where}: ${meeting.location ?? m.noLocation}`,
      "",
      `${m.agenda}:`,
      agenda || m.noAgenda,
      "",
      `${m.papers}: ${options.origin}/mote/${meeting.id}`,
    ].join("\n");
    mails = (await noticeRecipients(tx, meeting.bodyId, meeting.startsAt)).map((r) => ({ to: r.email, subject, text }));
    return { recipients: mails.length };
  }, (v) => ({ actorId: actor.id, action: "meeting.notice", entityType: "Meeting", entityId: input.meetingId, after: { recipients: v.recipients } }));
  if (result.ok) {
    // One mail per person (no one sees the others' addresses); each is kept in the outbox whatever SMTP does.
    for (const mail of mails) await sendMail(mail);
    refresh(ALL_PUBLIC);
  }
  return result;
}

// ───────────── Documents ─────────────

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
    if (!canEditDocuments(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
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
      publicFrom: input.visibility === "PUBLIC" || !input.publicFrom ? null : new Date(`${input.publicFrom}T00:00:00+01:00`),
      agendaItemId: input.agendaItemId,
    };
    let documentId: string;
    let number = 1;
    if (input.documentId) {
      const existing = await tx.document.findFirst({ where: { id: input.documentId, meetingId: input.meetingId }, select: { id: true } });
      if (!existing) throw new Refused("NOT_FOUND");
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

// ───────────── Decisions ─────────────

/**
 * The meeting admin's entry to the one decision mutation (lib/decisions/mutations.ts), which the case desk uses too:
 * the item named on this meeting, the decision's version as the form showed it.
 */
export async function recordDecision(input: DecisionInput, actor: Actor, now: Date = new Date()): Promise<MutationResult<{ decisionId: string }>> {
  const result = await recordSharedDecision(
    {
      target: { meetingId: input.meetingId, agendaItemId: input.agendaItemId },
      kind: input.kind,
      text: input.text,
      textNb: input.textNb,
      disagreementNote: input.disagreementNote,
      forwardToSsu: input.forwardToSsu,
      measureIds: input.measureIds,
      version: input.version,
    },
    actor,
    now,
  );
  if (!result.ok) return { ok: false, error: result.error === "NO_AGENDA_ITEM" ? "NOT_FOUND" : result.error };
  return { ok: true, decisionId: result.decisionId };
}

// ───────────── Minutes ─────────────

/**
 * Saves the draft: the text written in the editor (markup), or an uploaded file (stored as the meeting's MINUTES
 * document, its text becoming the draft). The draft is the newest, unpublished and unapproved version; saving again
 * replaces its text. `version` is the Minutes row's (0 when there are no minutes yet).
 */
export async function saveMinutesDraft(input: MinutesDraft, file: FormDataEntryValue | null, actor: Actor): Promise<MutationResult> {
  let html = input.body ? markupToHtml(input.body) : "";
  let upload: Awaited<ReturnType<typeof checkUpload>> | null = null;
  if (file && typeof file === "object" && file.size > 0) {
    upload = await checkUpload(file, DOCUMENT_UPLOAD);
    if (!upload.ok) return { ok: false, error: upload.error };
    if (!html) html = textToHtml((await extractText(upload.file.bytes, upload.file.kind)) ?? "");
  }
  if (!html && !upload) return { ok: false, error: "NO_MINUTES" };
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!canEditMinutesDraft(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    const minutes = await upsertMinutes(tx, input.meetingId, input.version);
    const latest = await tx.minutesVersion.findFirst({ where: { minutesId: minutes.id }, orderBy: { number: "desc" }, select: { id: true, number: true, approvedAt: true, publishedAt: true } });
    const data = { html, text: htmlToText(html), createdById: actor.id };
    if (latest && !latest.approvedAt && !latest.publishedAt) await tx.minutesVersion.update({ where: { id: latest.id }, data });
    else await tx.minutesVersion.create({ data: { ...data, minutesId: minutes.id, number: (latest?.number ?? 0) + 1 } });
    if (upload?.ok) await storeMinutesFile(tx, meeting.id, meeting.bodyId, upload.file, actor);
    return {};
  }, () => ({ actorId: actor.id, action: "minutes.draft", entityType: "Meeting", entityId: input.meetingId, after: { length: html.length, file: upload?.ok ? upload.file.fileName : null } }));
  if (result.ok) {
    refresh(["meetings"]);
  }
  return result;
}

async function upsertMinutes(tx: Tx, meetingId: string, version: number) {
  const existing = await tx.minutes.findUnique({ where: { meetingId }, select: { id: true, version: true } });
  if (!existing) {
    if (version !== 0) throw new Refused("CONFLICT");
    return tx.minutes.create({ data: { meetingId }, select: { id: true } });
  }
  const updated = await tx.minutes.updateMany({ where: { id: existing.id, version }, data: { version: { increment: 1 } } });
  if (updated.count === 0) throw new Refused("CONFLICT");
  return existing;
}

/** The uploaded minutes file: the meeting's MINUTES document (public once the minutes are), a new version each time. */
async function storeMinutesFile(tx: Tx, meetingId: string, bodyId: string, file: Extract<Awaited<ReturnType<typeof checkUpload>>, { ok: true }>["file"], actor: Actor) {
  const existing = await tx.document.findFirst({ where: { meetingId, kind: "MINUTES" }, select: { id: true } });
  const documentId =
    existing?.id ?? (await tx.document.create({ data: { kind: "MINUTES", title: "Referat", titleNb: "Referat", meetingId, bodyId }, select: { id: true } })).id;
  const last = await tx.documentVersion.aggregate({ where: { documentId }, _max: { number: true } });
  await tx.documentVersion.create({
    data: {
      documentId,
      number: (last._max.number ?? 0) + 1,
      fileName: file.fileName,
      mimeType: file.mimeType,
      size: file.size,
      sha256: file.sha256,
      uploadedById: actor.id,
      file: { create: { content: file.bytes } },
    },
  });
}

/** HELD → MINUTES_APPROVED: the draft becomes the approved text. */
export async function approveMinutes(input: MeetingStep, actor: Actor, now: Date = new Date()): Promise<MutationResult> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    if (!canTransition(meeting.state, "MINUTES_APPROVED")) throw new Refused("ILLEGAL_TRANSITION");
    const draft = await tx.minutesVersion.findFirst({ where: { minutes: { meetingId: input.meetingId } }, orderBy: { number: "desc" }, select: { id: true, approvedAt: true } });
    if (!draft || draft.approvedAt) throw new Refused("NO_MINUTES");
    await tx.minutesVersion.update({ where: { id: draft.id }, data: { approvedAt: now } });
    await bumpMeeting(tx, input.meetingId, input.version, { status: "MINUTES_APPROVED" });
    return {};
  }, () => ({ actorId: actor.id, action: "minutes.approve", entityType: "Meeting", entityId: input.meetingId, after: { status: "MINUTES_APPROVED" } }));
  if (result.ok) {
    refresh(["meetings"]);
  }
  return result;
}

/** MINUTES_APPROVED → MINUTES_PUBLISHED: public at once – page, feed and search (same transaction). */
export async function publishMinutes(input: MeetingStep, actor: Actor, now: Date = new Date()): Promise<MutationResult> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    if (!canTransition(meeting.state, "MINUTES_PUBLISHED")) throw new Refused("ILLEGAL_TRANSITION");
    const approved = await tx.minutesVersion.findFirst({ where: { minutes: { meetingId: input.meetingId } }, orderBy: { number: "desc" }, select: { id: true, approvedAt: true } });
    if (!approved?.approvedAt) throw new Refused("NO_MINUTES");
    await tx.minutesVersion.update({ where: { id: approved.id }, data: { publishedAt: now } });
    await bumpMeeting(tx, input.meetingId, input.version, { status: "MINUTES_PUBLISHED" });
    // The uploaded minutes file (if any) is public with the minutes.
    await tx.document.updateMany({ where: { meetingId: input.meetingId, kind: "MINUTES" }, data: { visibility: "PUBLIC", legalBasis: null, version: { increment: 1 } } });
    await refreshSearchEntries(tx, await meetingSources(tx, input.meetingId));
    return {};
  }, () => ({ actorId: actor.id, action: "minutes.publish", entityType: "Meeting", entityId: input.meetingId, after: { status: "MINUTES_PUBLISHED" } }));
  if (result.ok) {
    refresh(ALL_PUBLIC);
  }
  return result;
}

/** A correction after publishing: a new version, approved and published at once, with a public note of what changed. */
export async function correctMinutes(input: MinutesCorrection, actor: Actor, now: Date = new Date()): Promise<MutationResult<{ number: number }>> {
  const html = markupToHtml(input.body);
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!canCorrectMinutes(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    const minutes = await upsertMinutes(tx, input.meetingId, input.version);
    const last = await tx.minutesVersion.aggregate({ where: { minutesId: minutes.id }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    await tx.minutesVersion.create({
      data: { minutesId: minutes.id, number, html, text: htmlToText(html), changeNote: input.changeNote, approvedAt: now, publishedAt: now, createdById: actor.id },
    });
    await tx.meeting.update({ where: { id: input.meetingId }, data: { version: { increment: 1 } } });
    await refreshSearchEntries(tx, [{ kind: "MINUTES", refId: input.meetingId }]);
    return { number };
  }, (v) => ({ actorId: actor.id, action: "minutes.correct", entityType: "Meeting", entityId: input.meetingId, after: { number: v.number, changeNote: input.changeNote } }));
  if (result.ok) {
    refresh(ALL_PUBLIC);
  }
  return result;
}
