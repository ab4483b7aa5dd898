// Links to the combined meeting document (samla saksdokument). The route serves the richest edition the reader may
// read (lib/meetings/bundle/policy.ts); `members` adds an explicit link to the members' edition for the secretariat.
import { bundlePath } from "@/lib/meetings/notice/compose";
import { EDITION_PARAM } from "@/lib/meetings/bundle/policy";
import { type Locale, getTranslator } from "@/lib/i18n";

export function BundleLinks({ lang, meetingId, members = false }: { lang: Locale; meetingId: string; members?: boolean }) {
  const m = getTranslator(lang, "meetingWorkflow.bundle");
  const path = bundlePath(meetingId);
  return (
    <ul className="grid gap-1" data-testid="bundle-links">
      <li>
        <a className="ds-link" href={members ? `${path}?utgave=${EDITION_PARAM.PUBLIC}` : path}>
          {m("link")}
        </a>
      </li>
      {members ? (
        <li>
          <a className="ds-link" href={`${path}?utgave=${EDITION_PARAM.MEMBERS}`}>
            {m("linkMembers")}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
