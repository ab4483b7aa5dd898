import "server-only";
// Reads of /api/v1/minutes: the meeting page's rule – minutes are public when the meeting is MINUTES_PUBLISHED, and
// only their versions with a publishing time (a later draft correction stays out).
import type * as z from "zod";
import { prisma } from "@/lib/db/client";
import { meetingPath } from "@/lib/meetings/paths";
import type { Page } from "../common/schema";
import { afterId, decodeCursor, encodeCursor, pageArgs, yearRange } from "../common/paging";
import { iso } from "../common/format";
import { BadQuery } from "../common/errors";
import type { ApiMinutes, minutesQuery } from "./schema";

const PUBLISHED = { publishedAt: { not: null } } as const;

export async function listMinutes(q: z.infer<typeof minutesQuery>): Promise<Page<ApiMinutes>> {
  const after = decodeCursor(q.cursor);
  if (after === undefined) throw new BadQuery("cursor", "Unknown cursor");
  const rows = await prisma.minutes.findMany({
    ...pageArgs(q.limit),
    where: {
      ...afterId(after),
      versions: { some: PUBLISHED },
      meeting: {
        status: "MINUTES_PUBLISHED",
        ...(q.body ? { body: { OR: [{ id: q.body }, { slug: q.body }] } } : {}),
        ...(q.year ? { startsAt: yearRange(q.year) } : {}),
      },
      ...(q.changedSince ? { updatedAt: { gte: new Date(q.changedSince) } } : {}),
    },
    select: {
      id: true,
      updatedAt: true,
      meeting: { select: { id: true, bodyId: true, startsAt: true } },
      versions: { where: PUBLISHED, orderBy: { number: "desc" }, select: { number: true, html: true, publishedAt: true, changeNote: true } },
    },
  });
  const page = rows.slice(0, q.limit);
  const data = page.map((row) => {
    const versions = row.versions.map((v) => ({ number: v.number, publishedAt: iso(v.publishedAt!), changeNote: v.changeNote }));
    const latest = row.versions[0]!;
    return {
      id: row.id,
      meetingId: row.meeting.id,
      bodyId: row.meeting.bodyId,
      meetingStartsAt: iso(row.meeting.startsAt),
      current: { ...versions[0]!, html: latest.html },
      history: versions,
      updatedAt: iso(row.updatedAt),
      url: meetingPath(row.meeting.id),
    };
  });
  return { data, nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null };
}
