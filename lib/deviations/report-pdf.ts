// The yearly report as a PDF (pdf-lib, server-side): the same ReportData as the CSV, so the same suppressed numbers
// as the printable page. A4, the standard Helvetica fonts (WinAnsi: æøå, §, «» and – are fine; others replaced),
// one table per breakdown with the label wrapped in the first column and the numbers right-aligned.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { fill, formatDate, getMessages, type Locale } from "@/lib/i18n";
import type { ReportData, ReportLine } from "./report";

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 50;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const NUMBER_W = 62;
const LABEL_W = TEXT_WIDTH - 3 * NUMBER_W;
const SIZE = 9.5;
const LINE_H = SIZE * 1.4;
const INK = rgb(0.1, 0.1, 0.1);
const SUBTLE = rgb(0.35, 0.35, 0.35);

const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const REPLACEMENTS: Record<string, string> = { "→": "->", "≤": "<=", "≥": ">=", "−": "-", "\u00ad": "" };

/** Keeps only characters the standard fonts can encode. */
export function winAnsiSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(ch)) out += ch;
    else if (ch in REPLACEMENTS) out += REPLACEMENTS[ch];
    else if (ch === "\n" || ch === "\t") out += " ";
    else out += "?";
  }
  return out;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of winAnsiSafe(text).split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

export async function renderReportPdf(lang: Locale, data: ReportData, generatedAt: Date): Promise<Uint8Array> {
  const m = getMessages(lang);
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsiSafe(`${data.title} – ${data.scope}`), { showInWindowTitleBar: true });
  pdf.setAuthor(winAnsiSafe(`${m.site.name} – ${m.site.tagline}`));
  pdf.setLanguage(lang === "nb" ? "nb-NO" : "nn-NO");
  pdf.setCreationDate(generatedAt);
  pdf.setModificationDate(generatedAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);

  const pages: PDFPage[] = [];
  let page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  pages.push(page);
  let y = PAGE_HEIGHT - MARGIN;
  const ensure = (height: number) => {
    if (y - height >= MARGIN + 20) return;
    page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    pages.push(page);
    y = PAGE_HEIGHT - MARGIN;
  };
  const text = (value: string, x: number, font: PDFFont, size: number, color = INK) =>
    page.drawText(value, { x, y, size, font, color });
  const paragraph = (value: string, font: PDFFont, size: number, gap: number, color = INK) => {
    for (const line of wrap(value, font, size, TEXT_WIDTH)) {
      ensure(size * 1.4);
      y -= size * 1.4;
      text(line, MARGIN, font, size, color);
    }
    y -= gap;
  };
  const tableLine = (line: ReportLine, font: PDFFont) => {
    const labelLines = wrap(line.label, font, SIZE, LABEL_W - 8);
    ensure(labelLines.length * LINE_H + 4);
    y -= LINE_H;
    const numbers = [line.current, line.previous, line.change];
    numbers.forEach((value, i) => {
      const safe = winAnsiSafe(value);
      const right = MARGIN + LABEL_W + (i + 1) * NUMBER_W;
      text(safe, right - font.widthOfTextAtSize(safe, SIZE), font, SIZE);
    });
    labelLines.forEach((l, i) => {
      if (i > 0) y -= LINE_H;
      text(l, MARGIN, font, SIZE);
    });
    y -= 3;
    page.drawLine({
      start: { x: MARGIN, y: y - 1 },
      end: { x: MARGIN + TEXT_WIDTH, y: y - 1 },
      thickness: 0.4,
      color: rgb(0.8, 0.8, 0.8),
    });
  };

  paragraph(data.title, bold, 17, 4);
  paragraph(data.scope, regular, 11, 2);
  paragraph(fill(m.deviations.report.generated, { date: formatDate(lang, generatedAt, "long") }), regular, 9, 10, SUBTLE);
  tableLine(data.columns, bold);
  tableLine(data.total, bold);
  y -= 8;
  for (const section of data.sections) {
    ensure(14 * 1.4 + 3 * LINE_H); // keep a heading with its first rows
    paragraph(section.title, bold, 12, 2);
    tableLine(data.columns, bold);
    for (const line of section.lines) tableLine(line, regular);
    y -= 10;
  }
  paragraph(data.note, regular, 9, 0, SUBTLE);

  pages.forEach((p, index) => {
    const label = winAnsiSafe(fill(m.deviations.report.page, { page: index + 1, pages: pages.length }));
    p.drawText(label, {
      x: PAGE_WIDTH - MARGIN - regular.widthOfTextAtSize(label, 8),
      y: 28,
      size: 8,
      font: regular,
      color: SUBTLE,
    });
  });
  return pdf.save();
}
