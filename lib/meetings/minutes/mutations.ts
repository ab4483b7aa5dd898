import "server-only";
// The minutes (referat): draft (text or file), approval, publishing and corrections after publishing.
import { extractText } from "@/lib/documents/extract-text";
import { minutesPublishedEvent } from "@/lib/follow/events";
import { alertFollowers } from "@/lib/follow/mutations";
import { refreshSearchEntries } from "@/lib/search/mutations";
import { checkUpload, DOCUMENT_UPLOAD, isFilePresent } from "@/lib/uploads/file-check";
import { htmlToText, markupToHtml, textToHtml } from "../markup";
import { canCorrectMinutes, canEditMinutesDraft, canTransition } from "../policy";
import type { LeaderApproval, MeetingStep, MinutesCorrection, MinutesDraft } from "../schema";
import { isBodyLeader } from "./data";
import { ALL_PUBLIC, assertStarted, bumpMeeting, lockMeeting, meetingSources, refresh, Refused, run, type Actor, type MutationResult, type Tx } from "../core/mutations";

/**
 * Saves the draft: the text written in the editor (markup), or an uploaded file (stored as the meeting's MINUTES
 * document, its text becoming the draft). The draft is the newest, unpublished and unapproved version; saving again
 * replaces its text. `version` is the Minutes row's (0 when there are no minutes yet).
 */
export async function saveMinutesDraft(input: MinutesDraft, file: FormDataEntryValue | null, actor: Actor): Promise<MutationResult> {
  let html = input.body ? markupToHtml(input.body) : "";
  let upload: Awaited<ReturnType<typeof checkUpload>> | null = null;
  // A chosen but empty file is refused (FILE_EMPTY), not ignored.
  if (isFilePresent(file)) {
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

/**
 * HELD → MINUTES_APPROVED: the draft becomes the approved text. Issue 15: recorded with how it was approved – by the
 * body at a later meeting of the same body that has started (`atMeetingId`, recorded by the secretariat), or by the
 * meeting leader in the portal (`approveMinutesAsLeader`). Without `atMeetingId` it is a plain approval (older
 * callers and scripts).
 */
export async function approveMinutes(input: MeetingStep & { atMeetingId?: string }, actor: Actor, now: Date = new Date()): Promise<MutationResult> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    assertStarted(meeting, "approveMinutes", now);
    if (!canTransition(meeting.state, "MINUTES_APPROVED")) throw new Refused("ILLEGAL_TRANSITION");
    if (input.atMeetingId) {
      const at = await tx.meeting.findUnique({ where: { id: input.atMeetingId }, select: { bodyId: true, startsAt: true, cancelledAt: true } });
      const valid = at && at.bodyId === meeting.bodyId && !at.cancelledAt && at.startsAt > meeting.startsAt && at.startsAt <= now;
      if (!valid) throw new Refused("APPROVAL_MEETING_INVALID");
    }
    const draft = await tx.minutesVersion.findFirst({ where: { minutes: { meetingId: input.meetingId } }, orderBy: { number: "desc" }, select: { id: true, approvedAt: true } });
    if (!draft || draft.approvedAt) throw new Refused("NO_MINUTES");
    await tx.minutesVersion.update({
      where: { id: draft.id },
      data: { approvedAt: now, ...(input.atMeetingId ? { approvalMethod: "BODY_AT_MEETING" as const, approvedAtMeetingId: input.atMeetingId, approvedById: actor.id } : {}) },
    });
    await bumpMeeting(tx, input.meetingId, input.version, { status: "MINUTES_APPROVED" });
    return {};
  }, () => ({ actorId: actor.id, action: "minutes.approve", entityType: "Meeting", entityId: input.meetingId, after: { status: "MINUTES_APPROVED", method: input.atMeetingId ? "BODY_AT_MEETING" : null, atMeetingId: input.atMeetingId ?? null } }));
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
    assertStarted(meeting, "publishMinutes", now);
    if (!canTransition(meeting.state, "MINUTES_PUBLISHED")) throw new Refused("ILLEGAL_TRANSITION");
    const approved = await tx.minutesVersion.findFirst({ where: { minutes: { meetingId: input.meetingId } }, orderBy: { number: "desc" }, select: { id: true, approvedAt: true } });
    if (!approved?.approvedAt) throw new Refused("NO_MINUTES");
    await tx.minutesVersion.update({ where: { id: approved.id }, data: { publishedAt: now } });
    await bumpMeeting(tx, input.meetingId, input.version, { status: "MINUTES_PUBLISHED" });
    // The uploaded minutes file (if any) is public with the minutes.
    await tx.document.updateMany({ where: { meetingId: input.meetingId, kind: "MINUTES" }, data: { visibility: "PUBLIC", legalBasis: null, version: { increment: 1 } } });
    await refreshSearchEntries(tx, await meetingSources(tx, input.meetingId));
    // Followers of the body are told (issue 16.5), in this transaction: the alert exists exactly when the minutes are out.
    const published = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId }, select: { id: true, startsAt: true, body: { select: { id: true, name: true, nameNb: true } } } });
    await alertFollowers(tx, minutesPublishedEvent(published));
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

/**
 * The meeting leader approves the draft in the portal: only a signed-in user whose person holds the LEADER seat of
 * the meeting's body today, only the draft the page showed (the Minutes row's version), and only once the meeting is
 * held. Recorded as LEADER with who and when; the secretariat publishes afterwards.
 */
export async function approveMinutesAsLeader(input: LeaderApproval, userId: string, now: Date = new Date()): Promise<MutationResult> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!(await isBodyLeader(tx, userId, meeting.bodyId, now))) throw new Refused("NOT_LEADER");
    assertStarted(meeting, "approveMinutes", now);
    if (!canTransition(meeting.state, "MINUTES_APPROVED")) throw new Refused("ILLEGAL_TRANSITION");
    const minutes = await tx.minutes.findUnique({ where: { meetingId: input.meetingId }, select: { id: true, version: true } });
    if (!minutes) throw new Refused("NO_MINUTES");
    if (minutes.version !== input.version) throw new Refused("CONFLICT");
    const draft = await tx.minutesVersion.findFirst({ where: { minutesId: minutes.id }, orderBy: { number: "desc" }, select: { id: true, approvedAt: true } });
    if (!draft || draft.approvedAt) throw new Refused("NO_MINUTES");
    await tx.minutesVersion.update({ where: { id: draft.id }, data: { approvedAt: now, approvalMethod: "LEADER", approvedById: userId } });
    await tx.minutes.update({ where: { id: minutes.id }, data: { version: { increment: 1 } } });
    await bumpMeeting(tx, input.meetingId, meeting.version, { status: "MINUTES_APPROVED" });
    return {};
  }, () => ({ actorId: userId, action: "minutes.approve", entityType: "Meeting", entityId: input.meetingId, after: { status: "MINUTES_APPROVED", method: "LEADER" } }));
  if (result.ok) refresh(["meetings"]);
  return result;
}
