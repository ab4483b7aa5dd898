// Deterministic PDF rendering (lib/pdf/layout.ts: DejaVu Sans embedded as a subset): the same blocks and date always
// give the same bytes (fixed metadata, no clock), so a second seed run produces identical files and sha256 sums.
import { createHash } from "node:crypto";
import { PdfLayout, SUBTLE } from "../../lib/pdf/layout";
import type { Block } from "./text";

const PRODUCER = "Saman (seed)";
const CREATOR = "Saman – portalen til helsefellesskapet";

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
  const header = "Helsefellesskapet i Helse Bergen-området";
  const layout = await PdfLayout.create(
    {
      title: input.title,
      author: "Samarbeidssekretariatet i helsefellesskapet",
      subject: input.subject,
      producer: PRODUCER,
      creator: CREATOR,
      language: "nn-NO",
      date: input.date,
    },
    {
      margin: 56,
      leading: 1.35,
      topGap: 10,
      onNewPage: (page, { margin, regular }) => page.drawText(header, { x: margin, y: page.getHeight() - 36, size: 8, font: regular, color: SUBTLE }),
    },
  );
  const { regular, bold } = layout;

  layout.newPage();
  for (const block of input.blocks) {
    if (block.type === "h1") {
      layout.paragraph(block.text, bold, 16, 8);
    } else if (block.type === "h2") {
      // Keep a heading together with at least two lines of what follows.
      layout.ensure(12 * 1.35 * 3);
      layout.paragraph(block.text, bold, 12, 4);
    } else {
      layout.paragraph(block.label ? `${block.label}: ${block.text}` : block.text, regular, 10.5, 7);
    }
  }
  layout.pageNumbers((page, pages) => `Side ${page} av ${pages}`, 30);

  const bytes = await layout.pdf.save({ useObjectStreams: false });
  const text = input.blocks
    .map((b) => (b.type === "p" && b.label ? `${b.label}: ${b.text}` : b.text))
    .join("\n\n");
  return { bytes, text, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}
