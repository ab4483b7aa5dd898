import "server-only";
// Meeting writes: create, edit, cancel, mark as held.
import { refreshSearchEntries } from "@/lib/search/mutations";
import { canCancel, canEditDetails, canTransition } from "../policy";
import { osloInstant, type CancelMeeting, type CreateMeeting, type MeetingStep, type UpdateMeeting } from "../schema";
import { ALL_PUBLIC, bumpMeeting, lockMeeting, meetingSources, refresh, Refused, run, type Actor, type MutationResult } from "../core/mutations";

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
