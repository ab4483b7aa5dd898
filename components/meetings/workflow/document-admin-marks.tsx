// In the meeting admin's document list: a withdrawn paper's date and reason, or the link to withdraw it (its own
// confirmation page; issue 15 items 4 and 6).
import NextLink from "next/link";
import { formatDate, href, localize, type Locale, getTranslator } from "@/lib/i18n";

type Doc = { id: string; title: string; titleNb: string | null; kind: string; withdrawnAt: Date | null; withdrawalReason: string | null };

export function DocumentAdminMarks({ lang, meetingId, doc, cancelled }: { lang: Locale; meetingId: string; doc: Doc; cancelled: boolean }) {
  const m = getTranslator(lang, "meetingWorkflow.documents");
  if (doc.withdrawnAt) {
    return (
      <p className="ds-paragraph mt-1 font-semibold" data-size="sm" data-testid="admin-document-withdrawn">
        {m("withdrawn", { date: formatDate(lang, doc.withdrawnAt, "long"), reason: doc.withdrawalReason ?? "" })}
      </p>
    );
  }
  if (cancelled || doc.kind === "MINUTES") return null;
  return (
    <p className="ds-paragraph mt-1" data-size="sm">
      <NextLink className="ds-link" href={href(lang, `/admin/moter/${meetingId}/dokument/${doc.id}/trekk-tilbake`)}>
        {/* One string for the name: an sr-only span beside the visible word gets a stray space ("Trekk tilbake : …"). */}
        <span aria-hidden="true">{m("withdraw")}</span>
        <span className="sr-only">{`${m("withdraw")}: ${localize(lang, doc.title, doc.titleNb)}`}</span>
      </NextLink>
    </p>
  );
}
