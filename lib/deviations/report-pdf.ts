// The yearly report as a PDF (lib/pdf/layout.ts, server-side): the same ReportData as the CSV, so the same suppressed
// numbers as the printable page. A4, DejaVu Sans embedded as a subset (every character as written), one table per
// breakdown with the label wrapped in the first column and the numbers right-aligned.
import { formatDate, type Locale, getTranslator } from "@/lib/i18n";
import { PdfLayout, SUBTLE } from "@/lib/pdf/layout";
import type { ReportData, ReportLine } from "./report";

const NUMBER_W = 62;
const SIZE = 9.5;

/** `owner`: the helsefellesskap's name (lib/structure/data siteName); a neutral name when not given. */
export async function renderReportPdf(lang: Locale, data: ReportData, generatedAt: Date, owner?: string): Promise<Uint8Array> {
  const m = getTranslator(lang);
  const layout = await PdfLayout.create(
    { title: `${data.title} – ${data.scope}`, author: `${m("site.name")} – ${owner ?? m("site.fallbackName")}`, language: lang === "nb" ? "nb-NO" : "nn-NO", date: generatedAt },
    { margin: 50, leading: 1.4 },
  );
  const { regular, bold } = layout;
  const tableLine = (line: ReportLine, font: typeof regular) => layout.tableRow(line.label, [line.current, line.previous, line.change], font, SIZE, NUMBER_W);

  layout.newPage();
  layout.paragraph(data.title, bold, 17, 4);
  layout.paragraph(data.scope, regular, 11, 2);
  layout.paragraph(m("deviations.report.generated", { date: formatDate(lang, generatedAt, "long") }), regular, 9, 10, SUBTLE);
  tableLine(data.columns, bold);
  tableLine(data.total, bold);
  layout.y -= 8;
  for (const section of data.sections) {
    layout.ensure(14 * 1.4 + 3 * (SIZE * 1.4)); // keep a heading with its first rows
    layout.paragraph(section.title, bold, 12, 2);
    tableLine(data.columns, bold);
    for (const line of section.lines) tableLine(line, regular);
    layout.y -= 10;
  }
  layout.paragraph(data.note, regular, 9, 0, SUBTLE);
  layout.pageNumbers((page, pages) => m("deviations.report.page", { page, pages }), 28);
  return layout.pdf.save();
}
