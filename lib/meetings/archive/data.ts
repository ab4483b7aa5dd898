import "server-only";
// Reads of a meeting's archive export (issue 20 item 2): the meeting, its agenda and decisions, and its documents
// with the access columns (lib/documents/access.ts documentAccessSelect, as every download) and the stored size of
// every version's file – no file bytes: those are streamed chunk by chunk by ./stream.ts.
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { documentAccessSelect } from "@/lib/documents/access";
import type { ArchiveFacts } from "./build";

/** What the route needs before deciding anything: the meeting exists, its status, its body's short name. */
export async function getArchiveMeeting(meetingId: string) {
  return prisma.meeting.findUnique({ where: { id: meetingId }, select: { id: true, status: true, startsAt: true, body: { select: { shortName: true } } } });
}

export async function loadArchiveFacts(meetingId: string): Promise<ArchiveFacts | null> {
  const row = await prisma.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      status: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      createdAt: true,
      cancelledAt: true,
      cancellationReason: true,
      number: true,
      numberYear: true,
      body: { select: { name: true, nameNb: true, shortName: true } },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          titleNb: true,
          caseNumber: { select: { year: true, sequence: true, body: { select: { shortName: true } } } },
          decision: { select: { kind: true, text: true, textNb: true, decidedAt: true } },
        },
      },
      documents: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          ...documentAccessSelect,
          title: true,
          titleNb: true,
          legalBasis: true,
          createdAt: true,
          agendaItemId: true,
          withdrawnAt: true,
          withdrawalReason: true,
          versions: { orderBy: { number: "asc" }, select: { id: true, number: true, fileName: true, mimeType: true, uploadedAt: true, changeNote: true } },
        },
      },
    },
  });
  if (!row) return null;
  const versionIds = row.documents.flatMap((d) => d.versions.map((v) => v.id));
  // octet_length reads the size from the value's header (the column is stored EXTERNAL), not the bytes.
  const sizes = versionIds.length
    ? await prisma.$queryRaw<{ versionId: string; size: number }[]>`
        SELECT "versionId", octet_length("content")::int AS size FROM "DocumentFile" WHERE "versionId" IN (${Prisma.join(versionIds)})`
    : [];
  const size = new Map(sizes.map((s) => [s.versionId, Number(s.size)]));
  return {
    ...row,
    documents: row.documents.map((d) => ({ ...d, versions: d.versions.map((v) => ({ ...v, size: size.get(v.id) ?? null })) })),
  };
}
