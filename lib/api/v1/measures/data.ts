import "server-only";
// Reads of /api/v1/measures.
import type * as z from "zod";
import { prisma } from "@/lib/db/client";
import type { Page } from "../common/schema";
import { afterId, decodeCursor, pageArgs, toPage } from "../common/paging";
import { dayOrNull, iso, loc } from "../common/format";
import { BadQuery } from "../common/errors";
import { priorityGroupCatalog } from "@/lib/structure/data";
import type { ApiMeasure, measuresQuery } from "./schema";

export async function listMeasures(q: z.infer<typeof measuresQuery>): Promise<Page<ApiMeasure>> {
  const after = decodeCursor(q.cursor);
  if (after === undefined) throw new BadQuery("cursor", "Unknown cursor");
  const groups = await priorityGroupCatalog();
  const rows = await prisma.measure.findMany({
    ...pageArgs(q.limit),
    where: {
      ...afterId(after),
      ...(q.year ? { part: { plan: { year: q.year } } } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.body ? { responsibleBody: { OR: [{ id: q.body }, { slug: q.body }] } } : {}),
      ...(q.changedSince ? { updatedAt: { gte: new Date(q.changedSince) } } : {}),
    },
    select: {
      id: true,
      code: true,
      title: true,
      titleNb: true,
      description: true,
      descriptionNb: true,
      priorityGroups: true,
      responsibleBodyId: true,
      ownerPartyId: true,
      ownerName: true,
      deadline: true,
      status: true,
      progress: true,
      statusNote: true,
      updatedAt: true,
      part: { select: { number: true, title: true, titleNb: true, plan: { select: { year: true } } } },
      statusUpdates: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { status: true, progress: true, note: true, at: true } },
    },
  });
  return toPage(rows, q.limit, (m) => ({
    id: m.id,
    planYear: m.part.plan.year,
    part: { number: m.part.number, title: loc(m.part.title, m.part.titleNb) },
    code: m.code,
    title: loc(m.title, m.titleNb),
    description: { nn: m.description, nb: m.descriptionNb },
    priorityGroups: m.priorityGroups,
    priorityGroupNames: groups.filter((g) => m.priorityGroups.includes(g.code)).map((g) => ({ code: g.code, name: loc(g.name, g.nameNb) })),
    responsibleBodyId: m.responsibleBodyId,
    ownerPartyId: m.ownerPartyId,
    ownerName: m.ownerName,
    deadline: dayOrNull(m.deadline),
    status: m.status,
    progress: m.progress,
    statusNote: m.statusNote,
    history: m.statusUpdates.map((u) => ({ ...u, at: iso(u.at) })),
    updatedAt: iso(m.updatedAt),
    url: `/handlingsplan/tiltak/${encodeURIComponent(m.id)}`,
  }));
}
