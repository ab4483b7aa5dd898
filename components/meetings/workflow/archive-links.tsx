// Links to a meeting's archive export (arkivuttrekk, issue 20 item 2): one per edition the viewer may download, as
// decided by the route's own policy (lib/meetings/archive/policy.ts archiveEditionsFor), and a link to the format.
import NextLink from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import type { MeetingStatus } from "@/lib/domain/vocabulary";
import { href, type Locale, getTranslator } from "@/lib/i18n";
import { ARCHIVE_EDITION_PARAM, archiveEditionsFor } from "@/lib/meetings/archive/policy";

export const archivePath = (meetingId: string) => `/api/mote/${encodeURIComponent(meetingId)}/arkiv.zip`;

export function ArchiveLinks({ lang, meetingId, status, viewer }: { lang: Locale; meetingId: string; status: MeetingStatus; viewer: Viewer }) {
  const m = getTranslator(lang, "meetingWorkflow.archive");
  const editions = archiveEditionsFor(viewer, { status });
  if (editions.length === 0) return null;
  return (
    <ul className="grid gap-1" data-testid="archive-links">
      {editions.map((edition) => (
        <li key={edition}>
          <a className="ds-link" href={`${archivePath(meetingId)}?utgave=${ARCHIVE_EDITION_PARAM[edition]}`} download>
            {edition === "FULL" ? m("full") : m("public")}
          </a>
        </li>
      ))}
      <li>
        <NextLink className="ds-link" href={`${href(lang, "/opne-data")}#arkivuttrekk`}>
          {m("format")}
        </NextLink>
      </li>
    </ul>
  );
}
