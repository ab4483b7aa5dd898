// The combined meeting document (samla saksdokument, issue 15 item 7) as one PDF: a table of contents, the notice,
// the agenda, and for every agenda item a cover page followed by its papers' pages, in agenda order. Every item has a
// bookmark (outline entry, its papers below it), every page a running page number "Side n av N". Text is set in
// DejaVu Sans and DejaVu Sans Bold, embedded as subsets (lib/pdf/fonts.ts), so æ ø å and the Sámi letters
// á č đ ŋ š ŧ ž render and are in the text layer (issue 19 item 3). Papers that are not PDF, or cannot be
// read as one, are listed on the item's cover page with a link. No clock and no randomness: the same input gives the
// same bytes, so a stored copy can be served while its input hash matches (./data.ts).
import {
  PDFArray,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFString,
  rgb,
  type PDFDict,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from "@cantoo/pdf-lib";
import { getTranslator, type Locale } from "@/lib/i18n";
import { embedFonts } from "@/lib/pdf/fonts";
import { wrap } from "@/lib/pdf/layout";

export type BundlePaper = {
  id: string;
  title: string;
  /** The file, when it is a PDF to include; null for a paper listed only (not a PDF, or left out of this edition). */
  pdf: Uint8Array | null;
  /** Why it is listed instead of included, shown on the cover page. */
  note: string | null;
  /** Absolute address of the paper's download (for papers listed with a link). */
  link: string | null;
};

export type BundleItem = { heading: string; decision: string | null; papers: BundlePaper[] };

export type BundleInput = {
  title: string;
  subtitle: string;
  edition: string;
  notice: string;
  agenda: string[];
  /** Papers of the whole meeting (not tied to an item), placed after the agenda. */
  meetingPapers: BundlePaper[];
  items: BundleItem[];
  labels: { contents: string; notice: string; agenda: string; noPapers: string };
  /** The language of the page numbers and notes the build adds (meetingWorkflow.bundle.page, .unreadable). */
  lang: Locale;
};

export type BuiltBundle = { bytes: Uint8Array; pageCount: number; outline: string[] };

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.1);
const SUBTLE = rgb(0.35, 0.35, 0.35);
const FIXED_DATE = new Date("2000-01-01T00:00:00Z");

/** Lines of at most `width` points, each line break kept (an empty paragraph is an empty line). */
function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  return text.split("\n").flatMap((paragraph) => {
    const lines = wrap(paragraph, font, size, width);
    return lines.length ? lines : [""];
  });
}

/** A writer of flowing text on new A4 pages (appended at the end of the document). */
class Writer {
  page!: PDFPage;
  y = 0;
  first = -1;
  constructor(
    private doc: PDFDocument,
    private font: PDFFont,
    private bold: PDFFont,
  ) {}
  newPage() {
    this.page = this.doc.addPage(A4);
    if (this.first < 0) this.first = this.doc.getPageCount() - 1;
    this.y = A4[1] - MARGIN;
  }
  start() {
    this.first = -1;
    this.newPage();
    return this.first;
  }
  text(text: string, { size = 11, bold = false, gap = 4, color = INK, link }: { size?: number; bold?: boolean; gap?: number; color?: ReturnType<typeof rgb>; link?: string } = {}) {
    const font = bold ? this.bold : this.font;
    for (const line of wrapText(text, font, size, A4[0] - 2 * MARGIN)) {
      if (this.y - size < MARGIN + 24) this.newPage();
      this.y -= size * 1.35;
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font, color });
      if (link && line) addLink(this.doc, this.page, [MARGIN, this.y - 2, MARGIN + font.widthOfTextAtSize(line, size), this.y + size], link);
    }
    this.y -= gap;
  }
}

function addLink(doc: PDFDocument, page: PDFPage, rect: [number, number, number, number], uri: string) {
  const annot = doc.context.register(
    doc.context.obj({ Type: "Annot", Subtype: "Link", Rect: rect, Border: [0, 0, 0], A: { Type: "Action", S: "URI", URI: PDFString.of(uri) } }),
  );
  const existing = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
  if (existing) existing.push(annot);
  else page.node.set(PDFName.of("Annots"), doc.context.obj([annot]));
}

type OutlineNode = { title: string; page: number; children: OutlineNode[] };

/** Writes the document outline (bookmarks) by hand: pdf-lib has no API for it. */
function writeOutline(doc: PDFDocument, nodes: OutlineNode[]) {
  const ctx = doc.context;
  const pages = doc.getPages();
  const rootRef = ctx.nextRef();
  const build = (list: OutlineNode[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = list.map(() => ctx.nextRef());
    let count = 0;
    list.forEach((node, i) => {
      const dict = ctx.obj({}) as PDFDict;
      dict.set(PDFName.of("Title"), PDFHexString.fromText(node.title));
      dict.set(PDFName.of("Parent"), parent);
      if (i > 0) dict.set(PDFName.of("Prev"), refs[i - 1]!);
      if (i < list.length - 1) dict.set(PDFName.of("Next"), refs[i + 1]!);
      dict.set(PDFName.of("Dest"), ctx.obj([pages[node.page]!.ref, PDFName.of("XYZ"), null, null, null]));
      if (node.children.length) {
        const kids = build(node.children, refs[i]!);
        dict.set(PDFName.of("First"), kids.first);
        dict.set(PDFName.of("Last"), kids.last);
        dict.set(PDFName.of("Count"), PDFNumber.of(kids.count));
        count += kids.count;
      }
      ctx.assign(refs[i]!, dict);
      count += 1;
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };
  if (!nodes.length) return;
  const top = build(nodes, rootRef);
  ctx.assign(rootRef, ctx.obj({ Type: "Outlines", First: top.first, Last: top.last, Count: top.count }));
  doc.catalog.set(PDFName.of("Outlines"), rootRef);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

/** Loads a paper's PDF, or null when it cannot be read (damaged, encrypted): then it is listed with a link. */
async function loadPaper(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    return pdf.getPageCount() > 0 && !pdf.isEncrypted ? pdf : null;
  } catch {
    return null;
  }
}

export async function buildBundle(input: BundleInput): Promise<BuiltBundle> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { regular: font, bold } = await embedFonts(doc);
  doc.setTitle(`${input.title}: ${input.subtitle}`);
  doc.setLanguage("nn");
  doc.setProducer("Saman");
  doc.setCreator("Saman");
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);

  // Which papers can be included is known before anything is laid out.
  const loaded = new Map<string, PDFDocument | null>();
  for (const paper of [...input.meetingPapers, ...input.items.flatMap((i) => i.papers)]) {
    if (paper.pdf) loaded.set(paper.id, await loadPaper(paper.pdf));
  }

  // The table of contents comes first; its length depends only on the number of entries, so its pages are reserved
  // now and written once every other page number is known.
  type Entry = { title: string; level: number; page: number };
  const entries: Entry[] = [];
  const outline: OutlineNode[] = [];
  const tocLines = 3 + input.items.length + input.meetingPapers.length + input.items.reduce((n, i) => n + i.papers.length, 0);
  const tocPerPage = 44;
  const tocPages = Math.max(1, Math.ceil(tocLines / tocPerPage));
  for (let i = 0; i < tocPages; i++) doc.addPage(A4);
  outline.push({ title: input.labels.contents, page: 0, children: [] });

  const w = new Writer(doc, font, bold);
  const includePapers = async (papers: BundlePaper[], writer: Writer, node: OutlineNode) => {
    for (const paper of papers) {
      const pdf = loaded.get(paper.id);
      if (!pdf) continue;
      const first = doc.getPageCount();
      const copied = await doc.copyPages(pdf, pdf.getPageIndices());
      for (const p of copied) doc.addPage(p);
      entries.push({ title: paper.title, level: 1, page: first });
      node.children.push({ title: paper.title, page: first, children: [] });
    }
    void writer;
  };
  const listPapers = (papers: BundlePaper[]) => {
    for (const paper of papers) {
      const pdf = loaded.get(paper.id);
      if (pdf) {
        w.text(`• ${paper.title}`, { size: 10, gap: 2 });
        continue;
      }
      w.text(`• ${paper.title}`, { size: 10, gap: 1 });
      const note = paper.pdf ? getTranslator(input.lang, "meetingWorkflow.bundle")("unreadable", { link: paper.link ?? "" }) : (paper.note ?? "");
      if (note) w.text(note, { size: 9, color: SUBTLE, gap: 3, link: paper.link ?? undefined });
    }
  };

  // Notice.
  const noticePage = w.start();
  w.text(input.title, { size: 18, bold: true, gap: 2 });
  w.text(input.subtitle, { size: 12, gap: 2 });
  w.text(input.edition, { size: 9, color: SUBTLE, gap: 14 });
  w.text(input.labels.notice, { size: 15, bold: true, gap: 8 });
  w.text(input.notice, { size: 10.5, gap: 6 });
  entries.push({ title: input.labels.notice, level: 0, page: noticePage });
  outline.push({ title: input.labels.notice, page: noticePage, children: [] });

  // Agenda, with the papers of the whole meeting.
  const agendaPage = w.start();
  w.text(input.labels.agenda, { size: 15, bold: true, gap: 8 });
  for (const line of input.agenda) w.text(line, { size: 11, gap: 3 });
  if (input.meetingPapers.length) {
    w.text("", { gap: 6 });
    listPapers(input.meetingPapers);
  }
  entries.push({ title: input.labels.agenda, level: 0, page: agendaPage });
  const agendaNode: OutlineNode = { title: input.labels.agenda, page: agendaPage, children: [] };
  outline.push(agendaNode);
  await includePapers(input.meetingPapers, w, agendaNode);

  // One cover page per item, then its papers.
  for (const item of input.items) {
    const cover = w.start();
    w.text(item.heading, { size: 14, bold: true, gap: 8 });
    if (item.decision) w.text(item.decision, { size: 10.5, gap: 8 });
    if (item.papers.length) listPapers(item.papers);
    else w.text(input.labels.noPapers, { size: 10, color: SUBTLE });
    entries.push({ title: item.heading, level: 0, page: cover });
    const node: OutlineNode = { title: item.heading, page: cover, children: [] };
    outline.push(node);
    await includePapers(item.papers, w, node);
  }

  // The table of contents, now that every page number is known (numbers as printed: 1-based).
  const pages = doc.getPages();
  let tocIndex = 0;
  let y = A4[1] - MARGIN;
  const tocPage = () => pages[tocIndex]!;
  const tocLine = (title: string, pageNo: string, level: number, size: number, useBold = false) => {
    const f = useBold ? bold : font;
    const indent = MARGIN + level * 16;
    const numberWidth = font.widthOfTextAtSize(pageNo, size);
    const room = A4[0] - MARGIN - indent - numberWidth - 12;
    const lines = wrapText(title, f, size, room);
    for (const [i, line] of lines.entries()) {
      if (y - size < MARGIN + 24 && tocIndex < tocPages - 1) {
        tocIndex++;
        y = A4[1] - MARGIN;
      }
      y -= size * 1.4;
      tocPage().drawText(line, { x: indent, y, size, font: f, color: INK });
      if (i === lines.length - 1 && pageNo) tocPage().drawText(pageNo, { x: A4[0] - MARGIN - numberWidth, y, size, font, color: INK });
    }
  };
  tocLine(input.title, "", 0, 16, true);
  tocLine(input.subtitle, "", 0, 11);
  y -= 8;
  tocLine(input.labels.contents, "", 0, 13, true);
  y -= 4;
  for (const e of entries) tocLine(e.title, String(e.page + 1), e.level, e.level ? 9.5 : 10.5, e.level === 0);

  // Running page numbers on every page, the papers' own pages included.
  const total = pages.length;
  pages.forEach((page, i) => {
    const label = getTranslator(input.lang, "meetingWorkflow.bundle")("page", { page: i + 1, total });
    const size = 8.5;
    const { width } = page.getSize();
    page.drawText(label, { x: width / 2 - font.widthOfTextAtSize(label, size) / 2, y: 18, size, font, color: SUBTLE });
  });

  writeOutline(doc, outline);
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, pageCount: total, outline: outline.map((o) => o.title) };
}
