// The meeting admin's way to the notice: a link to its preview page (the notice is never sent with one click).
import NextLink from "next/link";
import { href, type Locale, getTranslator } from "@/lib/i18n";

export function noticePath(meetingId: string): string {
  return `/admin/moter/${encodeURIComponent(meetingId)}/innkalling`;
}

export function NoticeLink({ lang, meetingId, sent }: { lang: Locale; meetingId: string; sent: boolean }) {
  const m = getTranslator(lang, "meetingWorkflow.notice");
  return (
    <NextLink className={sent ? "ds-link" : "ds-button"} data-variant={sent ? undefined : "primary"} href={href(lang, noticePath(meetingId))} data-testid="notice-link">
      {sent ? m("openSent") : m("openPreview")}
    </NextLink>
  );
}
