// Who may do what with memberships and compliance. Pure: the caller passes the viewer, built from the database on
// this request (so a membership that ended yesterday gives no access today).
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

/** Appointing, changing and ending memberships: the secretariat and admins. */
export function canManageMemberships(viewer: Viewer): boolean {
  return viewer.userId !== null && can(viewer, "membership.manage");
}

/** A body's compliance view: the secretariat and admins, and the body's own members (deputies included). */
export function canViewBodyCompliance(viewer: Viewer, bodyId: string): boolean {
  return viewer.userId !== null && can(viewer, "compliance.read", { bodyId });
}

/** The whole structure's compliance view: the secretariat and admins, and anyone who sits in a body. */
export function canViewStructureCompliance(viewer: Viewer): boolean {
  return viewer.userId !== null && can(viewer, "compliance.read");
}
