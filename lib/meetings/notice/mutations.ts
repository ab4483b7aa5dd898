import "server-only";
// The notice (innkalling): PLANNED → NOTICE_SENT, and one mail per recipient queued in the same transaction.
import { enqueueMail } from "@/lib/mail";
import { refreshSearchEntries } from "@/lib/search/mutations";
import { canTransition } from "../policy";
import type { NoticeCallsDeputies, SendNotice } from "../schema";
import { ALL_PUBLIC, bumpMeeting, lockMeeting, meetingSources, refresh, Refused, run, type Actor, type MutationResult } from "../core/mutations";
import { noticeDedupeKey, recipientsHash } from "./compose";
import { noticeDraft } from "./data";

/**
 * PLANNED → NOTICE_SENT after the secretariat confirmed the preview: the agenda and its papers become public, and
 * every recipient of the preview gets one mail, written to the outbox in this transaction (no mail without the
 * status change, no status change without the mails). A second confirmation (double click, a second tab) finds the
 * meeting no longer PLANNED or its version moved on and sends nothing; the outbox's dedupe key
 * `notice:<meetingId>:<user or address>` makes a copy impossible even then. If the recipient list changed since the
 * preview, nothing is sent (RECIPIENTS_CHANGED) and the preview shows the new list.
 */
export async function sendNotice(input: Omit<SendNotice, "recipients"> & { recipients?: string }, actor: Actor, options: { origin: string; now?: Date }): Promise<MutationResult<{ recipients: number }>> {
  const now = options.now ?? new Date();
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.state.status !== "PLANNED" && !meeting.state.cancelled) throw new Refused("NOTICE_ALREADY_SENT");
    if (!canTransition(meeting.state, "NOTICE_SENT")) throw new Refused("ILLEGAL_TRANSITION");
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    const draft = await noticeDraft(tx, input.meetingId, options.origin);
    if (!draft) throw new Refused("NOT_FOUND");
    // The confirmed list (the action always sends it; only tests and scripts that have no preview leave it out).
    if (input.recipients !== undefined && input.recipients !== recipientsHash(draft.recipients)) throw new Refused("RECIPIENTS_CHANGED");
    if (draft.recipients.length === 0) throw new Refused("NO_RECIPIENTS");
    await bumpMeeting(tx, input.meetingId, input.version, { status: "NOTICE_SENT", noticeSentAt: now });
    await refreshSearchEntries(tx, await meetingSources(tx, input.meetingId));
    // One mail per person (no one sees the others' addresses).
    for (const r of draft.recipients) {
      await enqueueMail(tx, { to: r.email, subject: draft.subject, text: draft.text, dedupeKey: noticeDedupeKey(input.meetingId, r) });
    }
    return { recipients: draft.recipients.length };
  }, (v) => ({ actorId: actor.id, action: "meeting.notice", entityType: "Meeting", entityId: input.meetingId, after: { recipients: v.recipients } }));
  if (result.ok) refresh(ALL_PUBLIC);
  return result;
}

/** Whether the body's notices also go to the personal deputies (a per-body setting, changed from the preview). */
export async function setNoticeCallsDeputies(input: NoticeCallsDeputies, actor: Actor): Promise<MutationResult> {
  let before: boolean | null = null;
  const result = await run(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { bodyId: true, body: { select: { noticeCallsDeputies: true } } } });
    if (!meeting) throw new Refused("NOT_FOUND");
    before = meeting.body.noticeCallsDeputies;
    await tx.body.update({ where: { id: meeting.bodyId }, data: { noticeCallsDeputies: input.callsDeputies, version: { increment: 1 } } });
    return { bodyId: meeting.bodyId };
  }, (v) => ({ actorId: actor.id, action: "body.noticeCallsDeputies", entityType: "Body", entityId: v.bodyId, before: { noticeCallsDeputies: before }, after: { noticeCallsDeputies: input.callsDeputies } }));
  if (result.ok) refresh([]);
  return result.ok ? { ok: true } : result;
}
