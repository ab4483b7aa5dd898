// Search index maintenance. `reindexSearch` rebuilds every entry from the source tables in one transaction (seed,
// bench generator, repair); later mutations update single entries with the same SQL, filtered to one source row.
import type { PrismaClient } from "@/lib/db/generated/prisma/client";

// Text in two languages (cases, measures, news) is stored as "nynorsk U+2064 bokmål" (LANGUAGE_SEPARATOR): one
// vector serves both, and the snippet is cut from one part only (lib/search/data.ts), never the two glued together.
export const LANGUAGE_SEPARATOR = "\u2064";

// Each statement inserts one kind. Entries keep the access facts of their source; the query filters on them.
// Minutes: the newest published version of each published meeting's minutes.
const MINUTES = `
INSERT INTO "SearchEntry" (id, kind, "refId", title, "titleNb", text, "bodyId", year, date, visibility, "publicFrom", url, "updatedAt")
SELECT 'MINUTES:' || m.id, 'MINUTES', m.id,
       'Referat: ' || b.name || ' ' || to_char(m."startsAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Oslo', 'DD.MM.YYYY'),
       'Referat: ' || coalesce(b."nameNb", b.name) || ' ' || to_char(m."startsAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Oslo', 'DD.MM.YYYY'),
       v.text, m."bodyId", EXTRACT(YEAR FROM m."startsAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Oslo')::int, m."startsAt",
       'PUBLIC', NULL, '/mote/' || m.id, v."createdAt"
FROM "Meeting" m
JOIN "Body" b ON b.id = m."bodyId"
JOIN "Minutes" mi ON mi."meetingId" = m.id
JOIN LATERAL (
  SELECT text, "createdAt" FROM "MinutesVersion" WHERE "minutesId" = mi.id AND "publishedAt" IS NOT NULL ORDER BY number DESC LIMIT 1
) v ON true
WHERE m.status = 'MINUTES_PUBLISHED'`;

// Documents: title and the newest version's extracted text; the page that lists the document is the target.
const DOCUMENTS = `
INSERT INTO "SearchEntry" (id, kind, "refId", title, "titleNb", text, "bodyId", year, date, visibility, "publicFrom", url, "updatedAt")
SELECT 'DOCUMENT:' || d.id, 'DOCUMENT', d.id, d.title, d."titleNb", coalesce(v."extractedText", ''),
       coalesce(d."bodyId", m."bodyId"),
       EXTRACT(YEAR FROM coalesce(m."startsAt", d."createdAt") AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Oslo')::int,
       coalesce(m."startsAt", d."createdAt"), d.visibility, d."publicFrom",
       CASE WHEN d."meetingId" IS NOT NULL THEN '/mote/' || d."meetingId"
            WHEN a.slug IS NOT NULL THEN '/avtalar/' || a.slug
            WHEN p.year IS NOT NULL THEN '/handlingsplan/' || p.year
            ELSE '/' END, d."updatedAt"
FROM "Document" d
LEFT JOIN "Meeting" m ON m.id = d."meetingId"
LEFT JOIN "AgreementVersion" av ON av.id = d."agreementVersionId"
LEFT JOIN "Agreement" a ON a.id = av."agreementId"
LEFT JOIN "ActionPlan" p ON p.id = d."actionPlanId"
LEFT JOIN LATERAL (
  SELECT "extractedText" FROM "DocumentVersion" WHERE "documentId" = d.id ORDER BY number DESC LIMIT 1
) v ON true
WHERE d.kind <> 'MINUTES' AND d."withdrawnAt" IS NULL AND (m.id IS NULL OR m.status <> 'PLANNED')`;

// Cases: only as they stand on the agenda of a meeting whose notice has gone out (title and decision, which the
// meeting page shows too); a case nobody has put on an agenda is not public.
const CASES = `
INSERT INTO "SearchEntry" (id, kind, "refId", title, "titleNb", text, "bodyId", year, date, visibility, "publicFrom", url, "updatedAt")
SELECT DISTINCT ON (c.id) 'CASE:' || c.id, 'CASE', c.id,
       b."shortName" || ' ' || cn.sequence || '/' || cn.year || ': ' || ai.title,
       b."shortName" || ' ' || cn.sequence || '/' || cn.year || ': ' || coalesce(ai."titleNb", ai.title),
       coalesce(dec.text, '') || coalesce((E'\\n' || chr(8292) || E'\\n') || dec."textNb", ''), m."bodyId",
       EXTRACT(YEAR FROM m."startsAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Oslo')::int, m."startsAt",
       'PUBLIC', NULL, '/mote/' || m.id, m."updatedAt"
FROM "Case" c
JOIN "CaseNumber" cn ON cn."caseId" = c.id
JOIN "AgendaItem" ai ON ai."caseNumberId" = cn.id
JOIN "Meeting" m ON m.id = ai."meetingId" AND m.status <> 'PLANNED'
JOIN "Body" b ON b.id = cn."bodyId"
LEFT JOIN "Decision" dec ON dec."agendaItemId" = ai.id
WHERE true`;
const CASES_ORDER = ` ORDER BY c.id, m."startsAt" DESC`;

const MEASURES = `
INSERT INTO "SearchEntry" (id, kind, "refId", title, "titleNb", text, "bodyId", year, date, visibility, "publicFrom", url, "updatedAt")
SELECT 'MEASURE:' || me.id, 'MEASURE', me.id, me.code || ' ' || me.title, me.code || ' ' || coalesce(me."titleNb", me.title),
       concat_ws(E'\\n', me.description, me."statusNote") || coalesce((E'\\n' || chr(8292) || E'\\n') || me."descriptionNb", ''), me."responsibleBodyId", p.year,
       me."updatedAt", 'PUBLIC', NULL, '/handlingsplan/tiltak/' || me.id, me."updatedAt"
FROM "Measure" me
JOIN "ActionPlanPart" pp ON pp.id = me."partId"
JOIN "ActionPlan" p ON p.id = pp."planId"
WHERE true`;

// News: published articles only (a future publishing time is handled like publicFrom).
const NEWS = `
INSERT INTO "SearchEntry" (id, kind, "refId", title, "titleNb", text, "bodyId", year, date, visibility, "publicFrom", url, "updatedAt")
SELECT 'NEWS:' || n.id, 'NEWS', n.id, n.title, n."titleNb",
       regexp_replace(concat_ws(E'\\n', n.lead, n.body)
         || CASE WHEN coalesce(n."leadNb", n."bodyNb") IS NOT NULL THEN (E'\\n' || chr(8292) || E'\\n') || concat_ws(E'\\n', n."leadNb", n."bodyNb") ELSE '' END,
         '<[^>]*>', ' ', 'g'), NULL,
       EXTRACT(YEAR FROM n."publishedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Oslo')::int, n."publishedAt",
       CASE WHEN n."publishedAt" <= now() THEN 'PUBLIC'::"Visibility" ELSE 'SECRETARIAT'::"Visibility" END,
       CASE WHEN n."publishedAt" <= now() THEN NULL ELSE n."publishedAt" END,
       '/nyheiter/' || n.slug, n."updatedAt"
FROM "NewsArticle" n
WHERE n."publishedAt" IS NOT NULL`;

/**
 * Titles weigh more than text; both languages go into one vector (the norwegian stemmer serves nn and nb). The title's
 * vector on its own and the vector's length (words, as the rank normalises by) let search pick its candidates through
 * indexes (issue 18.2, lib/search/data.ts).
 */
const VECTORS = `
UPDATE "SearchEntry" SET search = v.search, "titleSearch" = v.title,
  "searchLength" = (SELECT coalesce(sum(coalesce(cardinality(positions), 1)), 0)::int FROM unnest(v.search))
FROM (SELECT id, setweight(to_tsvector('norwegian', title || ' ' || coalesce("titleNb", '')), 'A') ||
                 setweight(to_tsvector('norwegian', text), 'B') AS search,
             to_tsvector('norwegian', title || ' ' || coalesce("titleNb", '')) AS title
      FROM "SearchEntry") v
WHERE v.id = "SearchEntry".id`;

/** The word list for typo tolerance: every distinct word (lower case, 3+ letters) of the index. */
const WORDS = `
INSERT INTO "SearchWord" (word)
SELECT word FROM ts_stat($$SELECT to_tsvector('simple', title || ' ' || coalesce("titleNb", '') || ' ' || text) FROM "SearchEntry"$$)
WHERE length(word) >= 3 AND word ~ '^[[:alpha:]]+$'
ON CONFLICT DO NOTHING`;

export async function reindexSearch(prisma: PrismaClient): Promise<{ entries: number; words: number }> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`DELETE FROM "SearchEntry"`);
      await tx.$executeRawUnsafe(`DELETE FROM "SearchWord"`);
      for (const sql of [MINUTES, DOCUMENTS, CASES + CASES_ORDER, MEASURES, NEWS]) await tx.$executeRawUnsafe(sql);
      const entries = await tx.$executeRawUnsafe(VECTORS);
      const words = await tx.$executeRawUnsafe(WORDS);
      // A bulk load leaves the new entries in the GIN indexes' pending lists, which every search then reads through
      // (8 ms for a query that finds nothing on the ten-year data); the embedded database has no autovacuum to
      // merge them, so merge them here. Fresh statistics let the planner choose between index and ordered scans.
      for (const index of ["SearchEntry_search_idx", "SearchEntry_titleSearch_idx"]) {
        await tx.$queryRawUnsafe(`SELECT gin_clean_pending_list($1::regclass)`, `"${index}"`);
      }
      await tx.$executeRawUnsafe(`ANALYZE "SearchEntry"`);
      return { entries, words };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}

export type SearchSourceKind = "MINUTES" | "DOCUMENT" | "CASE" | "MEASURE" | "NEWS";

// One source row's statement: the same SQL as the full rebuild, narrowed to that row. refId is the meeting id for
// minutes and the source row's id otherwise.
const ONE: Record<SearchSourceKind, string> = {
  MINUTES: `${MINUTES} AND m.id = $1`,
  DOCUMENT: `${DOCUMENTS} AND d.id = $1`,
  CASE: `${CASES} AND c.id = $1${CASES_ORDER}`,
  MEASURE: `${MEASURES} AND me.id = $1`,
  NEWS: `${NEWS} AND n.id = $1`,
};

type SqlRunner = Pick<PrismaClient, "$executeRawUnsafe">;

/**
 * Brings the search entries of the given source rows up to date after a write: removes each entry and inserts it
 * again from its source (so an unpublished or deleted row simply disappears), then its vector and words. Call it in
 * the same transaction as the write, so search never shows what the pages do not.
 */
export async function refreshSearchEntries(db: SqlRunner, sources: { kind: SearchSourceKind; refId: string }[]): Promise<void> {
  for (const { kind, refId } of sources) {
    const id = `${kind}:${refId}`;
    await db.$executeRawUnsafe(`DELETE FROM "SearchEntry" WHERE id = $1`, id);
    await db.$executeRawUnsafe(ONE[kind], refId);
    await db.$executeRawUnsafe(`${VECTORS} AND "SearchEntry".id = $1`, id);
    await db.$executeRawUnsafe(
      `INSERT INTO "SearchWord" (word)
       SELECT word FROM ts_stat(format('SELECT to_tsvector(%L, title || %L || coalesce("titleNb", %L) || %L || text) FROM "SearchEntry" WHERE id = %L', 'simple', ' ', '', ' ', $1::text))
       WHERE length(word) >= 3 AND word ~ '^[[:alpha:]]+$'
       ON CONFLICT DO NOTHING`,
      id,
    );
  }
}
