// Shapes shared by every /api/v1 resource (issue 20 item 1): the page envelope, the problem document (RFC 9457) and
// the common query filters. These zod schemas shape the responses AND generate the OpenAPI document (../openapi.ts).
import * as z from "zod";

export const isoDateTime = z.iso.datetime().meta({ description: "ISO 8601 time in UTC", example: "2026-03-12T09:00:00.000Z" });
export const isoDate = z.iso.date().meta({ description: "Calendar date (YYYY-MM-DD)", example: "2026-03-12" });
export const localized = (description: string) =>
  z.object({ nn: z.string(), nb: z.string().nullable() }).meta({ description: `${description}: nynorsk, and bokmål where it differs (null = same as nn)` });

export const problemSchema = z
  .object({
    type: z.string().meta({ description: "A URI naming the kind of problem" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)" });
export type Problem = z.infer<typeof problemSchema>;

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

/** Paging and the changed-since filter every list takes. */
export const pageQuery = z.object({
  cursor: z.string().max(200).optional().meta({ description: "Opaque cursor from the previous page's nextCursor" }),
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT).meta({ description: `Items per page (1–${PAGE_LIMIT_MAX})` }),
});
export const changedSince = z.iso.datetime({ offset: true }).optional().meta({ description: "Only items changed at or after this time" });
export const yearFilter = z.coerce.number().int().min(2000).max(2100).optional().meta({ description: "Calendar year (Europe/Oslo)" });
export const bodyFilter = z.string().max(100).optional().meta({ description: "Body id or slug" });

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z.string().nullable().meta({ description: "Pass as ?cursor= for the next page; null on the last page" }),
    })
    .meta({ id });
}
export type Page<T> = { data: T[]; nextCursor: string | null };
