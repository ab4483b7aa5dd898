import "server-only";
import { ANONYMOUS, type Viewer } from "./viewer";

// TEMPORARY STAND-IN (branch issue-5): sign-in and roles are built on another branch, which provides the real
// lib/auth/data.ts (the viewer built from the session and the database on every request). Until that is merged,
// everyone is anonymous, so every membership action is refused as unauthorised and the compliance pages show the
// sign-in notice. Replace this whole file with the real one at merge; keep the two function names.

/** The viewer of the current request (page or layout). */
export async function getViewer(): Promise<Viewer> {
  return ANONYMOUS;
}

/** The viewer of the current server action. */
export async function getViewerForAction(): Promise<Viewer> {
  return getViewer();
}
