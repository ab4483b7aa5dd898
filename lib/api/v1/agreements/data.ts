import "server-only";
// Reads of /api/v1/agreements.
import type * as z from "zod";
import { prisma } from "@/lib/db/client";
import type { Page } from "../common/schema";
import { afterId, decodeCursor, pageArgs, toPage } from "../common/paging";
import { day, dayOrNull, iso, loc } from "../common/format";
import { BadQuery } from "../common/errors";
import type { agreementsQuery, ApiAgreement } from "./schema";

export async function listAgreements(q: z.infer<typeof agreementsQuery>): Promise<Page<ApiAgreement>> {
  const after = decodeCursor(q.cursor);
  if (after === undefined) throw new BadQuery("cursor", "Unknown cursor");
  const rows = await prisma.agreement.findMany({
    ...pageArgs(q.limit),
    where: { ...afterId(after), ...(q.kind ? { kind: q.kind } : {}), ...(q.changedSince ? { updatedAt: { gte: new Date(q.changedSince) } } : {}) },
    select: {
      id: true,
      slug: true,
      kind: true,
      number: true,
      title: true,
      titleNb: true,
      summary: true,
      summaryNb: true,
      updatedAt: true,
      versions: {
        orderBy: [{ validFrom: "desc" }, { id: "asc" }],
        select: { id: true, label: true, validFrom: true, validTo: true, adoptedOn: true, adoptedBy: true, note: true },
      },
    },
  });
  return toPage(rows, q.limit, (a) => ({
    id: a.id,
    slug: a.slug,
    kind: a.kind,
    number: a.number,
    title: loc(a.title, a.titleNb),
    summary: { nn: a.summary, nb: a.summaryNb },
    versions: a.versions.map((v) => ({ ...v, validFrom: day(v.validFrom), validTo: dayOrNull(v.validTo), adoptedOn: dayOrNull(v.adoptedOn) })),
    updatedAt: iso(a.updatedAt),
    url: `/avtalar/${encodeURIComponent(a.slug)}`,
  }));
}
