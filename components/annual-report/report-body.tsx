import { SectionHeading } from "@/components/layout/page-header";
import { Paragraph } from "@/components/ui/ds";
import type { ReportSection } from "@/lib/annual-report/policy";
import { textBlocks } from "@/lib/annual-report/text";

/**
 * The sections of a report as the reader sees them: numbered headings with a table of contents, paragraphs, lists. The
 * report's text carries its own language (`contentLang`), which may differ from the page's.
 */
export function ReportBody({ sections, contentsLabel, contentLang }: { sections: ReportSection[]; contentsLabel: string; contentLang: string }) {
  const id = (key: string) => `del-${key}`;
  return (
    <>
      <nav aria-labelledby="contents-heading" className="mt-8">
        <SectionHeading id="contents-heading">{contentsLabel}</SectionHeading>
        <ol className="mt-3 list-decimal ps-6" lang={contentLang}>
          {sections.map((s) => (
            <li key={s.key}>
              <a href={`#${id(s.key)}`} className="ds-link">
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((s, index) => (
        <section key={s.key} aria-labelledby={id(s.key)} className="mt-10 max-w-3xl" lang={contentLang}>
          <SectionHeading id={id(s.key)}>{`${index + 1}. ${s.title}`}</SectionHeading>
          {textBlocks(s.body).map((block, i) =>
            block.kind === "paragraph" ? (
              <Paragraph key={i} className="mt-3">
                {block.text}
              </Paragraph>
            ) : (
              <ul key={i} className="mt-3 list-disc ps-6">
                {block.items.map((item, j) => (
                  <li key={j} className="mt-1">
                    {item}
                  </li>
                ))}
              </ul>
            ),
          )}
        </section>
      ))}
    </>
  );
}
