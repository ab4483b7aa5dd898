import "server-only";
// Reads of /api/v1/bodies. The current holders are chosen as on the body page (lib/bodies/data.ts): terms that
// include today in Europe/Oslo, personal deputies listed with their principal (S6).
import { prisma } from "@/lib/db/client";
import { bodyPath } from "@/lib/bodies/paths";
import { currentHoldersArgs, osloToday } from "@/lib/membership/in-term";
import type { Page } from "../common/schema";
import { afterId, decodeCursor, pageArgs, toPage } from "../common/paging";
import { day, dayOrNull, iso, loc } from "../common/format";
import { BadQuery } from "../common/errors";
import type { ApiBody } from "./schema";

export async function listBodies(q: { cursor?: string; limit: number; changedSince?: string }, now: Date): Promise<Page<ApiBody>> {
  const after = decodeCursor(q.cursor);
  if (after === undefined) throw new BadQuery("cursor", "Unknown cursor");
  const today = osloToday(now);
  const rows = await prisma.body.findMany({
    ...pageArgs(q.limit),
    where: { ...afterId(after), ...(q.changedSince ? { updatedAt: { gte: new Date(q.changedSince) } } : {}) },
    select: {
      id: true,
      slug: true,
      kind: true,
      shortName: true,
      name: true,
      nameNb: true,
      mandate: true,
      mandateNb: true,
      parentId: true,
      areaId: true,
      establishedOn: true,
      closedOn: true,
      updatedAt: true,
      tasks: { orderBy: { position: "asc" }, select: { text: true, textNb: true } },
      memberships: currentHoldersArgs(today),
    },
  });
  const party = (p: { id: string; name: string; nameNb: string | null } | null) => (p ? { id: p.id, name: loc(p.name, p.nameNb) } : null);
  const name = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
  return toPage(rows, q.limit, (row) => {
    const deputies = new Map(row.memberships.filter((m) => m.principalId).map((m) => [m.principalId!, m]));
    return {
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      shortName: row.shortName,
      name: loc(row.name, row.nameNb),
      mandate: loc(row.mandate, row.mandateNb),
      tasks: row.tasks.map((t) => loc(t.text, t.textNb)),
      parentId: row.parentId,
      areaId: row.areaId,
      establishedOn: dayOrNull(row.establishedOn),
      closedOn: dayOrNull(row.closedOn),
      updatedAt: iso(row.updatedAt),
      holders: row.memberships
        .filter((m) => m.role !== "PERSONAL_DEPUTY")
        .map((m) => {
          const deputy = deputies.get(m.id);
          return {
            membershipId: m.id,
            name: name(m.person),
            title: m.person.title,
            role: m.role,
            seat: m.seat,
            party: party(m.party),
            portfolio: m.portfolio,
            termStart: day(m.termStart),
            termEnd: dayOrNull(m.termEnd),
            personalDeputy: deputy ? { name: name(deputy.person), party: party(deputy.party) } : null,
          };
        }),
      url: bodyPath(row),
    };
  });
}
