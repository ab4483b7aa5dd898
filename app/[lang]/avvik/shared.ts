import "server-only";
import { getViewer } from "@/lib/auth/data";
import { formatOslo } from "@/lib/i18n/oslo";
import { getDeviationFacts } from "@/lib/deviations/data";
import { overviewScope, isSignedIn, type DeviationFacts, type OverviewScope } from "@/lib/deviations/policy";
import type { Viewer } from "@/lib/auth/viewer";

// What every deviation page starts with: who is looking and what they may see (from the database, per request).

export type DeviationAccess =
  | { kind: "signIn" }
  | { kind: "ok"; viewer: Viewer; facts: DeviationFacts; scope: OverviewScope };

export async function deviationAccess(): Promise<DeviationAccess> {
  const viewer = await getViewer();
  if (!isSignedIn(viewer)) return { kind: "signIn" };
  const facts = await getDeviationFacts();
  return { kind: "ok", viewer, facts, scope: overviewScope(viewer, facts) };
}

export function osloYear(now: Date = new Date()): number {
  return Number(formatOslo(now, "yyyy"));
}

/** ?ar=2025 → 2025 when it is a sensible year; otherwise the current year. */
export function yearParam(value: string | string[] | undefined, thisYear: number): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const year = Number(raw);
  return Number.isInteger(year) && year >= 2000 && year <= thisYear ? year : thisYear;
}

export function textParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}
