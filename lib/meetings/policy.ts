// The meeting workflow as a pure table: which status may follow which, and what may be edited in each status.
// Mutations ask these functions inside their transaction and refuse anything else with ILLEGAL_TRANSITION.
import type { MeetingStatus } from "@/lib/domain/vocabulary";

/**
 * PLANNED → NOTICE_SENT (innkalling sendt) → HELD → MINUTES_APPROVED → MINUTES_PUBLISHED. There is no way back: a
 * correction of published minutes is a new minutes version, not a status change. A cancelled meeting moves no further.
 */
export const MEETING_TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  PLANNED: ["NOTICE_SENT"],
  NOTICE_SENT: ["HELD"],
  HELD: ["MINUTES_APPROVED"],
  MINUTES_APPROVED: ["MINUTES_PUBLISHED"],
  MINUTES_PUBLISHED: [],
};

export type MeetingState = { status: MeetingStatus; cancelled: boolean };

export function canTransition(from: MeetingState, to: MeetingStatus): boolean {
  return !from.cancelled && MEETING_TRANSITIONS[from.status].includes(to);
}

/** The agenda (items, order, papers) is built before the meeting; after it is held, it is the record. */
export function canEditAgenda(state: MeetingState): boolean {
  return !state.cancelled && (state.status === "PLANNED" || state.status === "NOTICE_SENT");
}

/** Documents may be added until the minutes are approved (papers before, attachments to the minutes after). */
export function canEditDocuments(state: MeetingState): boolean {
  return !state.cancelled && state.status !== "MINUTES_APPROVED" && state.status !== "MINUTES_PUBLISHED";
}

/** Decisions are recorded once the notice has gone out (at or after the meeting), until the minutes are approved. */
export function canRecordDecision(state: MeetingState): boolean {
  return !state.cancelled && (state.status === "NOTICE_SENT" || state.status === "HELD");
}

/**
 * The case desk records the decision the body made on a case on its saksliste (the agenda builder and the desk share
 * one decision mutation). The desk may do so whether or not the notice went out, but not once the meeting is
 * cancelled or its minutes are approved (the record is closed).
 */
export function deskMayDecideInStatus(state: MeetingState): boolean {
  return !state.cancelled && state.status !== "MINUTES_APPROVED" && state.status !== "MINUTES_PUBLISHED";
}

/** The desk's rule in full: the status allows it and – as everywhere – the meeting has started (issue 15 item 3). */
export function canRecordDecisionFromDesk(state: MeetingState, startsAt: Date, now: Date): boolean {
  return deskMayDecideInStatus(state) && hasStarted(startsAt, now);
}

/**
 * The approval button is offered from the start until approval, so a secretary who tries too early is told why (the
 * mutation refuses before the start with the date, then without a held meeting, then without a draft).
 */
export function mayTryApproveMinutes(state: MeetingState): boolean {
  return !state.cancelled && (state.status === "PLANNED" || state.status === "NOTICE_SENT" || state.status === "HELD");
}

/** The minutes draft is written after the notice and before approval. */
export function canEditMinutesDraft(state: MeetingState): boolean {
  return !state.cancelled && (state.status === "NOTICE_SENT" || state.status === "HELD");
}

/** After publishing, only a correction (a new version with a note) changes the minutes. */
export function canCorrectMinutes(state: MeetingState): boolean {
  return !state.cancelled && state.status === "MINUTES_PUBLISHED";
}

/** Details (time, place, title) may change until the meeting is held; cancelling only before it is held. */
export function canEditDetails(state: MeetingState): boolean {
  return !state.cancelled && (state.status === "PLANNED" || state.status === "NOTICE_SENT");
}
export const canCancel = canEditDetails;

/** Agenda items, papers and decisions are public once the notice has gone out; never while the meeting is PLANNED. */
export function isAgendaPublic(status: MeetingStatus): boolean {
  return status !== "PLANNED";
}

// ───────────── Time guards (issue 15 item 3) ─────────────
// Nothing that presumes the meeting has happened may be done before its start time, whichever screen asks: the
// meeting admin, the case desk (a case's "Vedteken" is a decision) or the attendance register. One rule, one place.

/** The steps that presume the meeting has taken place. */
export const AFTER_START_STEPS = ["attendance", "decision", "held", "approveMinutes", "publishMinutes"] as const;
export type AfterStartStep = (typeof AFTER_START_STEPS)[number];

export function hasStarted(startsAt: Date, now: Date): boolean {
  return now.getTime() >= startsAt.getTime();
}

/** Why a step that presumes the meeting has happened is refused now, or null when it may go ahead. */
export function refusedBeforeStart(step: AfterStartStep, startsAt: Date, now: Date): { code: "BEFORE_START"; step: AfterStartStep; startsAt: Date } | null {
  return hasStarted(startsAt, now) ? null : { code: "BEFORE_START", step, startsAt };
}

/**
 * A meeting's new start: never moved into the past. A new meeting may be registered after the fact only when the
 * secretariat says so (`afterTheFact`), e.g. a meeting held before the portal was used; an edit that keeps the start
 * as it was is no move.
 */
export function refusedStart(input: { startsAt: Date; previous?: Date | null; afterTheFact?: boolean }, now: Date): "IN_THE_PAST" | null {
  if (input.previous && input.previous.getTime() === input.startsAt.getTime()) return null;
  if (input.startsAt.getTime() >= now.getTime()) return null;
  return !input.previous && input.afterTheFact ? null : "IN_THE_PAST";
}
