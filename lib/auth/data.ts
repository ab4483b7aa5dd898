import "server-only";
import { ANONYMOUS, type Viewer } from "./viewer";

// TEMPORARY (issue-8 branch): sign-in and roles (issue 4) are built on another branch. Until it is merged, every
// request is anonymous. The lead replaces this file with the real getViewer() (viewer built from the session and
// the database) at merge; the deviation pages and actions already call it.
export async function getViewer(): Promise<Viewer> {
  return ANONYMOUS;
}
