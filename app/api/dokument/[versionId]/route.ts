// GET /api/dokument/<versionId>: a document version's file, streamed from the database. The policy decides on every
// request; a denied or unknown version gets the same bare 404 (no title, no file name, no bytes) and a denial is
// audit-logged. Restricted files are never cached; public ones may be.
import { can } from "@/lib/auth/permissions";
import { getCurrentSession } from "@/lib/auth/data";
import { requestIp } from "@/lib/auth/request";
import { audit } from "@/lib/audit/mutations";
import { contentDisposition } from "@/lib/downloads/headers";
import { getVersionAccess, getVersionContent } from "@/lib/downloads/data";
import { isPublicNow } from "@/lib/documents/policy";
import { withdrawnResponse } from "@/lib/documents/withdrawn";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }): Promise<Response> {
  const { versionId } = await params;
  const now = new Date();
  const [{ viewer }, version] = await Promise.all([getCurrentSession(), getVersionAccess(versionId)]);
  if (!version) return notFound();
  if (!can(viewer, "document.read", version.document, now)) {
    const ip = await requestIp();
    await audit({ actorId: viewer.userId, action: "document.download", outcome: "DENIED", entityType: "DocumentVersion", entityId: version.id, ip, at: now });
    return notFound();
  }
  // Withdrawn (issue 15): the file is gone for good, said in words a reader understands (only to those who may know it).
  if (version.document.withdrawnAt) return withdrawnResponse(version.document.title, version.document.withdrawnAt, version.document.withdrawalReason ?? "");
  const content = await getVersionContent(version.id);
  if (!content) return notFound();
  const restricted = !isPublicNow(version.document, now);
  return new Response(new Uint8Array(content), {
    status: 200,
    headers: {
      "Content-Type": version.mimeType,
      "Content-Length": String(content.byteLength),
      "Content-Disposition": contentDisposition(version.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": restricted ? "private, no-store" : "public, max-age=300",
      ETag: `"${version.sha256}"`,
    },
  });
}
