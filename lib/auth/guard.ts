import "server-only";
// The gate of every page that needs a permission (server actions go through lib/actions/chain.ts, which audits its
// denials with the same auditDenied below): the viewer from the database, the policy's answer, and a DENIED audit
// entry when the answer is no.
import { notFound, redirect } from "next/navigation";
import { audit } from "@/lib/audit/mutations";
import { href, type Locale } from "@/lib/i18n";
import { getCurrentSession } from "./data";
import { can, type Permission, type PermissionRecord } from "./permissions";
import type { Viewer } from "./viewer";

type Authorized = { ok: true; viewer: Viewer & { userId: string } } | { ok: false; viewer: Viewer };

/** The one shape of a denial in the audit log: the permission asked for, DENIED, the entity when known. */
export async function auditDenied(viewer: Viewer, permission: Permission, what?: { entityType?: string; entityId?: string }): Promise<void> {
  await audit({ actorId: viewer.userId, action: permission, outcome: "DENIED", entityType: what?.entityType, entityId: what?.entityId });
}

async function authorize<P extends Permission>(permission: P, record?: PermissionRecord[P], what?: { entityType?: string; entityId?: string }): Promise<Authorized> {
  const { viewer } = await getCurrentSession();
  if (viewer.userId !== null && can(viewer, permission, record)) return { ok: true, viewer: viewer as Viewer & { userId: string } };
  await auditDenied(viewer, permission, what);
  return { ok: false, viewer };
}

/**
 * For pages: the viewer when allowed; otherwise an anonymous visitor is sent to sign in (and back), and a signed-in
 * user without the permission gets the plain 404 page – nothing about what is there.
 */
export async function requirePagePermission<P extends Permission>(permission: P, lang: Locale, path: string): Promise<Viewer & { userId: string }> {
  const result = await authorize(permission);
  if (result.ok) return result.viewer;
  if (result.viewer.userId === null) redirect(`${href(lang, "/logg-inn")}?callbackUrl=${encodeURIComponent(href(lang, path))}`);
  notFound();
}
