// The fonts of every PDF Saman writes (issue 19 item 3): DejaVu Sans and DejaVu Sans Bold from the dejavu-fonts-ttf
// package, embedded through @cantoo/pdf-lib and @cantoo/fontkit as subsets (only the glyphs drawn, with a ToUnicode
// map), so text is written as it is – æ ø å, the Sámi letters á č đ ŋ š ŧ ž, «», –, →, ≥ – and a reader's text layer
// (copy, search, screen readers) gives it back. Nothing random or dated is written, so the same input still gives the
// same bytes. One helper for the layout (./layout.ts) and the combined meeting document
// (lib/meetings/bundle/build.ts).
import fs from "node:fs";
import path from "node:path";
import fontkit from "@cantoo/fontkit";
import type { PDFDocument, PDFFont } from "@cantoo/pdf-lib";

const FILES = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;
type Weight = keyof typeof FILES;
// A subset's name starts with a six-letter tag and "+" (ISO 32000-1 9.6.4), so readers and checkers know it is one;
// fixed tags keep the bytes the same (pdf-lib's own suffix is not a tag).
const NAMES: Record<Weight, string> = { regular: "SAMANR+DejaVuSans", bold: "SAMANB+DejaVuSans-Bold" };

const cache = new Map<Weight, Uint8Array>();

/** The font file, read once from the npm package at run time (the same file under next start, scripts and tests). */
function fontFile(weight: Weight): Uint8Array {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = fs.readFileSync(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", FILES[weight]));
    cache.set(weight, bytes);
  }
  return bytes;
}

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];

// fontkit reads a font's tables lazily, its large layout tables (GSUB/GPOS: DejaVu's hold every script) on the first
// text laid out – a few hundred milliseconds a font. So each file is parsed once for the process and shared by every
// document; each embedding still makes its own subset of it, and laying out text changes nothing in the parsed font.
const parsed = new WeakMap<Uint8Array, ReturnType<Fontkit["create"]>>();
const sharedFontkit: Fontkit = {
  // Single-face .ttf files only: no collection, so no face to pick by PostScript name.
  create(buffer) {
    let font = parsed.get(buffer);
    if (!font) {
      font = fontkit.create(buffer);
      parsed.set(buffer, font);
    }
    return font;
  },
};

export type Fonts = { regular: PDFFont; bold: PDFFont };

/** Embeds DejaVu Sans and DejaVu Sans Bold into `pdf` as subsets (regular first: a fixed order, the same bytes). */
export async function embedFonts(pdf: PDFDocument): Promise<Fonts> {
  pdf.registerFontkit(sharedFontkit);
  const regular = await pdf.embedFont(fontFile("regular"), { subset: true, customName: NAMES.regular });
  const bold = await pdf.embedFont(fontFile("bold"), { subset: true, customName: NAMES.bold });
  return { regular, bold };
}
