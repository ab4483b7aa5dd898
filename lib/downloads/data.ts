import "server-only";
// Document downloads: the version's access facts first, the bytes only after the policy said yes.
import { prisma } from "@/lib/db/client";

export function getVersionAccess(versionId: string) {
  return prisma.documentVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      fileName: true,
      mimeType: true,
      size: true,
      sha256: true,
      document: { select: { id: true, visibility: true, bodyId: true, publicFrom: true } },
    },
  });
}

export async function getVersionContent(versionId: string): Promise<Uint8Array | null> {
  const file = await prisma.documentFile.findUnique({ where: { versionId }, select: { content: true } });
  return file?.content ?? null;
}
