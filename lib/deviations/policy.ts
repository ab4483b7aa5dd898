// Who may register deviations, see the overview and record follow-up (issue: cooperation deviations). Pure: the
// caller passes the viewer (built from the database on this request) and the structure facts read by data.ts.
import { can } from "@/lib/auth/permissions";
import { isStaff, type Viewer } from "@/lib/auth/viewer";

/** The bodies that give access: the four OUs (with their area) and SSU. Read by data.ts (getDeviationFacts). */
export type DeviationFacts = {
  areaCommittees: readonly { bodyId: string; areaId: string }[];
  strategicCommitteeIds: readonly string[];
};

/** What part of the overview a viewer may see: everything, some areas, or nothing. */
export type OverviewScope = { kind: "all" } | { kind: "areas"; areaIds: string[] } | { kind: "none" };

export function isSignedIn(viewer: Viewer): boolean {
  return viewer.userId !== null;
}

/** Areas whose OU the viewer sits in (personal deputies included: memberBodyIds has them). */
export function memberAreaIds(viewer: Viewer, facts: DeviationFacts): string[] {
  const areas = facts.areaCommittees.filter((ou) => viewer.memberBodyIds.includes(ou.bodyId)).map((ou) => ou.areaId);
  return [...new Set(areas)];
}

/** The secretariat and admins see the whole structure, SSU members too; an OU member sees the OU's area. */
export function overviewScope(viewer: Viewer, facts: DeviationFacts): OverviewScope {
  if (!isSignedIn(viewer) || !can(viewer, "deviation.read")) return { kind: "none" };
  if (isStaff(viewer)) return { kind: "all" };
  if (facts.strategicCommitteeIds.some((id) => viewer.memberBodyIds.includes(id))) return { kind: "all" };
  const areaIds = memberAreaIds(viewer, facts);
  return areaIds.length > 0 ? { kind: "areas", areaIds } : { kind: "none" };
}

export function canSeeOverview(viewer: Viewer, facts: DeviationFacts, areaId?: string | null): boolean {
  const scope = overviewScope(viewer, facts);
  if (scope.kind === "all") return true;
  if (scope.kind === "none") return false;
  return areaId != null && scope.areaIds.includes(areaId);
}

/** May open the registration form at all: staff, or a partner contact acting for a party. */
export function canRegister(viewer: Viewer): boolean {
  return isSignedIn(viewer) && can(viewer, "deviation.register");
}

/** May register a deviation reported by this party: staff for any party; a partner contact only for their own. */
export function canRegisterFor(viewer: Viewer, reportingPartyId: string): boolean {
  return isSignedIn(viewer) && can(viewer, "deviation.register", { partyId: reportingPartyId });
}

/**
 * May read the single registrations of an area and record their follow-up: staff, and the members of that area's OU
 * (who do the local improvement work). SSU members see the counts of the whole structure, not the registrations.
 */
export function canFollowUp(viewer: Viewer, facts: DeviationFacts, areaId: string): boolean {
  if (!isSignedIn(viewer) || !can(viewer, "deviation.read")) return false;
  if (isStaff(viewer)) return true;
  return memberAreaIds(viewer, facts).includes(areaId);
}

/**
 * Which registrations a report or an area page covers: the requested area when the viewer may see it; without a
 * request, the whole structure for those who see it all, otherwise the viewer's first OU area. Null: no access.
 */
export function resolveAreaScope<A extends { id: string; slug: string }>(
  scope: OverviewScope,
  areas: readonly A[],
  requestedSlug: string,
): { kind: "all" } | { kind: "area"; area: A } | null {
  if (scope.kind === "none") return null;
  if (requestedSlug) {
    const area = areas.find((a) => a.slug === requestedSlug);
    if (!area) return null;
    if (scope.kind === "all" || scope.areaIds.includes(area.id)) return { kind: "area", area };
    return null;
  }
  if (scope.kind === "all") return { kind: "all" };
  const own = areas.find((a) => scope.areaIds.includes(a.id));
  return own ? { kind: "area", area: own } : null;
}
