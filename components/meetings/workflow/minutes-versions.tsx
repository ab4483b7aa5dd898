// The published versions of a meeting's minutes on the public meeting page: each readable on its own page, the
// correction notes beside them (issue 15 item 5). Shown once there is more than one.
import NextLink from "next/link";
import { formatDateTime, href, type Locale, getTranslator } from "@/lib/i18n";

export function minutesVersionPath(meetingId: string, number: number): string {
  return `/mote/${encodeURIComponent(meetingId)}/referat/${number}`;
}

type Version = { number: number; publishedAt: Date | null; changeNote: string | null };

/** `versions`: the published ones, newest first (read with the meeting: lib/meetings/meeting-page/data.ts). */
export function MinutesVersions({ lang, meetingId, versions }: { lang: Locale; meetingId: string; versions: readonly Version[] }) {
  if (versions.length < 2) return null;
  const m = getTranslator(lang, "meetingWorkflow.minutes");
  return (
    <div className="mt-6">
      <h3 className="ds-heading" data-size="2xs">
        {m("versions")}
      </h3>
      <ul className="mt-2 grid gap-1" data-testid="minutes-versions">
        {versions.map((v, i) => (
          <li key={v.number} className="break-words">
            <NextLink className="ds-link" href={href(lang, minutesVersionPath(meetingId, v.number))}>
              {m("versionLine", { number: v.number, date: formatDateTime(lang, v.publishedAt!) })}
            </NextLink>
            {i === 0 ? ` ${m("versionCurrent")}` : ""}
            {v.changeNote ? ` – ${v.changeNote}` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
