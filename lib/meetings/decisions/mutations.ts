import "server-only";
// Decisions recorded from the meeting admin, through the one decision mutation the case desk uses too.
import { recordDecision as recordSharedDecision } from "@/lib/decisions/mutations";
import type { DecisionInput } from "../schema";
import type { Actor, MutationResult } from "../core/mutations";

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
  if (!result.ok) {
    return {
      ok: false,
      error: result.error === "NO_AGENDA_ITEM" ? "NOT_FOUND" : result.error,
      ...(result.startsAt ? { detail: { step: "decision" as const, startsAt: result.startsAt } } : {}),
    };
  }
  return { ok: true, decisionId: result.decisionId };
}
