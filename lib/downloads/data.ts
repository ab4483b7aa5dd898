import "server-only";
// Document downloads: the version's access facts first, the bytes only after the policy said yes.
import { caseBodyIds } from "@/lib/cases/policy";
import { prisma } from "@/lib/db/client";

/**
 * A version's access facts. A case's attachment may be read by the members of every body the case has been before
 * (its route, so a forwarded case's new body reads what was sent with it). A paper of a meeting whose notice has not gone out, and a minutes file before the minutes
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
      document: {
        select: {
          id: true,
          kind: true,
          title: true,
          withdrawnAt: true,
          withdrawalReason: true,
          visibility: true,
          bodyId: true,
          publicFrom: true,
          meeting: { select: { status: true } },
          case: { select: { targetBodyId: true, currentBodyId: true, route: { select: { fromBodyId: true, toBodyId: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const { meeting, kind, case: ofCase, ...own } = row.document;
  const facts = ofCase ? { ...own, readerBodyIds: caseBodyIds(ofCase) } : own;
  const draft = meeting !== null && (meeting.status === "PLANNED" || (kind === "MINUTES" && meeting.status !== "MINUTES_PUBLISHED"));
  return { ...row, document: draft ? { ...facts, visibility: "SECRETARIAT" as const, publicFrom: null } : facts };
}

export async function getVersionContent(versionId: string): Promise<Uint8Array | null> {
  const file = await prisma.documentFile.findUnique({ where: { versionId }, select: { content: true } });
  return file?.content ?? null;
}
