// Document downloads streamed from the database (issue 18.4) through the route itself against a seeded database:
// the whole file as before, one range as 206 with the right bytes, a range past the end as 416, a stale If-Range as
// the whole file; the stream reassembles the file from small chunks; the column is stored EXTERNAL (so substring
// reads only the chunks it needs). Anonymous viewer: only the session cookie is faked (none).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
}));

let db: TestDatabase;
let versionId = "";
let bytes = new Uint8Array(0);

const get = async (headers: Record<string, string> = {}) => {
  const { GET } = await import("@/app/api/dokument/[versionId]/route");
  return GET(new Request(`http://localhost/api/dokument/${versionId}`, { headers }), { params: Promise.resolve({ versionId }) });
};
const body = async (response: Response) => new Uint8Array(await response.arrayBuffer());

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "downloads-test-secret-downloads-test-secret";
  db = await createTestDatabase();
  await seed(db.prisma, { now: new Date() });
  process.env.DATABASE_URL = db.url;
  // A public agreement document: readable by anyone.
  const version = await db.prisma.documentVersion.findFirstOrThrow({
    where: { document: { visibility: "PUBLIC", agreementVersionId: { not: null }, withdrawnAt: null } },
    orderBy: { size: "desc" },
    select: { id: true, file: { select: { content: true } } },
  });
  versionId = version.id;
  bytes = new Uint8Array(version.file!.content);
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("a document download", () => {
  it("sends the whole file, saying ranges are accepted", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("content-length")).toBe(String(bytes.byteLength));
    expect(await body(response)).toEqual(bytes);
  });

  it("sends one range as 206 with its bytes", async () => {
    const response = await get({ range: "bytes=10-29" });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes 10-29/${bytes.byteLength}`);
    expect(response.headers.get("content-length")).toBe("20");
    expect(await body(response)).toEqual(bytes.slice(10, 30));

    const tail = await get({ range: "bytes=-7" });
    expect(tail.status).toBe(206);
    expect(await body(tail)).toEqual(bytes.slice(-7));
  });

  it("answers 416 past the end, and the whole file when If-Range names another version", async () => {
    const past = await get({ range: `bytes=${bytes.byteLength}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${bytes.byteLength}`);
    const stale = await get({ range: "bytes=0-9", "if-range": '"not-this-file"' });
    expect(stale.status).toBe(200);
    expect(await body(stale)).toEqual(bytes);
  });

  it("streams the file chunk by chunk and puts it back together exactly", async () => {
    const { versionFileStream } = await import("@/lib/downloads/stream");
    const chunks: number[] = [];
    const parts: Uint8Array[] = [];
    const reader = versionFileStream(versionId, 0, bytes.byteLength - 1, 97).getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      chunks.push(r.value.byteLength);
      parts.push(r.value);
    }
    expect(chunks.length).toBe(Math.ceil(bytes.byteLength / 97));
    expect(Math.max(...chunks)).toBe(97);
    expect(new Uint8Array(Buffer.concat(parts))).toEqual(bytes);
  });

  it("keeps the files uncompressed out of line (EXTERNAL), so a range reads only its chunks", async () => {
    const [column] = await db.prisma.$queryRaw<{ attstorage: string }[]>`
      SELECT a.attstorage::text AS attstorage FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname = 'DocumentFile' AND a.attname = 'content'`;
    expect(column?.attstorage).toBe("e");
  });
});
