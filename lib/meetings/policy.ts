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
 * one decision mutation). The desk has always been able to do so before the notice went out; it may not once the
 * meeting is cancelled or its minutes are approved (the record is closed).
 */
export function canRecordDecisionFromDesk(state: MeetingState): boolean {
  return !state.cancelled && state.status !== "MINUTES_APPROVED" && state.status !== "MINUTES_PUBLISHED";
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
