import "server-only";
// Reads of /api/v1/deviation-statistics: every number comes from getPublicStatistics (lib/deviations/data.ts), the
// function the annual report uses, so the API and the report print the same suppressed table of a year. Only
// finished years (Europe/Oslo) are published: a year in progress would change month by month, and the difference
// between two successive answers could pin down a month's small count.
import type * as z from "zod";
import { getAgreements, getAreas, getFirstDeviationYear, getPublicStatistics } from "@/lib/deviations/data";
import type { Shown } from "@/lib/deviations/overview";
import { SMALL_COUNT_LIMIT } from "@/lib/deviations/suppression";
import { formatOslo } from "@/lib/i18n/oslo";
import type { Page } from "../common/schema";
import { decodeCursor, encodeCursor } from "../common/paging";
import { loc } from "../common/format";
import { BadQuery } from "../common/errors";
import type { ApiCount, ApiDeviationStatistics, deviationStatisticsQuery } from "./schema";

export function apiCount(shown: Shown): ApiCount {
  if (shown.kind === "suppressed") return { kind: "lessThan", limit: SMALL_COUNT_LIMIT };
  if (shown.kind === "hidden") return { kind: "withheld" };
  return { kind: "exact", value: shown.value };
}

/** The published years: from the first registration to the last finished year, oldest first. */
export async function publishedYears(now: Date): Promise<number[]> {
  const last = Number(formatOslo(now, "yyyy")) - 1;
  const first = await getFirstDeviationYear();
  if (first === null || first > last) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export async function listDeviationStatistics(q: z.infer<typeof deviationStatisticsQuery>, now: Date): Promise<Page<ApiDeviationStatistics>> {
  const after = decodeCursor(q.cursor);
  if (after === undefined || (after !== null && !/^\d{4}$/.test(after))) throw new BadQuery("cursor", "Unknown cursor");
  const years = (await publishedYears(now)).filter((y) => (q.year === undefined || y === q.year) && (after === null || y > Number(after)));
  const page = years.slice(0, q.limit);
  if (page.length === 0) return { data: [], nextCursor: null };
  const [areas, agreements] = await Promise.all([getAreas(), getAgreements()]);
  const area = new Map(areas.map((a) => [a.id, a]));
  const agreement = new Map(agreements.map((a) => [a.id, a]));
  const data = await Promise.all(
    page.map(async (year): Promise<ApiDeviationStatistics> => {
      const s = await getPublicStatistics(year, now);
      const month = String(Math.max(s.periodEndMonth, 1)).padStart(2, "0");
      return {
        id: String(year),
        year,
        periodStart: `${year}-01`,
        periodEnd: `${year}-${month}`,
        total: apiCount(s.total),
        byCategory: s.byCategory.map((r) => ({ category: r.key, count: apiCount(r.count) })),
        byArea: s.byArea.flatMap((r) => {
          const a = area.get(r.key);
          return a ? [{ areaId: a.id, slug: a.slug, name: loc(a.name, a.nameNb), count: apiCount(r.count) }] : [];
        }),
        byClause: s.byClause.map((r) => {
          const a = r.key.agreementId ? agreement.get(r.key.agreementId) : undefined;
          return { agreementId: r.key.agreementId, agreementTitle: a ? loc(a.title, a.titleNb) : null, clause: r.key.clause, count: apiCount(r.count) };
        }),
      };
    }),
  );
  return { data, nextCursor: years.length > q.limit ? encodeCursor(String(page[page.length - 1])) : null };
}
