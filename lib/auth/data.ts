import "server-only";
import { ANONYMOUS, type Viewer } from "./viewer";

// TEMPORARY (issue-8 branch): sign-in and roles (issue 4) are built on another branch. Until it is merged, every
// request is anonymous. The lead replaces this file with the real getViewer() (viewer built from the session and
// the database) at merge; the deviation pages and actions already call it.
//
// Only under `next dev`, SAMAN_DEV_VIEWER='{"userId":"…","roles":["SECRETARIAT"],…}' pretends to be someone, so the
// signed-in pages can be looked at before sign-in exists. Never in a production build.
export async function getViewer(): Promise<Viewer> {
  if (process.env.NODE_ENV === "development" && process.env.SAMAN_DEV_VIEWER) {
    return { ...ANONYMOUS, ...(JSON.parse(process.env.SAMAN_DEV_VIEWER) as Partial<Viewer>) };
  }
  return ANONYMOUS;
}
