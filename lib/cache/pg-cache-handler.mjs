// Next's incremental cache (unstable_cache in lib/public-cache.ts, ISR pages, route handlers, optimized images), kept
// in the portal's own PostgreSQL database (tables "CacheEntry" and "CacheTag", prisma/schema.prisma) instead of each
// process's memory and .next/cache (issue 18 item 1). Configured in next.config.ts (`cacheHandler`, with
// `cacheMaxMemorySize: 0`: no in-process copy).
//
// - Shared: every instance on one database reads the same entries; revalidateTag writes the tag's expiry time to
//   "CacheTag", so an entry another instance filled before that time is a miss on every instance at once.
// - Never past a tag expiry: a read from the database returns the entry together with whether any of its tags (its
//   own, Next's implicit path tags, a page's x-next-cache-tags, the tags the reader passes) expired after the entry
//   was stored, and with the tag mark: a digest of every tag event (stale or expired) that has happened by now, on
//   any instance (finding 3 of issue 18: entries read back from .next/cache after a write had expired their tag).
// - One query per request, not one per entry (issue 18 item 2: queries per render): the process keeps a bounded copy
//   of what it read (CACHE_MEMORY_MB, default 8), each with the tag mark of its read. A read that does go to the
//   database gets the value only when the row changed since this process's copy of it (its lastModified). Next makes a handler for every
//   request; its first read learns the request's mark, and a later read of the same request is answered from memory
//   when its copy has that mark. An unchanged mark means no tag event since the copy was read, so the copy is exactly
//   what the database would answer (up to the entry's own revalidate time, which Next judges from lastModified). A
//   revalidateTag through this process empties the copy at once; one through another instance changes the mark.
// - Never another database's data: the cache lives in the database DATABASE_URL points to, so a portal started
//   against another database (from the same checkout, or after DATABASE_URL changed) starts with that database's
//   (empty) cache. Keys are prefixed with the build id, so a new build never reads entries shaped by an old one.
// - Faults: a database error is a miss on read and a skipped write (logged); the page is then rendered as if nothing
//   was cached.
//
// Plain JavaScript with raw `pg` (already the Prisma adapter's driver) because Next imports this file itself at run
// time, outside the app's bundle: neither TypeScript nor the generated Prisma client (lib/db) can be loaded here.
// Expired rows are purged by housekeeping (lib/housekeeping/mutations.ts).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { addPagePolicy } from "./page-csp.mjs";

/** The embedded default (lib/db/url.ts), repeated here because this file cannot import TypeScript. */
const DEFAULT_EMBEDDED_PORT = 54329;
/** An entry without a revalidate time is kept this long at most (ms). */
const LONGEST_LIFE_MS = 7 * 24 * 3_600_000;
/** How long after its revalidate time an entry may still be served stale while it is refreshed. */
const STALE_FACTOR = 2;

const NOW_MS = "(extract(epoch from clock_timestamp()) * 1000)::bigint";

/** Every tag event that has happened by now: a tag's stale time or expiry once passed (a later expiry counts when it
 *  comes). Few rows (one per tag: the domains' and the route patterns'), so a scan per request is cheap. */
const TAG_MARK = `(SELECT md5(COALESCE(string_agg(t."tag" || ':' || COALESCE(CASE WHEN t."staleAt" <= ${NOW_MS} THEN t."staleAt"::text END, '-')
                  || ':' || CASE WHEN t."expiredAt" <= ${NOW_MS} THEN t."expiredAt"::text ELSE '-' END, ',' ORDER BY t."tag"), ''))
                  FROM "CacheTag" t)`;

/** The process's copy of entries read, per database: key → { text, lastModified, stale, expiresAt, mark }. */
const MEMORY = Symbol.for("saman.cacheHandlerMemory");
/** An entry larger than this is not copied (a page's payload): it is read from the database each time. */
const LARGEST_COPIED = 512 * 1024;

function memoryBudget() {
  const mb = Number(process.env.CACHE_MEMORY_MB ?? 8);
  return Number.isFinite(mb) && mb >= 0 ? mb * 1024 * 1024 : 8 * 1024 * 1024;
}

/** @param {string} url @returns {{ entries: Map<string, { text: string; lastModified: number; stale: boolean; expiresAt: number; mark: string }>; bytes: number }} */
function memoryFor(url) {
  /** @type {Map<string, any>} */
  const all = (globalThis[MEMORY] ??= new Map());
  let memory = all.get(url);
  if (!memory) {
    memory = { entries: new Map(), bytes: 0 };
    all.set(url, memory);
  }
  return memory;
}

function forget(memory, key) {
  const old = memory.entries.get(key);
  if (old) {
    memory.bytes -= old.text.length;
    memory.entries.delete(key);
  }
}

function remember(memory, key, copy) {
  forget(memory, key);
  const budget = memoryBudget();
  if (copy.text.length > Math.min(LARGEST_COPIED, budget)) return;
  memory.entries.set(key, copy);
  memory.bytes += copy.text.length;
  // Oldest first out (a Map iterates in insertion order; a hit re-inserts, so this is least recently used).
  for (const [oldest, entry] of memory.entries) {
    if (memory.bytes <= budget) break;
    memory.bytes -= entry.text.length;
    memory.entries.delete(oldest);
  }
}

function clear(memory) {
  memory.entries.clear();
  memory.bytes = 0;
}

function databaseUrl() {
  return process.env.DATABASE_URL || `postgresql://postgres@127.0.0.1:${process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT}/postgres`;
}

/** One small pool per database and process (Next constructs a handler for every request). */
const POOLS = Symbol.for("saman.cacheHandlerPools");

/** @param {string} url @returns {pg.Pool} */
function poolFor(url) {
  /** @type {Map<string, pg.Pool>} */
  const pools = (globalThis[POOLS] ??= new Map());
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: Number(process.env.CACHE_POOL_SIZE ?? 3), allowExitOnIdle: true });
    pool.on("error", (error) => console.warn("cache handler: idle database connection failed:", error.message));
    pools.set(url, pool);
  }
  return pool;
}

/** Closes the pools this process opened (tests; a stopping server lets them go idle). */
export async function closeCachePools() {
  const pools = globalThis[POOLS];
  if (!pools) return;
  globalThis[POOLS] = undefined;
  await Promise.all([...pools.values()].map((pool) => pool.end()));
}

// Values hold Buffers (page RSC payloads, images) and Maps (segment data): JSON with markers keeps them.
const BUFFER = "$cacheBuffer";
const MAP = "$cacheMap";

/** @param {unknown} value */
export function encodeValue(value) {
  return JSON.stringify(value, function replacer(key, current) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { [BUFFER]: raw.toString("base64") };
    if (raw instanceof Map) return { [MAP]: [...raw.entries()] };
    return current;
  });
}

/** @param {string} text */
export function decodeValue(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === BUFFER) return Buffer.from(value[BUFFER], "base64");
      if (keys.length === 1 && keys[0] === MAP) return new Map(value[MAP]);
    }
    return value;
  });
}

/** @param {unknown} values @returns {string[]} */
function strings(values) {
  return Array.isArray(values) ? values.filter((value) => typeof value === "string" && value.length > 0) : [];
}

/** The tags an entry depends on: the caller's, the value's own, and a rendered page's x-next-cache-tags. */
function tagsOf(data, ctx) {
  const tags = new Set([...strings(ctx?.tags), ...strings(ctx?.softTags), ...strings(data?.tags)]);
  const header = data?.headers?.["x-next-cache-tags"];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  return [...tags];
}

/** Seconds until the entry should be refreshed, or undefined when it never needs to be. */
function revalidateSeconds(data, ctx) {
  const candidates = [data?.revalidate, ctx?.revalidate, ctx?.cacheControl?.revalidate];
  for (const value of candidates) if (typeof value === "number" && value > 0) return value;
  return undefined;
}

/** @param {string | undefined} serverDistDir */
function buildIdOf(serverDistDir) {
  if (!serverDistDir) return "dev";
  try {
    return fs.readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim() || "dev";
  } catch {
    return "dev";
  }
}

export default class PostgresCacheHandler {
  /**
   * @param {{ serverDistDir?: string; dev?: boolean; databaseUrl?: string; buildId?: string }} ctx Next's
   *   CacheHandlerContext; `databaseUrl` and `buildId` are for tests (Next passes neither).
   */
  constructor(ctx = {}) {
    this.url = ctx.databaseUrl ?? databaseUrl();
    this.prefix = `${ctx.buildId ?? buildIdOf(ctx.serverDistDir)}:`;
    // `next build` prerenders with this handler too; the build must not need (or fill) a database.
    this.disabled = process.env.NEXT_PHASE === "phase-production-build";
  }

  /** @param {string} key @param {Record<string, unknown>} [ctx] */
  async get(key, ctx = {}) {
    if (this.disabled) return null;
    const readerTags = tagsOf(null, ctx);
    const memoryKey = `${this.prefix}${key}\u0000${[...readerTags].sort().join(",")}`;
    const memory = memoryFor(this.url);
    try {
      // The request's first read (or one running beside it) learns the mark; the reads after it may use memory.
      const requestMark = this.mark ? await this.mark : null;
      const copy = requestMark ? memory.entries.get(memoryKey) : undefined;
      if (copy && copy.mark === requestMark && copy.expiresAt > Date.now()) {
        memory.entries.delete(memoryKey);
        memory.entries.set(memoryKey, copy);
        return this.answer(copy);
      }
      // What this process already holds of the entry, from any earlier request: when the row is still the one it was
      // read from (same lastModified), the database leaves the value out and the copy is used – a page's entry is a
      // few hundred kB, which every anonymous request would otherwise fetch and parse anew.
      const known = memory.entries.get(memoryKey);
      const read = poolFor(this.url).query(
        `SELECT m.mark, CASE WHEN e."lastModified" = $3::bigint THEN NULL ELSE e."value" END AS "value", e."lastModified" IS NOT NULL AS "found",
                e."lastModified"::text AS "lastModified", e."expiresAt"::text AS "expiresAt", e."expired", e."stale"
           FROM (SELECT ${TAG_MARK} AS mark) m
           LEFT JOIN LATERAL (
             SELECT e."value", e."lastModified", e."expiresAt",
                    EXISTS (SELECT 1 FROM "CacheTag" t WHERE t."tag" = ANY (e."tags" || $2::text[])
                              AND t."expiredAt" >= e."lastModified" AND t."expiredAt" <= ${NOW_MS}) AS "expired",
                    EXISTS (SELECT 1 FROM "CacheTag" t WHERE t."tag" = ANY (e."tags" || $2::text[])
                              AND t."staleAt" >= e."lastModified") AS "stale"
               FROM "CacheEntry" e WHERE e."key" = $1 AND e."expiresAt" > ${NOW_MS}) e ON true`,
        [this.prefix + key, readerTags, known ? String(known.lastModified) : null],
      );
      // A failed read gives no mark (and no unhandled rejection): the reads after it go to the database themselves.
      this.mark ??= read.then(({ rows }) => rows[0].mark, () => null);
      const row = (await read).rows[0];
      const text = row.value ?? (row.found ? known?.text : undefined);
      if (!text || row.expired) {
        forget(memory, memoryKey);
        return null;
      }
      const fresh = { text, lastModified: Number(row.lastModified), stale: row.stale, expiresAt: Number(row.expiresAt), mark: row.mark };
      remember(memory, memoryKey, fresh);
      return this.answer(fresh);
    } catch (error) {
      console.warn("cache handler: read failed, rendering without the cache:", error instanceof Error ? error.message : error);
      return null;
    }
  }

  /** The entry as Next wants it, decoded anew for every reader (Next may change what it gets). */
  answer(copy) {
    const value = decodeValue(copy.text);
    // A tag marked stale (revalidateTag with a later expiry) makes the entry old enough for Next to serve it once
    // more and refresh it in the background.
    return { lastModified: copy.stale ? 0 : copy.lastModified, value: value.value, cacheControl: value.cacheControl };
  }

  /** @param {string} key @param {Record<string, any> | null} data @param {Record<string, any>} [ctx] */
  async set(key, data, ctx = {}) {
    if (this.disabled) return;
    // Before anything is awaited: on a miss Next sends the first visitor the very headers object it hands over here.
    if (data?.kind === "APP_PAGE") addPagePolicy(data);
    // The copies of this key (under any reader's tags) are older than what is written now.
    const memory = memoryFor(this.url);
    for (const memoryKey of memory.entries.keys()) if (memoryKey.startsWith(`${this.prefix}${key}\u0000`)) forget(memory, memoryKey);
    try {
      const pool = poolFor(this.url);
      if (!data) {
        await pool.query(`DELETE FROM "CacheEntry" WHERE "key" = $1`, [this.prefix + key]);
        return;
      }
      const revalidate = revalidateSeconds(data, ctx);
      const lifeMs = revalidate === undefined ? LONGEST_LIFE_MS : Math.min(revalidate * 1000 * STALE_FACTOR, LONGEST_LIFE_MS);
      await pool.query(
        `INSERT INTO "CacheEntry" ("key", "value", "tags", "lastModified", "expiresAt")
         VALUES ($1, $2, $3::text[], ${NOW_MS}, ${NOW_MS} + $4::bigint)
         ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "tags" = EXCLUDED."tags",
           "lastModified" = EXCLUDED."lastModified", "expiresAt" = EXCLUDED."expiresAt"`,
        [this.prefix + key, encodeValue({ value: data, cacheControl: ctx.cacheControl }), tagsOf(data, ctx), Math.round(lifeMs)],
      );
    } catch (error) {
      console.warn("cache handler: write failed, entry not cached:", error instanceof Error ? error.message : error);
    }
  }

  /**
   * Expires (or, with a later `expire`, marks stale) every entry carrying one of the tags, on every instance: the
   * time is the database's, so instances' clocks do not matter. Unlike reads, a failure here is thrown: the write that
   * asked for it must not look as if its change were visible.
   * @param {string | string[]} tags @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const list = [...new Set(typeof tags === "string" ? [tags] : tags)].filter(Boolean);
    if (this.disabled || list.length === 0) return;
    // Next's semantics (file-system-cache.js): no durations = expired now; durations = stale now, expired after
    // `expire` seconds if given.
    const staleNow = durations !== undefined;
    const expireMs = durations === undefined ? 0 : durations.expire === undefined ? null : Math.round(durations.expire * 1000);
    // This request's later reads and every copy in this process go back to the database (other instances see the
    // new mark).
    this.mark = undefined;
    clear(memoryFor(this.url));
    await poolFor(this.url).query(
      `INSERT INTO "CacheTag" ("tag", "staleAt", "expiredAt")
       SELECT tag, CASE WHEN $2::boolean THEN ${NOW_MS} END, ${NOW_MS} + $3::bigint FROM unnest($1::text[]) AS tag
       ON CONFLICT ("tag") DO UPDATE SET "staleAt" = COALESCE(EXCLUDED."staleAt", "CacheTag"."staleAt"),
         "expiredAt" = COALESCE(EXCLUDED."expiredAt", "CacheTag"."expiredAt")`,
      [list, staleNow, expireMs],
    );
  }

  /** Next calls this when a request starts: the request's reads learn the mark anew. */
  resetRequestCache() {
    this.mark = undefined;
  }
}
