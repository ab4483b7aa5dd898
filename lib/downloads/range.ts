// The HTTP Range header of a download (RFC 9110 §14): one byte range, as PDF readers and media players ask for.
// Several ranges in one request are answered with the whole file (allowed: a server may ignore Range). Pure.

export type ByteRange = { start: number; end: number };

/**
 * The range asked for in a file of `size` bytes: null when there is none (or it cannot be served as one range, so the
 * whole file is sent), "unsatisfiable" when it starts past the end (416). `end` is inclusive.
 */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return null;
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return null;
  if (first === "") {
    // "bytes=-500": the last 500 bytes.
    const suffix = Number(last);
    if (suffix === 0) return "unsatisfiable";
    return size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (!Number.isSafeInteger(start) || start >= size) return "unsatisfiable";
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (end < start) return null; // an invalid range is ignored (RFC 9110 §14.1.1)
  return { start, end };
}

/** Whether an If-Range validator still matches: a range of a file that changed would mix two files. */
export function ifRangeHolds(header: string | null, etag: string): boolean {
  return header === null || header.trim() === etag;
}
