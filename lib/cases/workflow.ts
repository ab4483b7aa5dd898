// The case workflow as one pure table: which status may follow which, and who moves it there. Every write of a
// case status asks `checkTransition` first, so an illegal move (a decided case withdrawn, a withdrawn case scheduled)
// is refused the same way from every screen.
import type { CaseStatus } from "@/lib/domain/vocabulary";

/** Who makes a move: the prioritising group on the case desk, or the one who submitted the case. */
export type CaseActor = "triage" | "submitter";

/** Every allowed move, with who may make it. Anything not listed is illegal. */
export const TRANSITIONS: Readonly<Record<CaseStatus, Partial<Record<CaseStatus, readonly CaseActor[]>>>> = {
  RECEIVED: { ASSESSING: ["triage"], SCHEDULED: ["triage"], FORWARDED: ["triage"], REJECTED: ["triage"], WITHDRAWN: ["submitter", "triage"] },
  ASSESSING: { SCHEDULED: ["triage"], FORWARDED: ["triage"], REJECTED: ["triage"], WITHDRAWN: ["submitter", "triage"] },
  SCHEDULED: { DECIDED: ["triage"], DISAGREEMENT: ["triage"], FORWARDED: ["triage"], WITHDRAWN: ["submitter", "triage"] },
  // G6: a disagreement goes to SSU, which assesses and schedules it again.
  DISAGREEMENT: { ASSESSING: ["triage"], SCHEDULED: ["triage"], FORWARDED: ["triage"] },
  // A forwarded case keeps its identity in the new body and starts its assessment there.
  FORWARDED: { ASSESSING: ["triage"], SCHEDULED: ["triage"], FORWARDED: ["triage"], REJECTED: ["triage"], WITHDRAWN: ["submitter", "triage"] },
  // A decision may send the case on (an SSU assignment to an OU, to a professional committee).
  DECIDED: { FORWARDED: ["triage"] },
  REJECTED: {},
  WITHDRAWN: {},
};

export type TransitionCheck = { ok: true } | { ok: false; error: "ILLEGAL_TRANSITION" };

export function checkTransition(from: CaseStatus, to: CaseStatus, actor: CaseActor): TransitionCheck {
  const allowed = TRANSITIONS[from][to];
  return allowed?.includes(actor) ? { ok: true } : { ok: false, error: "ILLEGAL_TRANSITION" };
}

/** The statuses a case may move to from `from` by this actor (for showing only the buttons that can work). */
export function nextStatuses(from: CaseStatus, actor: CaseActor): CaseStatus[] {
  return (Object.entries(TRANSITIONS[from]) as [CaseStatus, readonly CaseActor[]][]).filter(([, actors]) => actors.includes(actor)).map(([to]) => to);
}

/** The submitter may withdraw while the case is still open and undecided. */
export function canWithdraw(status: CaseStatus): boolean {
  return checkTransition(status, "WITHDRAWN", "submitter").ok;
}
