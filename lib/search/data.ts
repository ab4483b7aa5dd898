import "server-only";
import { can } from "@/lib/auth/permissions";
import { isStaff, type Viewer } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/config";
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
  /** Plain text with MARK_START/MARK_END around the matched words (never HTML); one language only. */
  snippet: string;
  /** The language of the snippet when the entry keeps both (cases, measures, news); null = not known. */
  snippetLang: Locale | null;
};

export type SearchResult = {
  hits: SearchHit[];
  /** Matches, counted up to COUNT_CAP; with `capped` there are more (shown as "over 500"). */
  total: number;
  capped: boolean;
  /** How many hits can be paged through (the ranked candidates when capped). */
  browsable: number;
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

type Row = Omit<SearchHit, "year" | "snippetLang"> & { year: number | null; candidates: number; snippetNb: string | null };

/**
 * Matches are counted exactly up to this many; past it the page says "over 500" (issue 18.2: counting every match of a
 * common word cost more than ranking the page).
 */
export const COUNT_CAP = 500;
/** Past COUNT_CAP matches only these candidates are ranked (see candidates below). */
const TITLE_CANDIDATES = 200;
const SHORT_CANDIDATES = 150;
const LONG_CANDIDATES = 150;
/** A query word stemmed to at least this many letters also finds the compounds it begins ("legemiddel" → "legemiddellista"). */
const PREFIX_MIN_LETTERS = 5;
/** A quoted lexeme of the tsquery text that is not negated: 'word' but not !'word'. */
const PREFIXABLE = `(?<!!)'([^' ]{${PREFIX_MIN_LETTERS},})'`;

/** The query as typed (the norwegian stemmer, websearch syntax: "phrase", -not, or). */
const exactQuery = (query: string) => Prisma.sql`websearch_to_tsquery('norwegian', ${query})`;
/**
 * The same query with each positive word of PREFIX_MIN_LETTERS or more as a prefix (':*'), so Norwegian compounds are
 * found. A negated word stays exact. It finds everything the exact query finds, and more.
 */
const prefixQuery = (query: string) =>
  Prisma.sql`regexp_replace(websearch_to_tsquery('norwegian', ${query})::text, ${PREFIXABLE}, '''\\1'':*', 'g')::tsquery`;

/**
 * Which entries are ranked. When a query matches COUNT_CAP entries or fewer: all of them, so the order is exactly the
 * order of ranking every match. Past that, a bounded set picked through indexes, without reading every match: the
 * rank (ts_rank_cd, normalised by the log of the length) is high for an entry that has a query word in its title
 * (weight ten times the text's), and then the shorter the higher; or for an entry whose text repeats the words many
 * times, which only long ones do. So: the shortest entries with a query word in the title (GIN on titleSearch), the
 * shortest matches and the longest matches (b-tree on searchLength), at most 500 in all. The ranking fixture
 * (tests/integration/search-ranking.test.ts) holds the top 10 to what ranking every match gave.
 */
function candidates(q: Prisma.Sql, matches: number, where: Prisma.Sql, scored: Prisma.Sql): Prisma.Sql {
  const match = Prisma.sql`search @@ ${q} AND ${where}`;
  // Scored in an outer SELECT: over the rows a part keeps after its LIMIT, not every match it sorts.
  const part = (picked: Prisma.Sql) => Prisma.sql`(SELECT ${scored} FROM (${picked}) picked)`;
  const columns = Prisma.sql`id, date, search`;
  if (matches <= COUNT_CAP) return part(Prisma.sql`SELECT ${columns} FROM "SearchEntry" WHERE ${match}`);
  // In the title part `search @@ q` is checked on the few title matches only (coalesce keeps the planner from also
  // walking the big GIN posting lists of a common word to intersect them); it differs only for a negated word.
  return Prisma.sql`
    ${part(Prisma.sql`SELECT ${columns} FROM "SearchEntry" WHERE "titleSearch" @@ ${q} AND coalesce(search @@ ${q}, false) AND ${where}
     ORDER BY "searchLength", id LIMIT ${TITLE_CANDIDATES}`)}
    UNION
    ${part(Prisma.sql`SELECT ${columns} FROM "SearchEntry" WHERE ${match} ORDER BY "searchLength", id LIMIT ${SHORT_CANDIDATES}`)}
    UNION
    ${part(Prisma.sql`SELECT ${columns} FROM "SearchEntry" WHERE ${match} ORDER BY "searchLength" DESC, id DESC LIMIT ${LONG_CANDIDATES}`)}`;
}

/**
 * Capped counts of the exact and the prefix query's matches: each reads at most COUNT_CAP + 1 matching rows, and the
 * prefix query (a superset) is not counted when the exact one is already past the cap.
 */
async function countMatches(query: string, where: Prisma.Sql): Promise<{ exact: number; all: number; prefixDiffers: boolean }> {
  const capped = (q: Prisma.Sql) =>
    Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM "SearchEntry" WHERE search @@ ${q} AND ${where} LIMIT ${COUNT_CAP + 1}) m)`;
  const [row] = await prisma.$queryRaw<{ exact: number; all: number; differs: boolean }[]>`
    SELECT c.exact, CASE WHEN c.differs AND c.exact <= ${COUNT_CAP} THEN ${capped(prefixQuery(query))} ELSE c.exact END AS "all",
           c.differs
    FROM (SELECT ${capped(exactQuery(query))} AS exact,
                 (${prefixQuery(query)})::text <> (${exactQuery(query)})::text AS differs) c`;
  return { exact: row!.exact, all: row!.all, prefixDiffers: row!.differs };
}

/**
 * An entry's text is "nynorsk ⁤ bokmål" when its source keeps both (LANGUAGE_SEPARATOR, lib/search/mutations.ts).
 * The snippet comes from one part only: the viewer's language when the match is there, else the part that matched.
 */
function pickSnippet(lang: Locale, nn: string, nb: string | null): { snippet: string; snippetLang: Locale | null } {
  if (nb === null) return { snippet: nn, snippetLang: null };
  const parts = { nn, nb };
  const other: Locale = lang === "nn" ? "nb" : "nn";
  const usable = (l: Locale) => parts[l].trim() !== "";
  const matched = (l: Locale) => parts[l].includes(MARK_START);
  const chosen = !usable(lang) || (!matched(lang) && matched(other) && usable(other)) ? other : lang;
  return { snippet: parts[chosen], snippetLang: chosen };
}

async function run(query: string, filters: SearchFilters, viewer: Viewer, page: number, now: Date, lang: Locale) {
  const where = Prisma.sql`${accessCondition(viewer, now)} AND ${filterCondition(filters)}`;
  const counted = await countMatches(query, where);
  if (counted.all === 0) return { hits: [], total: 0, capped: false, browsable: 0 };
  const exact = exactQuery(query);
  const prefix = prefixQuery(query);
  // What the exact query finds comes first, in the order of before (its rank, then date); the compounds that only the
  // prefix query finds follow. Past COUNT_CAP exact matches the compounds would come after all of those: not fetched.
  // Each candidate is scored where it is read (no second visit of its row to rank it): whether the exact query finds it,
  // and its rank. A row picked by two parts scores the same in both, so UNION keeps it once.
  const scored = Prisma.sql`id, date, search @@ ${exact} AS exact,
    CASE WHEN search @@ ${exact} THEN ts_rank_cd('{0.05, 0.05, 0.1, 1.0}', search, ${exact}, 1)
         ELSE ts_rank_cd('{0.05, 0.05, 0.1, 1.0}', search, ${prefix}, 1) END AS rank`;
  const pool =
    counted.prefixDiffers && counted.exact <= COUNT_CAP
      ? Prisma.sql`${candidates(exact, counted.exact, where, scored)} UNION ${candidates(prefix, counted.all, where, scored)}`
      : candidates(exact, counted.exact, where, scored);
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  // Ranking: a word in the title (weight A) counts ten times one in the text (B), and long texts are damped
  // (normalization 1: divided by 1 + log of the length), so the minutes titled "psykisk helse" come before a long
  // paper that merely repeats the word. The text, and ts_headline (the expensive part), only for the page shown.
  const rows = await prisma.$queryRaw<Row[]>`
    WITH pool AS (${pool}),
    ranked AS (
      SELECT id, date, exact, rank FROM pool
      ORDER BY exact DESC, rank DESC, date DESC NULLS LAST, id
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
    )
    SELECT e.id, e.kind::text AS kind, e.title, e."titleNb", e.url, e.year, e.date, e."bodyId",
           (SELECT count(*)::int FROM pool) AS candidates,
           ts_headline('norwegian', split_part(e.text, chr(8292), 1), ${prefix}, ${options}) AS snippet,
           CASE WHEN strpos(e.text, chr(8292)) > 0
                THEN ts_headline('norwegian', split_part(e.text, chr(8292), 2), ${prefix}, ${options}) END AS "snippetNb"
    FROM ranked r JOIN "SearchEntry" e ON e.id = r.id
    ORDER BY r.exact DESC, r.rank DESC, r.date DESC NULLS LAST, r.id`;
  const capped = counted.all > COUNT_CAP;
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
      ...pickSnippet(lang, row.snippet, row.snippetNb),
    })),
    total: Math.min(counted.all, COUNT_CAP),
    capped,
    // Past the cap only the candidates can be paged through; below it every match can.
    browsable: capped ? (rows[0]?.candidates ?? COUNT_CAP) : counted.all,
  };
}

/**
 * Words of a query that the index does not know, each replaced by the closest known word (or kept).
 * SECURITY: the word list (SearchWord) holds the words of every entry, restricted ones too. A suggestion is only
 * offered when an entry the viewer may read contains that very word (same access condition as the hits), so a
 * "Meinte du …" never spells out a word of a paper the viewer may not read. The trigram index picks a bounded set
 * of candidates first; only those are checked against the entries (GIN on the search vector, then the exact word).
 */
async function corrected(query: string, viewer: Viewer, now: Date): Promise<string | null> {
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
      SELECT c.word FROM (
        SELECT word, similarity(word, ${word}) AS sim FROM "SearchWord" WHERE word % ${word}
        ORDER BY sim DESC, word LIMIT ${SUGGESTION_CANDIDATES}
      ) c
      WHERE EXISTS (
        SELECT 1 FROM "SearchEntry"
        WHERE search @@ plainto_tsquery('norwegian', c.word) AND ${accessCondition(viewer, now)}
          AND to_tsvector('simple', title || ' ' || coalesce("titleNb", '') || ' ' || text) @@ plainto_tsquery('simple', c.word)
      )
      ORDER BY c.sim DESC, c.word LIMIT 1`;
    const best = rows[0]?.word;
    if (best && best !== word) changed = true;
    out.push(best ?? word);
  }
  return changed ? out.join(" ") : null;
}

/** How many similar words are checked for a suggestion (bounded work per query word). */
const SUGGESTION_CANDIDATES = 20;

export async function searchPublic(
  query: string,
  filters: SearchFilters,
  viewer: Viewer,
  options: { page?: number; now?: Date; lang?: Locale } = {},
): Promise<SearchResult> {
  const q = query.trim().slice(0, 200);
  if (!q) return { hits: [], total: 0, capped: false, browsable: 0, correctedQuery: null };
  const page = Math.max(1, Math.min(options.page ?? 1, 50));
  const now = options.now ?? new Date();
  const lang = options.lang ?? "nn";
  const first = await run(q, filters, viewer, page, now, lang);
  if (first.total > 0) return { ...first, correctedQuery: null };
  const fixed = await corrected(q, viewer, now);
  if (!fixed) return { ...first, correctedQuery: null };
  const second = await run(fixed, filters, viewer, page, now, lang);
  return { ...second, correctedQuery: second.total > 0 ? fixed : null };
}

// ───────────── a case reference typed into the search box ─────────────

export type CaseReferenceHit = { caseId: string; reference: string; title: string; url: string; numbers: string[] };

const REFERENCE = /^SAK-(\d{4})-(\d{1,6})$/i;
/** A body's short name ("SSU", "OU Nord"), the sequence and the year. */
const CASE_NUMBER = /^(\p{L}[\p{L}\p{N} -]*?)\s+(\d{1,5})\s*\/\s*(\d{4})$/u;

/**
 * "SAK-2026-0062" (the receipt reference) or "SSU 12/2026" (a body's case number) finds that case – for those allowed
 * to see it, and at the page where they may: the case desk (secretariat, the prioritising group of the case's body),
 * the partner's own cases (the submitting party), or the public case page (on a noticed agenda). Anyone else gets
 * nothing, the same as a reference that does not exist.
 */
export async function findCaseByReference(query: string, viewer: Viewer, now: Date = new Date()): Promise<CaseReferenceHit | null> {
  const q = query.trim().replace(/\s+/g, " ");
  const ref = REFERENCE.exec(q);
  const num = ref ? null : CASE_NUMBER.exec(q);
  if (!ref && !num) return null;
  const found = await prisma.case.findFirst({
    where: ref
      ? { reference: `SAK-${ref[1]}-${ref[2]!.padStart(4, "0")}` }
      : { numbers: { some: { year: Number(num![3]), sequence: Number(num![2]), body: { shortName: { equals: num![1]!, mode: "insensitive" } } } } },
    select: {
      id: true,
      reference: true,
      title: true,
      currentBodyId: true,
      submitterPartyId: true,
      numbers: {
        orderBy: { assignedAt: "asc" },
        select: {
          year: true,
          sequence: true,
          body: { select: { shortName: true } },
          agendaItem: { select: { meeting: { select: { noticeSentAt: true, status: true, cancelledAt: true } } } },
        },
      },
    },
  });
  if (!found) return null;
  const numbers = found.numbers.map((n) => `${n.body.shortName} ${n.sequence}/${n.year}`);
  const own = { caseId: found.id, reference: found.reference, title: found.title, numbers };
  if (can(viewer, "case.triage", { bodyId: found.currentBodyId }, now)) return { ...own, url: `/saksbehandling/${found.id}` };
  if (viewer.partyId !== null && can(viewer, "case.follow", { partyId: found.submitterPartyId }, now)) {
    return { ...own, url: `/mine-saker/${found.id}` };
  }
  // The public sees a case once it stands on the agenda of a noticed meeting (the rule of publicCase, lib/cases/data.ts;
  // the public case page shows the title and reference too).
  const shown = found.numbers.find(
    (n) => n.agendaItem && n.agendaItem.meeting.cancelledAt === null && (n.agendaItem.meeting.noticeSentAt !== null || n.agendaItem.meeting.status !== "PLANNED"),
  );
  if (!shown) return null;
  return { ...own, url: `/sak/${found.id}` };
}
