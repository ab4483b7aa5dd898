// GET /api/mote/<id>/saksdokument[?utgave=offentleg|medlem]: the combined meeting document (samla saksdokument) as
// one PDF. Without `utgave` the richest edition the viewer may read; asking for an edition one may not read gets the
// same bare 404 as an unknown meeting, and the attempt is audit-logged (as document downloads).
import { audit } from "@/lib/audit/mutations";
import { getCurrentSession } from "@/lib/auth/data";
import { requestIp } from "@/lib/auth/request";
import { contentDisposition } from "@/lib/downloads/headers";
import { osloIsoDate } from "@/lib/i18n";
import { getBundle, getBundleMeeting } from "@/lib/meetings/bundle/data";
import { EDITION_PARAM, editionsFor, type BundleEdition } from "@/lib/meetings/bundle/policy";
import { siteOrigin } from "@/lib/site-url";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const now = new Date();
  const [{ viewer }, meeting] = await Promise.all([getCurrentSession(), getBundleMeeting(id)]);
  if (!meeting) return notFound();
  const allowed = editionsFor(viewer, meeting, now);
  const asked = new URL(request.url).searchParams.get("utgave");
  const wanted = (Object.entries(EDITION_PARAM).find(([, v]) => v === asked)?.[0] ?? null) as BundleEdition | null;
  const edition = wanted ?? allowed[0] ?? null;
  if (!edition || !allowed.includes(edition)) {
    await audit({ actorId: viewer.userId, action: "meeting.bundle.download", outcome: "DENIED", entityType: "Meeting", entityId: id, ip: await requestIp(), at: now });
    return notFound();
  }
  const bundle = await getBundle(id, edition, siteOrigin(request), now);
  if (!bundle) return notFound();
  const etag = `"${bundle.hash}"`;
  const headers = {
    "Content-Type": "application/pdf",
    "Content-Disposition": contentDisposition(`samla-saksdokument-${meeting.body.shortName}-${osloIsoDate(meeting.startsAt)}${edition === "MEMBERS" ? "-medlem" : ""}.pdf`),
    "X-Content-Type-Options": "nosniff",
    // Always revalidated: a corrected or withdrawn paper must show in the next download.
    "Cache-Control": edition === "PUBLIC" && meeting.status !== "PLANNED" ? "public, no-cache" : "private, no-store",
    ETag: etag,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(bundle.bytes), { status: 200, headers: { ...headers, "Content-Length": String(bundle.bytes.byteLength) } });
}
