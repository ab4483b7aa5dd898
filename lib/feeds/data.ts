import "server-only";
// Reads behind the papers feed (issue 19.4): the meeting papers the public may read now, newest version first. A
// paper of a meeting still PLANNED is a draft (lib/meetings/policy.ts isAgendaPublic), and a restricted one is left
// out until it is public (lib/documents/policy.ts) – the same rules as the meeting page and the download.
import { ANONYMOUS } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { canReadDocument } from "@/lib/documents/policy";
import { documentAccessSelect, toAccessFacts } from "@/lib/documents/access";
import type { DocumentKind } from "@/lib/domain/vocabulary";
import { bodySelect, type MeetingBody } from "@/lib/meetings/lists/data";

export type PublicPaper = {
  id: string;
  kind: DocumentKind;
  title: string;
  titleNb: string | null;
  meetingId: string;
  meetingStartsAt: Date;
  body: MeetingBody;
  version: { id: string; number: number; mimeType: string; size: number; uploadedAt: Date };
};

/** The papers of a meeting; minutes have their own feed. */
const PAPER_KINDS: DocumentKind[] = ["NOTICE", "AGENDA", "CASE_PAPER", "ATTACHMENT"];

export async function getPublicPapers(options: { limit: number; bodySlug?: string | null; now?: Date }): Promise<PublicPaper[]> {
  const now = options.now ?? new Date();
  const rows = await prisma.document.findMany({
    where: {
      kind: { in: PAPER_KINDS },
      OR: [{ visibility: "PUBLIC" }, { publicFrom: { lte: now } }],
      versions: { some: {} },
      meeting: { status: { not: "PLANNED" }, ...(options.bodySlug ? { body: { slug: options.bodySlug } } : {}) },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: options.limit,
    select: {
      id: true,
      title: true,
      titleNb: true,
      ...documentAccessSelect,
      meeting: { select: { status: true, id: true, startsAt: true, body: { select: bodySelect } } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, mimeType: true, size: true, uploadedAt: true } },
    },
  });
  return rows
    .filter((row) => row.meeting && row.versions[0] && canReadDocument(ANONYMOUS, toAccessFacts(row), now))
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      titleNb: row.titleNb,
      meetingId: row.meeting!.id,
      meetingStartsAt: row.meeting!.startsAt,
      body: { ...row.meeting!.body },
      version: row.versions[0]!,
    }))
    .sort((a, b) => b.version.uploadedAt.getTime() - a.version.uploadedAt.getTime());
}

/** The open body behind ?organ=, or null when there is none by that slug. */
export function getFeedBody(slug: string): Promise<MeetingBody | null> {
  return prisma.body.findFirst({ where: { slug, closedOn: null }, select: bodySelect });
}
