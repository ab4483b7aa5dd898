// GET /api/dokument/<versionId>: a document version's file, streamed from the database in chunks (issue 18.4), with
// Range requests (206 / 416) for PDF readers that fetch a large file piece by piece. The policy decides on every
// request; a denied or unknown version gets the same bare 404 (no title, no file name, no bytes) and a denial is
// audit-logged. Restricted files are never cached; public ones may be.
import { can } from "@/lib/auth/permissions";
import { getCurrentSession } from "@/lib/auth/data";
import { requestIp } from "@/lib/auth/request";
import { audit } from "@/lib/audit/mutations";
import { contentDisposition } from "@/lib/downloads/headers";
import { getVersionAccess, getVersionFileSize } from "@/lib/downloads/data";
import { ifRangeHolds, parseRange } from "@/lib/downloads/range";
import { versionFileStream } from "@/lib/downloads/stream";
import { isPublicNow } from "@/lib/documents/policy";
import { withdrawnResponse } from "@/lib/documents/withdrawn";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ versionId: string }> }): Promise<Response> {
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
  const size = await getVersionFileSize(version.id);
  if (size === null) return notFound();
  const restricted = !isPublicNow(version.document, now);
  const etag = `"${version.sha256}"`;
  const headers: Record<string, string> = {
    "Content-Type": version.mimeType,
    "Content-Disposition": contentDisposition(version.fileName),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": restricted ? "private, no-store" : "public, max-age=300",
    "Accept-Ranges": "bytes",
    ETag: etag,
  };
  const range = ifRangeHolds(request.headers.get("if-range"), etag) ? parseRange(request.headers.get("range"), size) : null;
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${size}`, "Content-Length": "0" } });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const length = Math.max(0, end - start + 1);
  return new Response(length > 0 ? versionFileStream(version.id, start, end) : null, {
    status: range ? 206 : 200,
    headers: { ...headers, "Content-Length": String(length), ...(range ? { "Content-Range": `bytes ${start}-${end}/${size}` } : {}) },
  });
}
