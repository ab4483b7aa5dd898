// Deterministic PDF rendering with pdf-lib: the same blocks and date always give the same bytes (fixed metadata,
// no clock), so a second seed run produces identical files and identical sha256 sums.
import { createHash } from "node:crypto";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { Block } from "./text";

const PAGE_WIDTH = 595.28; // A4
const PAGE_HEIGHT = 841.89;
const MARGIN = 56;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const PRODUCER = "Saman (seed)";
const CREATOR = "Saman – portalen til helsefellesskapet";

// Characters outside Latin-1 that WinAnsi (cp1252) still has.
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const REPLACEMENTS: Record<string, string> = { "→": "->", "≤": "<=", "≥": ">=", "−": "-", "\u00ad": "" };

/** Keeps only characters the standard fonts can encode (æøå, §, – and friends are fine). */
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
    // A single word wider than the line is cut into pieces.
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

export type RenderedPdf = { bytes: Uint8Array; text: string; sha256: string; size: number };

export type PdfInput = {
  /** Shown in the running header and stored as the PDF title. */
  title: string;
  /** Fixed creation and modification date: the meeting or adoption date. */
  date: Date;
  subject?: string;
  blocks: Block[];
};

export async function renderPdf(input: PdfInput): Promise<RenderedPdf> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(winAnsiSafe(input.title), { showInWindowTitleBar: true });
  pdf.setAuthor("Samarbeidssekretariatet i helsefellesskapet");
  if (input.subject) pdf.setSubject(winAnsiSafe(input.subject));
  pdf.setProducer(PRODUCER);
  pdf.setCreator(CREATOR);
  pdf.setLanguage("nn-NO");
  pdf.setCreationDate(input.date);
  pdf.setModificationDate(input.date);

  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const pages: PDFPage[] = [];
  let page: PDFPage | undefined;
  let y = 0;

  const newPage = () => {
    page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    pages.push(page);
    page.drawText(winAnsiSafe("Helsefellesskapet i Helse Bergen-området"), {
      x: MARGIN,
      y: PAGE_HEIGHT - 36,
      size: 8,
      font: regular,
      color: rgb(0.35, 0.35, 0.35),
    });
    y = PAGE_HEIGHT - MARGIN - 10;
  };

  const drawLines = (lines: string[], font: PDFFont, size: number, gapAfter: number) => {
    const lineHeight = size * 1.35;
    for (const line of lines) {
      if (!page || y - lineHeight < MARGIN + 20) newPage();
      y -= lineHeight;
      page!.drawText(line, { x: MARGIN, y, size, font, color: rgb(0.1, 0.1, 0.1) });
    }
    y -= gapAfter;
  };

  newPage();
  for (const block of input.blocks) {
    if (block.type === "h1") {
      drawLines(wrap(block.text, bold, 16, TEXT_WIDTH), bold, 16, 8);
    } else if (block.type === "h2") {
      // Keep a heading together with at least two lines of what follows.
      if (y - 12 * 1.35 * 3 < MARGIN + 20) newPage();
      drawLines(wrap(block.text, bold, 12, TEXT_WIDTH), bold, 12, 4);
    } else {
      const text = block.label ? `${block.label}: ${block.text}` : block.text;
      drawLines(wrap(text, regular, 10.5, TEXT_WIDTH), regular, 10.5, 7);
    }
  }

  pages.forEach((p, index) => {
    const label = `Side ${index + 1} av ${pages.length}`;
    p.drawText(label, {
      x: PAGE_WIDTH - MARGIN - regular.widthOfTextAtSize(label, 8),
      y: 30,
      size: 8,
      font: regular,
      color: rgb(0.35, 0.35, 0.35),
    });
  });

  const bytes = await pdf.save({ useObjectStreams: false });
  const text = input.blocks
    .map((b) => (b.type === "p" && b.label ? `${b.label}: ${b.text}` : b.text))
    .join("\n\n");
  return { bytes, text, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}
