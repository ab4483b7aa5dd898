// Cursor paging over stable ids: every list is ordered by id, the cursor is the last id of the page (opaque to
// clients). Ids never change, so a page boundary never shifts when rows are added or edited.
import type { Page } from "./schema";

export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`, "utf8").toString("base64url");
}

/** The id after which the next page starts, or null for the first page; undefined = a cursor we never issued. */
export function decodeCursor(cursor: string | undefined): string | null | undefined {
  if (cursor === undefined) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  return text.startsWith("id:") && text.length > 3 ? text.slice(3) : undefined;
}

/** Rows fetched with `take: limit + 1`: the extra row only says there is a next page. */
export function toPage<R extends { id: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const page = rows.slice(0, limit);
  return { data: page.map(map), nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!.id) : null };
}

/** The Prisma ordering and size of a page; `afterId` goes into its where (a comparison, so a deleted row's id still works). */
export function pageArgs(limit: number) {
  return { orderBy: { id: "asc" as const }, take: limit + 1 };
}
export function afterId(after: string | null): { id?: { gt: string } } {
  return after ? { id: { gt: after } } : {};
}

/** [start, end) of a calendar year in Europe/Oslo (always UTC+1 at New Year, so exact). */
export function yearRange(year: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, 0, 1) - 3_600_000), lt: new Date(Date.UTC(year + 1, 0, 1) - 3_600_000) };
}
