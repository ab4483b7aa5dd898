// The priority groups of the national plans, from the structure description of the helsefellesskap
// (prisma/structure/bergen.json, issue 20 item 3): the four of Meld. St. 7 (2019–2020) and, from 2024, pregnant women,
// birth and postnatal care (Meld. St. 9 (2023–2024)).
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import bergen from "../structure/bergen.json" with { type: "json" };

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function insertPriorityGroups(prisma: PrismaClient): Promise<number> {
  const { count } = await prisma.priorityGroupDefinition.createMany({
    data: bergen.priorityGroups.map((g, index) => ({
      code: g.code,
      name: g.name.nn,
      nameNb: g.name.nb,
      source: g.source,
      validFrom: day(g.validFrom)!,
      validTo: day(g.validTo),
      sortOrder: index + 1,
    })),
    skipDuplicates: true,
  });
  return count;
}
