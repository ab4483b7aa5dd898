// The text a PDF written by Saman shows, read from its text layer by pdf.js (unpdf, as the search index reads
// uploads): for tests that read what a user would read, copy or hear from a screen reader. Saman's fonts are embedded
// subsets with glyph ids in the content stream, so the text can only come back through the fonts' ToUnicode maps.
import { getDocumentProxy } from "unpdf";

/**
 * The text runs of every page, in drawing order: one per drawText. pdf.js gives nothing for an empty string, and the
 * spaces and line ends it infers between runs are left out.
 */
export async function pdfStrings(bytes: Uint8Array): Promise<string[]> {
  // pdf.js takes ownership of (detaches) the buffer it gets: give it a copy so the caller keeps the bytes.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const out: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if ("str" in item && item.str.trim() !== "") out.push(item.str);
    }
  }
  return out;
}
