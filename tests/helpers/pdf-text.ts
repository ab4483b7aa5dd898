// The text a PDF written by Saman (pdf-lib, standard fonts) shows: for tests that read what a user would read.
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFPage } from "pdf-lib";

/** The strings drawn on a page, in drawing order (pdf-lib writes standard-font text as `<hex> Tj`). */
export function drawnStrings(page: PDFPage): string[] {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const out: string[] = [];
  // WinAnsi: Latin-1 except 0x80–0x9F (Node's TextDecoder may lack windows-1252 without full ICU).
  const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
  const cp1252 = { decode: (bytes: Uint8Array) => Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? high[b - 0x80] : String.fromCharCode(b))).join("") };
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const source = cp1252.decode(decodePDFRawStream(stream).decode());
    for (const match of source.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      const hex = match[1] ?? "";
      out.push(cp1252.decode(Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16))));
    }
  }
  return out;
}


/** Every string drawn on every page of a PDF, in order. */
export async function pdfStrings(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().flatMap(drawnStrings);
}
