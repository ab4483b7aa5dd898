// Issue 17: a file name with control characters made Next's form parser fail ("Malformed part header") and the
// request end in a 500. The front server cleans part headers byte for byte; file contents pass untouched.
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { cleanHeaderBlock, multipartBoundary, multipartHeaderCleaner } from "@/scripts/lib/multipart-headers";

const B = "----WebKitFormBoundaryAbc123";

function body(fileName: Buffer, content: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="title"\r\n\r\nNotat\r\n`),
    Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="attachments"; filename="`),
    fileName,
    Buffer.from(`"\r\nContent-Type: application/pdf\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${B}--\r\n`),
  ]);
}

/** The body streamed through the cleaner in chunks of `size` bytes. */
async function clean(input: Buffer, size: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < input.length; i += size) chunks.push(input.subarray(i, i + size));
  return buffer(Readable.from(chunks).pipe(multipartHeaderCleaner(B)));
}

// File content with every byte value, CRLFs and a near-boundary: it must pass byte for byte.
const CONTENT = Buffer.concat([Buffer.from("%PDF-1.4\r\n\r\n\x00\x01\r\n--" + B.slice(0, 10)), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);

describe("multipart part headers", () => {
  it("reads the boundary of a multipart Content-Type only", () => {
    expect(multipartBoundary(`multipart/form-data; boundary=${B}`)).toBe(B);
    expect(multipartBoundary(`multipart/form-data; boundary="${B}"`)).toBe(B);
    expect(multipartBoundary("application/x-www-form-urlencoded")).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
  });

  it.each([
    ["NUL", "no\x00tat.pdf", "no_tat.pdf"],
    ["SOH", "no\x01tat.pdf", "no_tat.pdf"],
    ["ESC", "no\x1btat.pdf", "no_tat.pdf"],
    ["DEL", "no\x7ftat.pdf", "no_tat.pdf"],
    ["a bare LF", "no\ntat.pdf", "no_tat.pdf"],
    ["a bare CR", "no\rtat.pdf", "no_tat.pdf"],
    ["a raw CRLF", "no\r\ntat.pdf", "no__tat.pdf"],
    ["UTF-8 and a tab (kept)", "nø\tæ.pdf", "nø\tæ.pdf"],
  ])("replaces %s in a file name, keeps the length and the file's content, in any chunking", async (_what, name, expected) => {
    const input = body(Buffer.from(name, "utf8"), CONTENT);
    const wanted = body(Buffer.from(expected, "utf8"), CONTENT);
    for (const size of [1, 2, 3, 7, 31, 64, 1000, input.length]) {
      const output = await clean(input, size);
      expect(output.length).toBe(input.length);
      expect(output.equals(wanted), `chunk size ${size}`).toBe(true);
    }
  });

  it("leaves a clean body exactly as it was", async () => {
    const input = body(Buffer.from("referat.pdf"), CONTENT);
    expect((await clean(input, 13)).equals(input)).toBe(true);
  });

  it("cleans one header block", () => {
    const block = Buffer.from('\r\nContent-Disposition: form-data; name="f"; filename="a\x01b\r\nc.pdf"\r\n\r\n');
    expect(cleanHeaderBlock(block).toString()).toBe('\r\nContent-Disposition: form-data; name="f"; filename="a_b__c.pdf"\r\n\r\n');
  });
});
