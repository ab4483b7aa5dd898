import "server-only";
// Reads of /api/v1/parties and /api/v1/areas.
import type * as z from "zod";
import { prisma } from "@/lib/db/client";
import type { Page } from "../common/schema";
import { afterId, decodeCursor, pageArgs, toPage } from "../common/paging";
import { loc } from "../common/format";
import { BadQuery } from "../common/errors";
import type { ApiArea, ApiParty, areasQuery, partiesQuery } from "./schema";

function cursorOf(cursor: string | undefined): string | null {
  const after = decodeCursor(cursor);
  if (after === undefined) throw new BadQuery("cursor", "Unknown cursor");
  return after;
}

export async function listParties(q: z.infer<typeof partiesQuery>): Promise<Page<ApiParty>> {
  const rows = await prisma.party.findMany({
    ...pageArgs(q.limit),
    where: {
      ...afterId(cursorOf(q.cursor)),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.area ? { area: { OR: [{ id: q.area }, { slug: q.area }] } } : {}),
    },
    select: {
      id: true,
      slug: true,
      kind: true,
      side: true,
      name: true,
      nameNb: true,
      shortName: true,
      areaId: true,
      serviceAreas: { orderBy: { areaId: "asc" }, select: { areaId: true, sectorResponsibility: true } },
    },
  });
  return toPage(rows, q.limit, ({ nameNb, name, ...p }) => ({ ...p, name: loc(name, nameNb) }));
}

export async function listAreas(q: z.infer<typeof areasQuery>): Promise<Page<ApiArea>> {
  const rows = await prisma.area.findMany({
    ...pageArgs(q.limit),
    where: afterId(cursorOf(q.cursor)),
    select: {
      id: true,
      slug: true,
      name: true,
      nameNb: true,
      parties: { where: { kind: "MUNICIPALITY" }, orderBy: { id: "asc" }, select: { id: true } },
      bodies: { orderBy: { id: "asc" }, select: { id: true } },
    },
  });
  return toPage(rows, q.limit, (a) => ({
    id: a.id,
    slug: a.slug,
    name: loc(a.name, a.nameNb),
    municipalityIds: a.parties.map((p) => p.id),
    bodyIds: a.bodies.map((b) => b.id),
  }));
}
