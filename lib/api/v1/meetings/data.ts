import "server-only";
// Reads of /api/v1/meetings. The agenda, its case numbers and decisions are left out of a PLANNED meeting by the
// same rule the meeting page uses (isAgendaPublic, lib/meetings/policy.ts).
import type * as z from "zod";
import { prisma } from "@/lib/db/client";
import { isAgendaPublic } from "@/lib/meetings/policy";
import { meetingPath } from "@/lib/meetings/paths";
import type { Page } from "../common/schema";
import { afterId, decodeCursor, pageArgs, toPage, yearRange } from "../common/paging";
import { iso, isoOrNull, loc } from "../common/format";
import { bodyWhere } from "../common/body-filter";
import { BadQuery } from "../common/errors";
import type { ApiMeeting, meetingsQuery } from "./schema";

export async function listMeetings(q: z.infer<typeof meetingsQuery>): Promise<Page<ApiMeeting>> {
  const after = decodeCursor(q.cursor);
  if (after === undefined) throw new BadQuery("cursor", "Unknown cursor");
  const rows = await prisma.meeting.findMany({
    ...pageArgs(q.limit),
    where: {
      ...afterId(after),
      ...bodyWhere(q.body),
      ...(q.year ? { startsAt: yearRange(q.year) } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.changedSince ? { updatedAt: { gte: new Date(q.changedSince) } } : {}),
    },
    select: {
      id: true,
      bodyId: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      status: true,
      cancelledAt: true,
      cancellationReason: true,
      updatedAt: true,
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          titleNb: true,
          caseNumber: { select: { year: true, sequence: true, body: { select: { shortName: true } } } },
          decision: { select: { id: true, kind: true, text: true, textNb: true, decidedAt: true } },
        },
      },
    },
  });
  return toPage(rows, q.limit, (row) => {
    const agendaPublic = isAgendaPublic(row.status);
    return {
      id: row.id,
      bodyId: row.bodyId,
      title: row.title,
      startsAt: iso(row.startsAt),
      endsAt: isoOrNull(row.endsAt),
      location: row.location,
      status: row.status,
      cancelledAt: isoOrNull(row.cancelledAt),
      cancellationReason: row.cancellationReason,
      updatedAt: iso(row.updatedAt),
      agendaPublic,
      agenda: (agendaPublic ? row.agendaItems : []).map((item) => ({
        id: item.id,
        position: item.position,
        kind: item.kind,
        title: loc(item.title, item.titleNb),
        caseNumber: item.caseNumber ? `${item.caseNumber.body.shortName} ${item.caseNumber.sequence}/${item.caseNumber.year}` : null,
        decision: item.decision
          ? { id: item.decision.id, kind: item.decision.kind, text: loc(item.decision.text, item.decision.textNb), decidedAt: iso(item.decision.decidedAt) }
          : null,
      })),
      url: meetingPath(row.id),
    };
  });
}
