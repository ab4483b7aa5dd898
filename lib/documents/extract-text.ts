import "server-only";
// Text of an uploaded file, for search. PDF through unpdf (pdf.js packaged for servers, pure JavaScript, no canvas or
// native module); DOCX and ODT by reading their XML straight out of the zip container with node:zlib – a zip's
// central directory and a deflated entry take a few lines, a DOCX library (mammoth) would bring a converter we do not
// need. Images and spreadsheets give no text. Extraction never fails an upload: a broken file just has no text.
import { inflateRawSync } from "node:zlib";
import type { FileKind } from "@/lib/uploads/file-check";

const MAX_TEXT = 500_000;

export async function extractText(bytes: Uint8Array, kind: FileKind): Promise<string | null> {
  try {
    let text: string | null = null;
    if (kind === "pdf") text = await pdfText(bytes);
    else if (kind === "docx") text = xmlText(zipEntry(bytes, "word/document.xml"), /<\/w:p>/g);
    else if (kind === "odt") text = xmlText(zipEntry(bytes, "content.xml"), /<\/text:(p|h)>/g);
    if (!text) return null;
    const clean = text.replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim();
    return clean ? clean.slice(0, MAX_TEXT) : null;
  } catch {
    return null;
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText: extract, getDocumentProxy } = await import("unpdf");
  // pdf.js takes ownership of (detaches) the buffer it gets: give it a copy so the caller can still store the bytes.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extract(pdf, { mergePages: true });
  return text;
}

function xmlText(xml: string | null, paragraphEnd: RegExp): string | null {
  if (xml === null) return null;
  return xml
    .replace(paragraphEnd, "\n")
    .replace(/<w:tab\/>|<text:tab\/>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** One entry of a zip file as UTF-8 text, found through the central directory (stored or deflated). */
export function zipEntry(bytes: Uint8Array, name: string): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count && p + 46 <= bytes.length; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) return null;
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const entryName = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (entryName === name) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + compressed);
      if (method === 0) return decoder.decode(data);
      if (method === 8) return decoder.decode(inflateRawSync(data, { maxOutputLength: 50 * 1024 * 1024 }));
      return null;
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}
