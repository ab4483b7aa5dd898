// Paging for long lists (issue 14.6): offset pages addressed by ?side=N, so every page works without JavaScript and
// can be linked. One helper for the page params, one component (components/lists/pager.tsx) for the links.

export const DEFAULT_PAGE_SIZE = 50;
/** The highest page number accepted: keeps OFFSET bounded whatever is typed into the address bar. */
export const MAX_PAGE = 1000;

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export type Paging = { page: number; pageSize: number; skip: number; take: number };

export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** The page asked for by ?side= (1 when missing or nonsense), and the rows to skip and take for it. */
export function pageParams(searchParams: SearchParamsRecord, pageSize: number = DEFAULT_PAGE_SIZE): Paging {
  const raw = firstParam(searchParams.side);
  const n = /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  const page = Math.min(Math.max(1, n), MAX_PAGE);
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The language-neutral URL of `page` of the list at `path` with the current filters kept (empty values dropped);
 * page 1 has no ?side=.
 */
export function pageHref(path: string, query: Record<string, string | undefined>, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (key !== "side" && value) params.set(key, value);
  if (page > 1) params.set("side", String(page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The filters of a request as plain strings (the first of repeated values), for pageHref. */
export function currentQuery(searchParams: SearchParamsRecord, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, firstParam(searchParams[k])]).filter(([, v]) => v));
}
