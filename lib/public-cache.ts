// The public pages' data cache. Everything cached here is what an anonymous visitor may see (never per-user data):
// data functions call `cachedPublic` only for the ANONYMOUS viewer. Entries carry one tag per domain; a write calls
// `revalidatePublic([...])` right next to it, so the next visitor sees the change at once.
import { revalidateTag, unstable_cache } from "next/cache";
import { frozen, parseOnce } from "./cache/parse-once";

export const PUBLIC_TAGS = {
  meetings: "meetings",
  minutes: "minutes",
  news: "news",
  actionPlan: "action-plan",
  agreements: "agreements",
  bodies: "bodies",
  search: "search",
  indicators: "indicators",
} as const;

export type PublicTag = (typeof PUBLIC_TAGS)[keyof typeof PUBLIC_TAGS];

/** How long an entry lives without a write (a safety net: writes revalidate at once). */
const MAX_AGE_SECONDS = 3600;
/** The longest an entry may be served: what is cached must stay right for that long (lib/documents/view redaction). */
export const PUBLIC_CACHE_MAX_AGE_MS = MAX_AGE_SECONDS * 1000;

// unstable_cache stores JSON: Dates would come back as strings on a cache hit (but as Dates on a miss). Encoding them
// ourselves keeps the type honest either way.
const DATE_KEY = "$date";

function encode(value: unknown): string {
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, current: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_KEY]: raw.toISOString() } : current;
  });
}

function decode<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === "object" && DATE_KEY in value && Object.keys(value).length === 1) {
      return new Date((value as Record<string, string>)[DATE_KEY]!);
    }
    return value;
  }) as T;
}

/**
 * Caches `load(...args)` under `key` + the arguments, tagged with `tags`. Outside a Next server (scripts, Vitest)
 * there is no incremental cache, so it simply calls `load`.
 */
export function cachedPublic<Args extends (string | number | boolean | null)[], T>(
  key: string,
  tags: PublicTag[],
  load: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T> {
  const cached = unstable_cache(async (...args: Args) => encode(await load(...args)), ["public", key], {
    tags,
    revalidate: MAX_AGE_SECONDS,
  });
  // The value is deep-frozen (lib/cache/parse-once.ts): inside Next one decoded value serves every render until the
  // entry changes; outside (Vitest, scripts) it is frozen too, so a caller that changed it fails in the tests as well.
  return async (...args: Args) => {
    if (!insideNextServer()) return frozen(await load(...args));
    return parseOnce(`public\u0000${key}\u0000${JSON.stringify(args)}`, await cached(...args), decode<T>);
  };
}

function insideNextServer(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs" && !process.env.VITEST;
}

/** Expires the public cache of these domains at once (call next to the write that changed them). */
export function revalidatePublic(tags: PublicTag[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

const everyPublicTag = unstable_cache(async () => true, ["public", "every-tag"], {
  tags: Object.values(PUBLIC_TAGS),
  revalidate: MAX_AGE_SECONDS,
});

/**
 * Gives the page being rendered every public tag (an ISR page collects the tags of the cached reads it makes): the
 * anonymous pages (app/anon) are expired by any public write, including one of data the page reads uncached.
 */
export async function tagAllPublic(): Promise<void> {
  if (insideNextServer()) await everyPublicTag();
}
