import "server-only";
// A stored file as a stream: bytes [start, end] read from the database in chunks as the client takes them (pull), so
// a large PDF is never held whole in memory and a client that leaves stops the reading (cancel).
import { readVersionFileChunk } from "./data";

export const CHUNK_BYTES = 256 * 1024;

export function versionFileStream(versionId: string, start: number, end: number, chunkBytes = CHUNK_BYTES): ReadableStream<Uint8Array> {
  let offset = start;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (offset > end) {
          controller.close();
          return;
        }
        const length = Math.min(chunkBytes, end - offset + 1);
        const chunk = await readVersionFileChunk(versionId, offset, length);
        if (chunk.byteLength === 0) {
          // The file shrank or vanished under us: end the response rather than hang.
          controller.error(new Error("document file ended early"));
          return;
        }
        offset += chunk.byteLength;
        controller.enqueue(chunk);
        if (offset > end) controller.close();
      },
    },
    { highWaterMark: 1 },
  );
}
