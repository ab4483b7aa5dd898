// Composition as of a date: the memberships whose term covers that day.
import { dayOf } from "./dates";
import type { RuleMembership } from "./types";

export const PERMANENT_ROLES = ["LEADER", "DEPUTY_LEADER", "MEMBER"] as const;

export function isActiveOn(m: Pick<RuleMembership, "termStart" | "termEnd">, day: Date): boolean {
  return m.termStart.getTime() <= day.getTime() && (m.termEnd === null || m.termEnd.getTime() >= day.getTime());
}

/** The memberships active on the (Oslo) day of `asOf`, personal deputies and observers included. */
export function compositionAsOf<M extends Pick<RuleMembership, "termStart" | "termEnd">>(memberships: readonly M[], asOf: Date): M[] {
  const day = dayOf(asOf);
  return memberships.filter((m) => isActiveOn(m, day));
}

export function isPermanent(m: Pick<RuleMembership, "role">): boolean {
  return (PERMANENT_ROLES as readonly string[]).includes(m.role);
}
