// "Retta <dato>: <merknad>" and "Trekt tilbake <dato>: <grunn>" under a document in a public list (issue 15 item 6).
import { formatDate, type Locale, getTranslator } from "@/lib/i18n";
import type { DocumentView } from "@/lib/documents/view";

export function DocumentMarks({ lang, doc }: { lang: Locale; doc: DocumentView }) {
  const m = getTranslator(lang, "meetingWorkflow.documents");
  if (doc.withdrawn) {
    return (
      <span className="mt-1 block font-semibold" data-testid="document-withdrawn">
        {m("withdrawn", { date: formatDate(lang, doc.withdrawn.at, "long"), reason: doc.withdrawn.reason })}
      </span>
    );
  }
  if (doc.corrected) {
    const date = formatDate(lang, doc.corrected.at, "long");
    return (
      <span className="mt-1 block text-sm" data-testid="document-corrected">
        {doc.corrected.note ? m("corrected", { date, note: doc.corrected.note }) : m("correctedNoNote", { date })}
      </span>
    );
  }
  return null;
}
