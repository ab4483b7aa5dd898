import { Link, Paragraph } from "@/components/ui/ds";
import { DocumentMarks } from "@/components/meetings/workflow/document-marks";
import { downloadPath, type DocumentView } from "@/lib/documents/view";
import { formatDate, osloIsoDate, type Locale, getTranslator } from "@/lib/i18n";
import { LocalizedText } from "@/components/i18n/localized-text";

/** "412 kB" in Norwegian number style. */
export function formatSize(lang: Locale, bytes: number): string {
  const nf = new Intl.NumberFormat(lang === "nb" ? "nb-NO" : "nn-NO", { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${nf.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${nf.format(bytes / 1024)} kB`;
  return `${nf.format(bytes / (1024 * 1024))} MB`;
}

function fileType(mimeType: string): string {
  if (mimeType === "application/pdf") return "PDF";
  const sub = mimeType.split("/")[1] ?? mimeType;
  return sub.toUpperCase().slice(0, 8);
}

/**
 * Documents as the viewer may see them: a download link with kind, version and size, or – for a restricted one –
 * only that it is exempt from public access, its legal basis and when it becomes public (never its title).
 */
export function DocumentList({ lang, documents }: { lang: Locale; documents: DocumentView[] }) {
  const m = getTranslator(lang);
  if (documents.length === 0) return <Paragraph>{m("documents.none")}</Paragraph>;
  return (
    <ul className="grid grid-cols-1 gap-3" data-testid="documents">
      {documents.map((doc) => (
        <li key={doc.id} className="min-w-0 border-l-4 border-neutral-border-subtle pl-3 [overflow-wrap:anywhere]">
          {doc.readable ? (
            <>
              <span className="block text-sm text-neutral-text-subtle">{m(`labels.documentKind.${doc.kind}`)}</span>
              {doc.version ? (
                <Link href={downloadPath(doc.version.id)} className="break-words">
                  <LocalizedText lang={lang} nn={doc.title} nb={doc.titleNb} />
                </Link>
              ) : (
                <span><LocalizedText lang={lang} nn={doc.title} nb={doc.titleNb} /></span>
              )}
              {doc.version ? (
                <span className="block text-sm text-neutral-text-subtle">
                  {fileType(doc.version.mimeType)}, {m("documents.version", { number: doc.version.number })},{" "}
                  {formatSize(lang, doc.version.size)}
                </span>
              ) : null}
              {doc.restricted ? (
                // Readable by this viewer but not by the public: say so, with the legal basis (issue 14).
                <span className="block text-sm font-semibold" data-testid="restricted-document">
                  {doc.restricted.legalBasis
                    ? m("workspace.meetings.restricted", { legalBasis: doc.restricted.legalBasis })
                    : m("workspace.meetings.restrictedNoBasis")}
                </span>
              ) : null}
            </>
          ) : (
            <>
              <span className="block text-sm text-neutral-text-subtle">{m(`labels.documentKind.${doc.kind}`)}</span>
              <span data-testid="exempt-document">
                {doc.legalBasis ? m("documents.exempt", { legalBasis: doc.legalBasis }) : m("documents.exemptNoBasis")}
              </span>
              {doc.publicFrom ? (
                <span className="block text-sm">
                  {m.rich("documents.becomesPublic", {
                    date: formatDate(lang, doc.publicFrom, "long"),
                    time: (text) => <time dateTime={osloIsoDate(doc.publicFrom!)}>{text}</time>,
                  })}
                </span>
              ) : null}
            </>
          )}
          <DocumentMarks lang={lang} doc={doc} />
        </li>
      ))}
    </ul>
  );
}
