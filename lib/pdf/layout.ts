// Text layout on A4 pages for the PDFs Saman writes itself (the deviation report, the annual report, the compiled
// consultation answers, the seed's papers and minutes): word wrapping, a cursor that opens a new page when the next
// lines do not fit, paragraphs, table rows with right-aligned number columns, and page numbers. Set in DejaVu Sans
// embedded as a subset (./fonts.ts), so every character is written as it is (issue 19 item 3). No clock and no
// randomness: the same input gives the same bytes.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "@cantoo/pdf-lib";
import { embedFonts } from "./fonts";

export const A4 = { width: 595.28, height: 841.89 } as const;
export const INK = rgb(0.1, 0.1, 0.1);
export const SUBTLE = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.8, 0.8, 0.8);
/** Room kept free above the bottom margin (for the page number). */
const FOOT = 20;

/** One line of text: tabs and line breaks become spaces, soft hyphens go (nothing is hyphenated). */
function oneLine(text: string): string {
  return text.replace(/[\t\n\r]/g, " ").replace(/\u00ad/g, "");
}

const widths = new WeakMap<PDFFont, Map<string, number>>();

/**
 * The width of `text` at `size` points. An embedded font measures by laying the text out with fontkit, which is slow,
 * so each string's width is kept per font (a document's words repeat); a line's width is the sum of its words' and
 * spaces' (glyph advances add up: no kerning is applied when drawing either).
 */
export function widthOf(text: string, font: PDFFont, size: number): number {
  let known = widths.get(font);
  if (!known) widths.set(font, (known = new Map()));
  let width = known.get(text);
  if (width === undefined) known.set(text, (width = font.widthOfTextAtSize(text, 1)));
  return width * size;
}

/** Lines of at most `width` points; a word wider than a line is cut into pieces. Empty text gives no lines. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  const space = widthOf(" ", font, size);
  let line = "";
  let lineWidth = 0;
  for (const word of oneLine(text).split(/ +/)) {
    const wordWidth = widthOf(word, font, size);
    const candidateWidth = line ? lineWidth + space + wordWidth : wordWidth;
    if (candidateWidth <= width) {
      line = line ? `${line} ${word}` : word;
      lineWidth = candidateWidth;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (widthOf(rest, font, size) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && widthOf(rest.slice(0, cut), font, size) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
    lineWidth = widthOf(rest, font, size);
  }
  if (line) lines.push(line);
  return lines;
}

export type Metadata = {
  title: string;
  author: string;
  subject?: string;
  language: string;
  /** Creation and modification date (fixed by the caller: no clock here). */
  date: Date;
  /** Producer and creator; without them @cantoo/pdf-lib's own are written. */
  producer?: string;
  creator?: string;
};

export type LayoutOptions = {
  margin: number;
  /** Line height as a multiple of the font size. */
  leading: number;
  /** Where the first line of a page starts, below the top margin. */
  topGap?: number;
  /** Draws on every new page before its text (a running header). */
  onNewPage?: (page: PDFPage, layout: PdfLayout) => void;
};

/** One document being laid out: fonts, the current page and the cursor `y` (the baseline of the last line drawn). */
export class PdfLayout {
  readonly pages: PDFPage[] = [];
  y = 0;
  private current: PDFPage | undefined;

  private constructor(
    readonly pdf: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    private readonly options: LayoutOptions,
  ) {}

  static async create(metadata: Metadata, options: LayoutOptions): Promise<PdfLayout> {
    // Without the producer/creator given, @cantoo/pdf-lib writes its own (updateMetadata); the dates are set below.
    const pdf = await PDFDocument.create({ updateMetadata: metadata.producer === undefined });
    pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
    pdf.setAuthor(metadata.author);
    if (metadata.subject) pdf.setSubject(metadata.subject);
    if (metadata.producer !== undefined) pdf.setProducer(metadata.producer);
    if (metadata.creator !== undefined) pdf.setCreator(metadata.creator);
    pdf.setLanguage(metadata.language);
    pdf.setCreationDate(metadata.date);
    pdf.setModificationDate(metadata.date);
    const { regular, bold } = await embedFonts(pdf);
    return new PdfLayout(pdf, regular, bold, options);
  }

  get margin(): number {
    return this.options.margin;
  }

  get textWidth(): number {
    return A4.width - 2 * this.options.margin;
  }

  /** The page being written; opens the first one when there is none yet. */
  get page(): PDFPage {
    if (!this.current) this.newPage();
    return this.current!;
  }

  newPage(): PDFPage {
    this.current = this.pdf.addPage([A4.width, A4.height]);
    this.pages.push(this.current);
    this.y = A4.height - this.options.margin - (this.options.topGap ?? 0);
    this.options.onNewPage?.(this.current, this);
    return this.current;
  }

  /** Opens a new page unless `height` more points fit above the foot of this one. */
  ensure(height: number) {
    if (this.current && this.y - height >= this.options.margin + FOOT) return;
    this.newPage();
  }

  /** Draws text with its baseline at the cursor. */
  text(value: string, x: number, font: PDFFont, size: number, color = INK) {
    this.page.drawText(value, { x, y: this.y, size, font, color });
  }

  /** Lines, each moved down by one line height (a new page when one does not fit), then `gapAfter`. */
  lines(lines: string[], font: PDFFont, size: number, gapAfter: number, color = INK) {
    const height = size * this.options.leading;
    for (const line of lines) {
      this.ensure(height);
      this.y -= height;
      this.text(line, this.options.margin, font, size, color);
    }
    this.y -= gapAfter;
  }

  /** Wrapped text across the full width. */
  paragraph(value: string, font: PDFFont, size: number, gapAfter: number, color = INK) {
    this.lines(wrap(value, font, size, this.textWidth), font, size, gapAfter, color);
  }

  /**
   * A table row: the label wrapped in the first column, the values right-aligned in columns of `valueWidth` after
   * it (values drawn first, then the label), and a thin rule below.
   */
  tableRow(label: string, values: readonly string[], font: PDFFont, size: number, valueWidth: number) {
    const lineHeight = size * this.options.leading;
    const labelWidth = this.textWidth - values.length * valueWidth;
    const labelLines = wrap(label, font, size, labelWidth - 8);
    if (labelLines.length === 0) labelLines.push("");
    this.ensure(labelLines.length * lineHeight + 4);
    this.y -= lineHeight;
    values.forEach((value, i) => {
      const cell = oneLine(value);
      const right = this.options.margin + labelWidth + (i + 1) * valueWidth;
      this.text(cell, right - widthOf(cell, font, size), font, size);
    });
    labelLines.forEach((line, i) => {
      if (i > 0) this.y -= lineHeight;
      this.text(line, this.options.margin, font, size);
    });
    this.y -= 3;
    this.page.drawLine({
      start: { x: this.options.margin, y: this.y - 1 },
      end: { x: this.options.margin + this.textWidth, y: this.y - 1 },
      thickness: 0.4,
      color: RULE,
    });
  }

  /** "Page n of m" at the foot of every page, right-aligned. */
  pageNumbers(label: (page: number, pages: number) => string, y: number) {
    this.pages.forEach((p, index) => {
      const text = oneLine(label(index + 1, this.pages.length));
      p.drawText(text, { x: A4.width - this.options.margin - this.regular.widthOfTextAtSize(text, 8), y, size: 8, font: this.regular, color: SUBTLE });
    });
  }
}
