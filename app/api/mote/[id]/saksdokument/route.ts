// GET /api/mote/<id>/saksdokument[?utgave=offentleg|medlem]: the combined meeting document (samla saksdokument) as
// one PDF. The edition (`utgave`) is chosen as for the archive export (lib/downloads/edition.ts).
import { getCurrentSession } from "@/lib/auth/data";
import { chooseEdition, downloadNotFound } from "@/lib/downloads/edition";
import { contentDisposition } from "@/lib/downloads/headers";
import { osloIsoDate } from "@/lib/i18n";
import { getBundle, getBundleMeeting } from "@/lib/meetings/bundle/data";
import { EDITION_PARAM, editionsFor } from "@/lib/meetings/bundle/policy";
import { siteOrigin } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const now = new Date();
  const [{ viewer }, meeting] = await Promise.all([getCurrentSession(), getBundleMeeting(id)]);
  if (!meeting) return downloadNotFound();
  const edition = await chooseEdition(request, {
    allowed: editionsFor(viewer, meeting, now),
    param: EDITION_PARAM,
    viewer,
    meetingId: id,
    auditAction: "meeting.bundle.download",
    now,
  });
  if (!edition) return downloadNotFound();
  const bundle = await getBundle(id, edition, siteOrigin(request), now);
  if (!bundle) return downloadNotFound();
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
