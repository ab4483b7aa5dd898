// A list of a round's or an answer's files, each linking to its download route. Callers show it only when the
// viewer passes canReadConsultationFile – the route's own guard.
import { consultationFilePath } from "@/lib/consultation/policy";

export function FileLinks({ files, label }: { files: { id: string; fileName: string; size: number }[]; label: string }) {
  if (files.length === 0) return null;
  return (
    <div className="mt-2">
      <p className="ds-paragraph font-semibold" data-size="sm">
        {label}
      </p>
      <ul className="list-disc pl-5 [overflow-wrap:anywhere]">
        {files.map((f) => (
          <li key={f.id}>
            <a href={consultationFilePath(f.id)} className="ds-link">
              {f.fileName}
            </a>{" "}
            <span className="text-sm">({Math.max(1, Math.round(f.size / 1024))} kB)</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The round's text as paragraphs (a blank line starts a new one). */
export function TextParagraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i} className="ds-paragraph mt-2 whitespace-pre-line [overflow-wrap:anywhere]">
          {p}
        </p>
      ))}
    </>
  );
}
