// The published annual report as a PDF (lib/pdf/layout.ts): the title, then each section's heading and its
// blocks as the page shows them (textBlocks), in the report's own language. The date is the publication's, so the
// same report gives the same bytes.
import { formatDate, getTranslator } from "@/lib/i18n";
import { PdfLayout, SUBTLE, wrap } from "@/lib/pdf/layout";
import type { StoredReport } from "./data";
import { textBlocks } from "./text";

const SIZE = 10;
const LEADING = 1.4;
const BULLET_INDENT = 14;

/** `owner`: the helsefellesskap's name (lib/structure/data siteName); a neutral name when not given. */
export async function renderAnnualReportPdf(report: StoredReport, owner?: string): Promise<Uint8Array> {
  const lang = report.language;
  const m = getTranslator(lang);
  const title = m("annualReport.public.reportTitle", { year: report.year });
  const date = report.publishedAt ?? report.updatedAt;
  const author = `${m("site.name")} – ${owner ?? m("site.fallbackName")}`;
  const layout = await PdfLayout.create(
    { title, author, language: lang === "nb" ? "nb-NO" : "nn-NO", date },
    { margin: 56, leading: LEADING },
  );
  const { regular, bold } = layout;
  layout.newPage();
  layout.paragraph(title, bold, 20, 4);
  layout.paragraph(author, regular, 11, 2, SUBTLE);
  if (report.publishedAt) layout.paragraph(m("annualReport.pdf.generated", { date: formatDate(lang, report.publishedAt, "long") }), regular, 9, 12, SUBTLE);
  report.sections.forEach((section, index) => {
    layout.ensure(14 * LEADING + 3 * SIZE * LEADING); // keep a heading with its first lines
    layout.paragraph(`${index + 1}. ${section.title}`, bold, 13, 4);
    for (const block of textBlocks(section.body)) {
      if (block.kind === "paragraph") {
        layout.paragraph(block.text, regular, SIZE, 6);
        continue;
      }
      for (const item of block.items) {
        const lines = wrap(item, regular, SIZE, layout.textWidth - BULLET_INDENT);
        lines.forEach((line, i) => {
          layout.ensure(SIZE * LEADING);
          layout.y -= SIZE * LEADING;
          if (i === 0) layout.text("•", layout.margin + 2, regular, SIZE);
          layout.text(line, layout.margin + BULLET_INDENT, regular, SIZE);
        });
        layout.y -= 2;
      }
      layout.y -= 4;
    }
    layout.y -= 8;
  });
  layout.pageNumbers((page, pages) => m("annualReport.pdf.page", { page, pages }), 30);
  return layout.pdf.save();
}
