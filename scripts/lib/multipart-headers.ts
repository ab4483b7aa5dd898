// Cleans the part headers of a multipart/form-data body on its way to Next (issue 17). A file name with a control
// character (NUL, ESC, a bare CR or LF …) made Next's form parser (busboy) fail with "Malformed part header" and the
// request end in a 500 before any of our code ran. Browsers percent-encode only CR, LF and '"' in file names, so such
// names do reach us. Here every such byte in a part's header block becomes "_" – byte for byte, so Content-Length
// stays right – and the app's own file-name cleaning (lib/uploads/file-check.ts) takes it from there. Part contents
// (the files themselves) pass untouched.
import { Transform, type TransformCallback } from "node:stream";

const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const UNDERSCORE = 0x5f;
const HEADER_END = Buffer.from("\r\n\r\n");
/** A header block longer than this is passed on (cleaned) in pieces instead of being held whole. */
const MAX_HEADER_BLOCK = 64 * 1024;

/** The boundary of a multipart/form-data Content-Type, or null for any other body. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * One header block (what follows a boundary line, up to its blank line), cleaned in place: control characters other
 * than tab, and a CR or LF that is not part of a CRLF, become "_"; a line that is not "name: value" (the tail of a
 * file name split by a raw CRLF) is joined to the line before it.
 */
export function cleanHeaderBlock(block: Buffer): Buffer {
  const out = Buffer.from(block);
  for (let i = 0; i < out.length; i++) {
    const byte = out[i]!;
    if (byte === CR && out[i + 1] === LF) {
      i++;
      continue;
    }
    if (byte === CR || byte === LF || (byte < 0x20 && byte !== TAB) || byte === 0x7f) out[i] = UNDERSCORE;
  }
  // Lines: "\r\n" separated. The first line is the rest of the boundary line ("" or "--"), skipped.
  const first = out.indexOf("\r\n");
  let start = first;
  while (start !== -1) {
    const next = out.indexOf("\r\n", start + 2);
    const line = out.subarray(start + 2, next === -1 ? out.length : next);
    if (line.length > 0 && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+:/.test(line.toString("latin1")) && start > first) {
      out[start] = UNDERSCORE;
      out[start + 1] = UNDERSCORE;
    }
    start = next;
  }
  return out;
}

/** A stream that cleans every part header block of a multipart body with this boundary. */
export function multipartHeaderCleaner(boundary: string): Transform {
  // The body is read as if it began with CRLF, so the first boundary is found like every other.
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let carry: Buffer = Buffer.from("\r\n");
  let skipLead = 2;
  let inHeader = false;
  const emit = (stream: Transform, bytes: Buffer) => {
    const cut = Math.min(skipLead, bytes.length);
    skipLead -= cut;
    if (bytes.length > cut) stream.push(bytes.subarray(cut));
  };
  const work = (stream: Transform, final: boolean) => {
    for (;;) {
      if (inHeader) {
        const end = carry.indexOf(HEADER_END);
        if (end !== -1) {
          emit(stream, cleanHeaderBlock(carry.subarray(0, end + HEADER_END.length)));
          carry = carry.subarray(end + HEADER_END.length);
          inHeader = false;
          continue;
        }
        if (final || carry.length > MAX_HEADER_BLOCK) {
          const keep = final ? 0 : HEADER_END.length - 1;
          emit(stream, cleanHeaderBlock(carry.subarray(0, carry.length - keep)));
          carry = carry.subarray(carry.length - keep);
        }
        return;
      }
      const found = carry.indexOf(delimiter);
      if (found !== -1) {
        emit(stream, carry.subarray(0, found + delimiter.length));
        carry = carry.subarray(found + delimiter.length);
        inHeader = true;
        continue;
      }
      const keep = final ? 0 : Math.min(carry.length, delimiter.length - 1);
      emit(stream, carry.subarray(0, carry.length - keep));
      carry = carry.subarray(carry.length - keep);
      return;
    }
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      carry = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      work(this, false);
      callback();
    },
    flush(callback: TransformCallback) {
      work(this, true);
      callback();
    },
  });
}
