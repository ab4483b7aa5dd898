import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { canReadDocument } from "@/lib/documents/policy";

// A minimal, public-only reading of one document version for the download route (the documents issue replaces it
// with the full version). Returns nothing – not even whether it exists – unless the viewer may read it.

export type Download = { fileName: string; mimeType: string; size: number; sha256: string; content: Uint8Array };

export async function getDownload(versionId: string, viewer: Viewer, now: Date = new Date()): Promise<Download | null> {
  const version = await prisma.documentVersion.findUnique({
    where: { id: versionId },
    select: {
      fileName: true,
      mimeType: true,
      size: true,
      sha256: true,
      document: { select: { visibility: true, bodyId: true, publicFrom: true } },
    },
  });
  if (!version || !canReadDocument(viewer, version.document, now)) return null;
  const file = await prisma.documentFile.findUnique({ where: { versionId }, select: { content: true } });
  if (!file) return null;
  return { fileName: version.fileName, mimeType: version.mimeType, size: version.size, sha256: version.sha256, content: file.content };
}
