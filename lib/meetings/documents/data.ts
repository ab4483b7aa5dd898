import "server-only";
// One meeting paper for the secretariat's confirmation pages (withdraw).
import { prisma } from "@/lib/db/client";

export async function getMeetingDocument(meetingId: string, documentId: string) {
  return prisma.document.findFirst({
    where: { id: documentId, meetingId },
    select: {
      id: true,
      title: true,
      titleNb: true,
      kind: true,
      version: true,
      withdrawnAt: true,
      withdrawalReason: true,
      meeting: { select: { id: true, startsAt: true, body: { select: { name: true, nameNb: true } } } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, fileName: true } },
    },
  });
}
