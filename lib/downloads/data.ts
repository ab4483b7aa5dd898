import "server-only";
// Document downloads: the version's access facts first, the bytes only after the policy said yes.
import { documentAccessSelect, toAccessFacts } from "@/lib/documents/access";
import { prisma } from "@/lib/db/client";

/**
 * A version's access facts, built by the same function as every link to it (lib/documents/access.ts): a case's
 * attachment is read by the bodies on its route and the submitting party; drafts (papers of a meeting whose notice
 * has not gone out, unpublished minutes) by the secretariat only.
 */
export async function getVersionAccess(versionId: string) {
  const row = await prisma.documentVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      fileName: true,
      mimeType: true,
      size: true,
      sha256: true,
      document: { select: { id: true, title: true, withdrawnAt: true, withdrawalReason: true, ...documentAccessSelect } },
    },
  });
  if (!row) return null;
  const { id, kind, title, withdrawnAt, withdrawalReason } = row.document;
  // Withdrawn papers (issue 15) answer 410 Gone with the date and reason: the route answers that once the policy said yes.
  return { ...row, document: { id, kind, title, withdrawnAt, withdrawalReason, ...toAccessFacts(row.document) } };
}

/** The file's size in bytes (octet_length: with EXTERNAL storage it is read from the value's header, not the bytes). */
export async function getVersionFileSize(versionId: string): Promise<number | null> {
  const rows = await prisma.$queryRaw<{ size: number }[]>`
    SELECT octet_length("content")::int AS size FROM "DocumentFile" WHERE "versionId" = ${versionId}`;
  return rows[0] ? Number(rows[0].size) : null;
}

/**
 * `length` bytes of the file from `offset` (0-based). The column is stored EXTERNAL (uncompressed, migration
 * 20261204_document_file_external), so PostgreSQL reads only the TOAST chunks that hold these bytes: a download is
 * streamed chunk by chunk, never loaded whole.
 */
export async function readVersionFileChunk(versionId: string, offset: number, length: number): Promise<Uint8Array> {
  const rows = await prisma.$queryRaw<{ chunk: Uint8Array }[]>`
    SELECT substring("content" FROM ${offset + 1}::int FOR ${length}::int) AS chunk FROM "DocumentFile" WHERE "versionId" = ${versionId}`;
  return rows[0]?.chunk ?? new Uint8Array(0);
}
