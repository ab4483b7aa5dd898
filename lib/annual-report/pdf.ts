// The published annual report as a PDF (lib/pdf/layout.ts): the title, then each section's heading and its
// blocks as the page shows them (textBlocks), in the report's own language. The date is the publication's, so the
// same report gives the same bytes.
import { formatDate, getTranslator } from "@/lib/i18n";
import { PdfLayout, SUBTLE, wrap } from "@/lib/pdf/layout";
import type { StoredReport } from "./data";
import { textBlocks } from "./text";
import { siteName } from "@/lib/structure/data";

const SIZE = 10;
const LEADING = 1.4;
const BULLET_INDENT = 14;

export async function renderAnnualReportPdf(report: StoredReport): Promise<Uint8Array> {
  const lang = report.language;
  const m = getTranslator(lang);
  const title = m("annualReport.public.reportTitle", { year: report.year });
  const date = report.publishedAt ?? report.updatedAt;
  const owner = `${m("site.name")} – ${(await siteName(lang)).text}`;
  const layout = await PdfLayout.create(
    { title, author: owner, language: lang === "nb" ? "nb-NO" : "nn-NO", date },
    { margin: 56, leading: LEADING },
  );
  const { regular, bold } = layout;
  layout.newPage();
  layout.paragraph(title, bold, 20, 4);
  layout.paragraph(owner, regular, 11, 2, SUBTLE);
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
