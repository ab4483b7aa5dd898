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

export async function getVersionContent(versionId: string): Promise<Uint8Array | null> {
  const file = await prisma.documentFile.findUnique({ where: { versionId }, select: { content: true } });
  return file?.content ?? null;
}
