// /api/v1/deviation-statistics (issue 20 item 1): the yearly counts of cooperation deviations (samhandlingsavvik) per
// category, area and agreement clause – the table the annual report prints (lib/deviations/statistics.ts), with the
// same small-count suppression. One item per finished year; never a registration's text.
import * as z from "zod";
import { DEVIATION_CATEGORIES } from "@/lib/domain/vocabulary";
import { SMALL_COUNT_LIMIT } from "@/lib/deviations/suppression";
import { localized, pageOf, pageQuery, yearFilter } from "../common/schema";

export const countSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("exact"), value: z.number().int().min(0) }),
    z.object({ kind: z.literal("lessThan"), limit: z.literal(SMALL_COUNT_LIMIT) }).meta({ description: `A count from 1 to ${SMALL_COUNT_LIMIT - 1} (primary suppression)` }),
    z.object({ kind: z.literal("withheld") }).meta({ description: "Held back so that no small count can be worked out from the other numbers (complementary suppression)" }),
  ])
  .meta({ id: "SuppressedCount", description: `A count: exact, "less than ${SMALL_COUNT_LIMIT}", or withheld` });
export type ApiCount = z.infer<typeof countSchema>;

export const deviationStatisticsSchema = z
  .object({
    id: z.string().meta({ description: "The year, as text" }),
    year: z.number().int(),
    periodStart: z.string().meta({ description: "First month counted (YYYY-MM)" }),
    periodEnd: z.string().meta({ description: "Last month counted (YYYY-MM)" }),
    total: countSchema,
    byCategory: z.array(z.object({ category: z.enum(DEVIATION_CATEGORIES), count: countSchema })),
    byArea: z.array(z.object({ areaId: z.string(), slug: z.string(), name: localized("Area"), count: countSchema })).meta({ description: "By utvalsområde (every area, 0 included)" }),
    byClause: z
      .array(
        z.object({
          agreementId: z.string().nullable().meta({ description: "null: no agreement named" }),
          agreementTitle: localized("Agreement").nullable(),
          clause: z.string().nullable().meta({ description: 'A section number ("§ 5.2"); null: none or not a plain section number' }),
          count: countSchema,
        }),
      )
      .meta({ description: "By agreement and clause" }),
  })
  .meta({ id: "DeviationStatistics" });
export type ApiDeviationStatistics = z.infer<typeof deviationStatisticsSchema>;

export const deviationStatisticsQuery = pageQuery.extend({ year: yearFilter }).strict();
export const deviationStatisticsPage = pageOf(deviationStatisticsSchema, "DeviationStatisticsPage");
