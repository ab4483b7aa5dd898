import "server-only";
// Reads of /api/v1/documents. The database narrows to what could be public (PUBLIC, or public from a time passed);
// then the one access function decides each row exactly as the download does (toAccessFacts + canReadDocument for an
// anonymous viewer), so a paper of a PLANNED meeting or a minutes file before publishing stays out.
import type * as z from "zod";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { documentAccessSelect, toAccessFacts } from "@/lib/documents/access";
import { canReadDocument } from "@/lib/documents/policy";
import { downloadPath } from "@/lib/documents/view";
import type { Page } from "../common/schema";
import { afterId, decodeCursor, encodeCursor, pageArgs, yearRange } from "../common/paging";
import { iso, loc } from "../common/format";
import { bodyWhere } from "../common/body-filter";
import { BadQuery } from "../common/errors";
import type { ApiDocument, documentsQuery } from "./schema";

/** The where that may be public now – a superset; canReadDocument has the last word. */
export function maybePublic(now: Date) {
  return { OR: [{ visibility: "PUBLIC" as const }, { publicFrom: { lte: now } }] };
}

export async function listDocuments(q: z.infer<typeof documentsQuery>, now: Date): Promise<Page<ApiDocument>> {
  const after = decodeCursor(q.cursor);
  if (after === undefined) throw new BadQuery("cursor", "Unknown cursor");
  const rows = await prisma.document.findMany({
    ...pageArgs(q.limit),
    where: {
      AND: [
        afterId(after),
        maybePublic(now),
        bodyWhere(q.body),
        q.meeting ? { meetingId: q.meeting } : {},
        q.kind ? { kind: q.kind } : {},
        q.year ? { createdAt: yearRange(q.year) } : {},
        q.changedSince ? { updatedAt: { gte: new Date(q.changedSince) } } : {},
      ],
    },
    select: {
      id: true,
      ...documentAccessSelect,
      title: true,
      titleNb: true,
      meetingId: true,
      agendaItemId: true,
      createdAt: true,
      updatedAt: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { id: true, number: true, fileName: true, mimeType: true, size: true, sha256: true, uploadedAt: true },
      },
    },
  });
  // The cursor follows the rows read, not the rows kept, so a page left short by the access check loses nothing.
  const page = rows.slice(0, q.limit);
  const data = page
    .filter((row) => canReadDocument(ANONYMOUS, toAccessFacts(row), now))
    .map((row) => {
      const v = row.versions[0];
      return {
        id: row.id,
        kind: row.kind,
        title: loc(row.title, row.titleNb),
        bodyId: row.bodyId,
        meetingId: row.meetingId,
        agendaItemId: row.agendaItemId,
        createdAt: iso(row.createdAt),
        updatedAt: iso(row.updatedAt),
        latest: v
          ? { versionId: v.id, number: v.number, fileName: v.fileName, mimeType: v.mimeType, size: v.size, sha256: v.sha256, uploadedAt: iso(v.uploadedAt), downloadUrl: downloadPath(v.id) }
          : null,
      };
    });
  return { data, nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null };
}
