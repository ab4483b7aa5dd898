import "server-only";
// The archive export as a streamed ZIP (fflate): every file is read from the database in chunks as the client takes
// them (pull), stored uncompressed (the papers are PDFs, already compressed), and hashed with SHA-256 on the way;
// metadata.json goes last, with the checksums and sizes of the very bytes that were sent. A client that leaves stops
// the reading (cancel). Nothing is held whole in memory but the metadata.
import { createHash } from "node:crypto";
import { Zip, ZipPassThrough, strToU8 } from "fflate";
import { readVersionFileChunk } from "@/lib/downloads/data";
import { CHUNK_BYTES } from "@/lib/downloads/stream";
import type { ArchiveFile } from "./build";

export const METADATA_FILE = "metadata.json";

export function archiveZipStream(metadata: unknown, files: readonly ArchiveFile[], now: Date, chunkBytes = CHUNK_BYTES): ReadableStream<Uint8Array> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let failed = false;
  const zip = new Zip((error, chunk, final) => {
    if (failed) return;
    if (error) {
      failed = true;
      controller.error(error);
      return;
    }
    controller.enqueue(chunk);
    if (final) controller.close();
  });
  const entry = (name: string) => {
    const file = new ZipPassThrough(name);
    file.mtime = now;
    zip.add(file);
    return file;
  };

  let index = 0;
  let current: { file: ZipPassThrough; offset: number; hash: ReturnType<typeof createHash> } | null = null;
  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      async pull() {
        if (failed) return;
        const next = files[index];
        if (!next) {
          // Every file written: the metadata, now with the checksums of what was sent.
          entry(METADATA_FILE).push(strToU8(`${JSON.stringify(metadata, null, 2)}\n`), true);
          zip.end();
          return;
        }
        current ??= { file: entry(next.path), offset: 0, hash: createHash("sha256") };
        const length = Math.min(chunkBytes, next.size - current.offset);
        const chunk = length > 0 ? await readVersionFileChunk(next.versionId, current.offset, length) : new Uint8Array(0);
        if (length > 0 && chunk.byteLength === 0) {
          // The file shrank or vanished under us: end the download rather than send a wrong archive.
          failed = true;
          controller.error(new Error("document file ended early"));
          return;
        }
        current.hash.update(chunk);
        current.offset += chunk.byteLength;
        const done = current.offset >= next.size;
        if (done) {
          next.object.sjekksum = current.hash.digest("hex");
          next.object.filstoerrelse = current.offset;
        }
        current.file.push(chunk, done);
        if (done) {
          current = null;
          index += 1;
        }
      },
      cancel() {
        failed = true;
      },
    },
    { highWaterMark: 1 },
  );
}
