// Who is looking: the one shape every policy takes. Built from the database on every request (lib/auth/data.ts),
// never from what a cookie claims, so a membership that ended yesterday gives no access today.
import type { UserRole } from "@/lib/domain/vocabulary";

export type Viewer = {
  userId: string | null;
  /** Roles held directly by the user (ADMIN, SECRETARIAT, PARTNER_CONTACT). */
  roles: readonly UserRole[];
  /** Bodies where the user's person has a membership active today – personal deputies included (S6). */
  memberBodyIds: readonly string[];
  /** For a partner contact: the party they act for. */
  partyId: string | null;
  /**
   * Bodies whose prioritising group the user is in: leader, deputy leader or user representative by a membership
   * active today (issue: cases). Optional so older viewer literals (tests) stay valid; absent means none.
   */
  prioritisingBodyIds?: readonly string[];
};

export const ANONYMOUS: Viewer = Object.freeze({ userId: null, roles: [], memberBodyIds: [], partyId: null });

export function hasRole(viewer: Viewer, role: UserRole): boolean {
  return viewer.roles.includes(role);
}

/** The secretariat and admins see everything restricted. */
export function isStaff(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN") || hasRole(viewer, "SECRETARIAT");
}
