// GET /api/mote/<id>/arkiv.zip[?utgave=full|offentleg]: a meeting's archive export (arkivuttrekk, issue 20 item 2) –
// metadata.json with Noark 5 field names plus the files of every document version, for a party's archive and
// eInnsyn (format: README "Archive export per meeting"). Without `utgave` the richest edition the viewer may have:
// the secretariat the full one, everyone else the public one (lib/meetings/archive/policy.ts). An edition one may not
// have gets the same bare 404 as an unknown meeting, and the attempt is audit-logged; a full export is audit-logged.
import { audit } from "@/lib/audit/mutations";
import { getCurrentSession } from "@/lib/auth/data";
import { requestIp } from "@/lib/auth/request";
import { contentDisposition } from "@/lib/downloads/headers";
import { osloIsoDate } from "@/lib/i18n";
import { archiveMetadata } from "@/lib/meetings/archive/build";
import { getArchiveMeeting, loadArchiveFacts } from "@/lib/meetings/archive/data";
import { ARCHIVE_EDITION_PARAM, archiveEditionsFor, archiveReader, type ArchiveEdition } from "@/lib/meetings/archive/policy";
import { archiveZipStream } from "@/lib/meetings/archive/stream";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const now = new Date();
  const [{ viewer }, meeting] = await Promise.all([getCurrentSession(), getArchiveMeeting(id)]);
  if (!meeting) return notFound();
  const allowed = archiveEditionsFor(viewer, meeting);
  const asked = new URL(request.url).searchParams.get("utgave");
  const wanted = asked === null ? null : ((Object.entries(ARCHIVE_EDITION_PARAM).find(([, v]) => v === asked)?.[0] ?? "unknown") as ArchiveEdition | "unknown");
  const edition = wanted ?? allowed[0] ?? null;
  if (!edition || edition === "unknown" || !allowed.includes(edition)) {
    await audit({ actorId: viewer.userId, action: "meeting.archive.export", outcome: "DENIED", entityType: "Meeting", entityId: id, ip: await requestIp(), at: now });
    return notFound();
  }
  const facts = await loadArchiveFacts(id);
  if (!facts) return notFound();
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
