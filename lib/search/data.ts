import "server-only";
import { isStaff, type Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import type { SearchKind } from "@/lib/domain/vocabulary";

// One search box over minutes, documents (text extracted from PDFs), cases, measures and news.
// PostgreSQL full-text search with the norwegian stemmer ranks the hits; a query that finds nothing is retried with
// each unknown word replaced by the most similar indexed word (pg_trgm), so small typos still find things.
// Only what the viewer may see: public entries, entries whose publicFrom has passed, and for members/staff the
// restricted entries of their bodies.

/** Marks around highlighted words in snippets; characters that never occur in the indexed text. */
export const MARK_START = "\u2063[[";
export const MARK_END = "]]\u2063";

export type SearchFilters = { kind: SearchKind | null; bodyId: string | null; year: number | null };

export type SearchHit = {
  id: string;
  kind: SearchKind;
  title: string;
  titleNb: string | null;
  url: string;
  year: number | null;
  date: Date | null;
  bodyId: string | null;
  /** Plain text with MARK_START/MARK_END around the matched words (never HTML). */
  snippet: string;
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  /** The query actually run when the typed one found nothing and a corrected one did. */
  correctedQuery: string | null;
};

export const PAGE_SIZE = 20;

function accessCondition(viewer: Viewer, now: Date): Prisma.Sql {
  const open = Prisma.sql`(visibility = 'PUBLIC' OR ("publicFrom" IS NOT NULL AND "publicFrom" <= ${now}))`;
  if (isStaff(viewer)) return Prisma.sql`TRUE`;
  if (viewer.memberBodyIds.length > 0) {
    return Prisma.sql`(${open} OR (visibility = 'BODY_MEMBERS' AND "bodyId" IN (${Prisma.join([...viewer.memberBodyIds])})))`;
  }
  return open;
}

function filterCondition(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.kind) parts.push(Prisma.sql`kind = ${filters.kind}::"SearchKind"`);
  if (filters.bodyId) parts.push(Prisma.sql`"bodyId" = ${filters.bodyId}`);
  if (filters.year) parts.push(Prisma.sql`year = ${filters.year}`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

type Row = Omit<SearchHit, "year"> & { year: number | null; total: bigint };

async function run(query: string, filters: SearchFilters, viewer: Viewer, page: number, now: Date) {
  const where = Prisma.sql`search @@ q.query AND ${accessCondition(viewer, now)} AND ${filterCondition(filters)}`;
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  // Rank and count over slim rows (id, rank, date) first: a common word matches over 10,000 entries in the bench
  // data, and carrying each match's text through the sort and the count was most of the cost. The text, and
  // ts_headline (the expensive part), only for the page shown.
  // Ranking: a word in the title (weight A) counts ten times one in the text (B), and long texts are damped
  // (normalization 1: divided by 1 + log of the length), so the minutes titled "psykisk helse" come before a long
  // paper that merely repeats the word.
  const rows = await prisma.$queryRaw<Row[]>`
    WITH q AS (SELECT websearch_to_tsquery('norwegian', ${query}) AS query),
    ranked AS (
      SELECT e.id, e.date, ts_rank_cd('{0.05, 0.05, 0.1, 1.0}', e.search, q.query, 1) AS rank, count(*) OVER () AS total
      FROM "SearchEntry" e, q WHERE ${where}
      ORDER BY rank DESC, e.date DESC NULLS LAST, e.id
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
    )
    SELECT e.id, e.kind::text AS kind, e.title, e."titleNb", e.url, e.year, e.date, e."bodyId", r.total,
           ts_headline('norwegian', e.text, q.query, ${options}) AS snippet
    FROM ranked r JOIN "SearchEntry" e ON e.id = r.id, q
    ORDER BY r.rank DESC, r.date DESC NULLS LAST, r.id`;
  return {
    hits: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      titleNb: row.titleNb,
      url: row.url,
      year: row.year === null ? null : Number(row.year),
      date: row.date,
      bodyId: row.bodyId,
      snippet: row.snippet,
    })),
    total: rows.length ? Number(rows[0]!.total) : 0,
  };
}

/** Words of a query that the index does not know, each replaced by the closest known word (or kept). */
async function corrected(query: string): Promise<string | null> {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length || words.length > 6) return null;
  let changed = false;
  const out: string[] = [];
  for (const word of words) {
    if (word.length < 4) {
      out.push(word);
      continue;
    }
    const rows = await prisma.$queryRaw<{ word: string }[]>`
      SELECT word FROM "SearchWord" WHERE word % ${word}
      ORDER BY similarity(word, ${word}) DESC, word LIMIT 1`;
    const best = rows[0]?.word;
    if (best && best !== word) changed = true;
    out.push(best ?? word);
  }
  return changed ? out.join(" ") : null;
}

export async function searchPublic(
  query: string,
  filters: SearchFilters,
  viewer: Viewer,
  options: { page?: number; now?: Date } = {},
): Promise<SearchResult> {
  const q = query.trim().slice(0, 200);
  if (!q) return { hits: [], total: 0, correctedQuery: null };
  const page = Math.max(1, Math.min(options.page ?? 1, 50));
  const now = options.now ?? new Date();
  const first = await run(q, filters, viewer, page, now);
  if (first.total > 0) return { ...first, correctedQuery: null };
  const fixed = await corrected(q);
  if (!fixed) return { ...first, correctedQuery: null };
  const second = await run(fixed, filters, viewer, page, now);
  return { ...second, correctedQuery: second.total > 0 ? fixed : null };
}
