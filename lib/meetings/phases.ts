// The admin meeting page in phases (issue 15 item 8): førebu (details, saksliste, papers), innkall (the notice), møte
// (attendance, decisions, held) and referat (minutes). Pure: which phase the workflow is in, and each phase's status,
// so the page, its tests and the overview agree. The phase shown is chosen with `?fase=` (links, works without JS).
import type { MeetingState } from "./policy";

export const PHASES = ["forebu", "innkall", "mote", "referat"] as const;
export type Phase = (typeof PHASES)[number];
export type PhaseStatus = "done" | "current" | "upcoming" | "closed";

export function parsePhase(value: unknown): Phase | null {
  return typeof value === "string" && (PHASES as readonly string[]).includes(value) ? (value as Phase) : null;
}

/**
 * The phase the work is in: before the notice it is preparation (the notice is its last step, shown as the next
 * phase); once the notice is out, the meeting; once it is held, the minutes. Published minutes leave nothing current.
 */
export function workflowIndex(state: Pick<MeetingState, "status" | "cancelled">): number {
  if (state.cancelled) return -1;
  switch (state.status) {
    case "PLANNED":
      return 0;
    case "NOTICE_SENT":
      return 2;
    case "HELD":
    case "MINUTES_APPROVED":
      return 3;
    case "MINUTES_PUBLISHED":
      return 4;
  }
}

/** The phase a link without `?fase=` opens: where the work is (the minutes once everything is done). */
export function defaultPhase(state: Pick<MeetingState, "status" | "cancelled">): Phase {
  const index = workflowIndex(state);
  return PHASES[Math.min(Math.max(index, 0), PHASES.length - 1)]!;
}

export function phaseStatus(phase: Phase, state: Pick<MeetingState, "status" | "cancelled">): PhaseStatus {
  const index = workflowIndex(state);
  if (index < 0) return "closed";
  const own = PHASES.indexOf(phase);
  // The notice belongs to preparation while the meeting is PLANNED: it is the next step, not a later one.
  if (state.status === "PLANNED" && phase === "innkall") return "current";
  if (own < index) return "done";
  return own === index ? "current" : "upcoming";
}
