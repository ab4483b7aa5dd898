import "server-only";
// Meeting writes: create (numbered, with the body's standard saksliste), edit, renumber, cancel, mark as held.
import { refreshSearchEntries } from "@/lib/search/mutations";
import { canCancel, canEditDetails, canTransition, refusedStart } from "../policy";
import { osloInstant, type CancelMeeting, type CreateMeeting, type MeetingStep, type RenumberMeeting, type UpdateMeeting } from "../schema";
import { ALL_PUBLIC, assertStarted, bumpMeeting, lockMeeting, meetingSources, refresh, Refused, run, type Actor, type MutationResult } from "../core/mutations";
import { allocateMeetingNumber } from "../numbering/mutations";
import { copyStandardAgenda } from "../standard-agenda/mutations";

function times(input: { date: string; startTime: string; endTime: string | null }) {
  return { startsAt: osloInstant(input.date, input.startTime), endsAt: input.endTime ? osloInstant(input.date, input.endTime) : null };
}

/**
 * A new meeting: its number in the body and year comes from the database counter, and its saksliste starts with the
 * body's standard items – all in one transaction, so a meeting never exists without them. A start in the past is
 * refused unless the secretariat says the meeting is registered after the fact.
 */
export async function createMeeting(input: CreateMeeting, actor: Actor, now: Date = new Date()): Promise<MutationResult<{ meetingId: string; number: number; numberYear: number }>> {
  const result = await run(async (tx) => {
    const body = await tx.body.findUnique({ where: { id: input.bodyId }, select: { id: true } });
    if (!body) throw new Refused("NOT_FOUND");
    const when = times(input);
    if (refusedStart({ startsAt: when.startsAt, afterTheFact: input.afterTheFact }, now)) throw new Refused("IN_THE_PAST", { startsAt: when.startsAt });
    const numbered = await allocateMeetingNumber(tx, input.bodyId, when.startsAt);
    const meeting = await tx.meeting.create({
      data: { bodyId: input.bodyId, title: input.title, location: input.location, ...when, ...numbered },
      select: { id: true },
    });
    await copyStandardAgenda(tx, meeting.id, input.bodyId);
    return { meetingId: meeting.id, ...numbered };
  }, (v) => ({ actorId: actor.id, action: "meeting.create", entityType: "Meeting", entityId: v.meetingId, after: { ...input, number: v.number, numberYear: v.numberYear } }));
  if (result.ok) {
    refresh(["meetings"]);
  }
  return result;
}

export async function updateMeeting(input: UpdateMeeting, actor: Actor, now: Date = new Date()): Promise<MutationResult> {
  let before: Record<string, unknown> = {};
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    if (!canEditDetails(meeting.state)) throw new Refused("ILLEGAL_TRANSITION");
    const startsAt = times(input).startsAt;
    if (refusedStart({ startsAt, previous: meeting.startsAt }, now)) throw new Refused("IN_THE_PAST", { startsAt });
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

/** NOTICE_SENT → HELD, never before the meeting's start. */
export async function markHeld(input: MeetingStep, actor: Actor, now: Date = new Date()): Promise<MutationResult> {
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    assertStarted(meeting, "held", now);
    if (!canTransition(meeting.state, "HELD")) throw new Refused("ILLEGAL_TRANSITION");
    await bumpMeeting(tx, input.meetingId, input.version, { status: "HELD" });
    return {};
  }, () => ({ actorId: actor.id, action: "meeting.held", entityType: "Meeting", entityId: input.meetingId, after: { status: "HELD" } }));
  if (result.ok) {
    refresh(["meetings"]);
  }
  return result;
}

/**
 * Renumbering: only this explicit action changes a meeting's number, audited with the old and new number and the
 * reason. The number must be free in the body and year; the counter is raised past it, so it is never given again.
 */
export async function renumberMeeting(input: RenumberMeeting, actor: Actor): Promise<MutationResult> {
  let before: Record<string, unknown> = {};
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    const current = await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { number: true, numberYear: true } });
    const year = current.numberYear ?? meeting.startsAt.getUTCFullYear();
    before = { number: current.number, numberYear: current.numberYear };
    const taken = await tx.meeting.findFirst({ where: { bodyId: meeting.bodyId, numberYear: year, number: input.number, id: { not: meeting.id } }, select: { id: true } });
    if (taken) throw new Refused("NUMBER_TAKEN");
    await bumpMeeting(tx, meeting.id, input.version, { number: input.number, numberYear: year });
    await tx.$executeRaw`
      INSERT INTO "MeetingNumberCounter" ("bodyId", "year", "lastSequence") VALUES (${meeting.bodyId}, ${year}, ${input.number})
      ON CONFLICT ("bodyId", "year") DO UPDATE SET "lastSequence" = GREATEST("MeetingNumberCounter"."lastSequence", EXCLUDED."lastSequence")`;
    return {};
  }, () => ({ actorId: actor.id, action: "meeting.renumber", entityType: "Meeting", entityId: input.meetingId, before, after: { number: input.number, reason: input.reason } }));
  if (result.ok) {
    refresh(["meetings"]);
  }
  return result;
}
