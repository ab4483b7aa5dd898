// GET /api/mote/<id>/arkiv.zip[?utgave=full|offentleg]: a meeting's archive export (arkivuttrekk, issue 20 item 2) –
// metadata.json with Noark 5 field names plus the files of every document version, for a party's archive and
// eInnsyn (format: README "Archive export per meeting"). Without `utgave` the richest edition the viewer may have:
// the secretariat the full one, everyone else the public one (lib/meetings/archive/policy.ts). An edition one may not
// have gets the same bare 404 as an unknown meeting, and the attempt is audit-logged; a full export is audit-logged.
import { audit } from "@/lib/audit/mutations";
import { getCurrentSession } from "@/lib/auth/data";
import { requestIp } from "@/lib/auth/request";
import { chooseEdition, downloadNotFound } from "@/lib/downloads/edition";
import { contentDisposition } from "@/lib/downloads/headers";
import { osloIsoDate } from "@/lib/i18n";
import { archiveMetadata } from "@/lib/meetings/archive/build";
import { getArchiveMeeting, loadArchiveFacts } from "@/lib/meetings/archive/data";
import { ARCHIVE_EDITION_PARAM, archiveEditionsFor, archiveReader } from "@/lib/meetings/archive/policy";
import { archiveZipStream } from "@/lib/meetings/archive/stream";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const now = new Date();
  const [{ viewer }, meeting] = await Promise.all([getCurrentSession(), getArchiveMeeting(id)]);
  if (!meeting) return downloadNotFound();
  const edition = await chooseEdition(request, {
    allowed: archiveEditionsFor(viewer, meeting),
    param: ARCHIVE_EDITION_PARAM,
    viewer,
    meetingId: id,
    auditAction: "meeting.archive.export",
    now,
  });
  if (!edition) return downloadNotFound();
  const facts = await loadArchiveFacts(id);
  if (!facts) return downloadNotFound();
  const { metadata, files } = archiveMetadata(facts, edition, archiveReader(edition, viewer), now);
  if (edition === "FULL") {
    await audit({ actorId: viewer.userId, action: "meeting.archive.export", entityType: "Meeting", entityId: id, after: { edition, files: files.length }, ip: await requestIp(), at: now });
  }
  return new Response(archiveZipStream(metadata, files, now), {
    status: 200,
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": contentDisposition(`arkiv-${meeting.body.shortName}-${osloIsoDate(meeting.startsAt)}${edition === "FULL" ? "-full" : ""}.zip`, "attachment"),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": edition === "PUBLIC" ? "public, no-cache" : "private, no-store",
    },
  });
}
