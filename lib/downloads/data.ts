import "server-only";
// Document downloads: the version's access facts first, the bytes only after the policy said yes.
import { prisma } from "@/lib/db/client";

/**
 * A version's access facts. A paper of a meeting whose notice has not gone out, and a minutes file before the minutes
 * are published, are drafts: readable by the secretariat only, whatever visibility they will have (lib/meetings/policy).
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
      document: { select: { id: true, kind: true, visibility: true, bodyId: true, publicFrom: true, meeting: { select: { status: true } } } },
    },
  });
  if (!row) return null;
  const { meeting, kind, ...facts } = row.document;
  const draft = meeting !== null && (meeting.status === "PLANNED" || (kind === "MINUTES" && meeting.status !== "MINUTES_PUBLISHED"));
  return { ...row, document: draft ? { ...facts, visibility: "SECRETARIAT" as const, publicFrom: null } : facts };
}

export async function getVersionContent(versionId: string): Promise<Uint8Array | null> {
  const file = await prisma.documentFile.findUnique({ where: { versionId }, select: { content: true } });
  return file?.content ?? null;
}
