// lib/search against a seeded database: stemming, PDF text, typo tolerance, filters, and nothing restricted for the
// public.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import { BAROMETER_WORD, INTERNAL_LEGAL_BASIS } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let search: typeof import("@/lib/search/data");
const NOW = new Date("2026-11-22T12:00:00Z");
const none = { kind: null, bodyId: null, year: null };

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  search = await import("@/lib/search/data");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("public search", () => {
  it("finds a word that only appears inside a PDF, with the word highlighted in the snippet", async () => {
    const result = await search.searchPublic(BAROMETER_WORD, none, ANONYMOUS, { now: NOW });
    expect(result.total).toBe(1);
    const hit = result.hits[0]!;
    expect(hit.kind).toBe("DOCUMENT");
    expect(hit.url).toMatch(/^\/mote\/seed-mtg-ssu-/);
    expect(hit.snippet).toContain(`${search.MARK_START}${BAROMETER_WORD}${search.MARK_END}`);
  });

  it("tolerates a typo by searching for the closest indexed word", async () => {
    const result = await search.searchPublic("samhandlingsbaromteret", none, ANONYMOUS, { now: NOW });
    expect(result.correctedQuery).toBe(BAROMETER_WORD);
    expect(result.total).toBe(1);
  });

  it("stems Norwegian words (the plural finds the singular)", async () => {
    const singular = await search.searchPublic("handlingsplan", none, ANONYMOUS, { now: NOW });
    const plural = await search.searchPublic("handlingsplanane", none, ANONYMOUS, { now: NOW });
    expect(singular.total).toBeGreaterThan(0);
    expect(plural.total).toBeGreaterThan(0);
  });

  it("filters by kind and year", async () => {
    const minutes = await search.searchPublic("handlingsplan", { kind: "MINUTES", bodyId: null, year: null }, ANONYMOUS, { now: NOW });
    expect(minutes.total).toBeGreaterThan(0);
    expect(minutes.hits.every((h) => h.kind === "MINUTES")).toBe(true);
    const years = await search.searchPublic("handlingsplan", { kind: null, bodyId: null, year: 2025 }, ANONYMOUS, { now: NOW });
    expect(years.hits.every((h) => h.year === 2025)).toBe(true);
  });

  it("never shows a restricted document to the public, but shows it to the body's members", async () => {
    const doc = await db.prisma.document.findFirstOrThrow({ where: { legalBasis: INTERNAL_LEGAL_BASIS, publicFrom: null } });
    const word = "Kostnadsoverslag";
    const publicResult = await search.searchPublic(word, none, ANONYMOUS, { now: NOW });
    expect(publicResult.hits.map((h) => h.id)).not.toContain(`DOCUMENT:${doc.id}`);
    const member: Viewer = { ...ANONYMOUS, userId: "u", memberBodyIds: [doc.bodyId!] };
    const memberResult = await search.searchPublic(word, none, member, { now: NOW });
    expect(memberResult.hits.map((h) => h.id)).toContain(`DOCUMENT:${doc.id}`);
  });

  it("ranks an entry whose title has the word above one that only repeats it in its text", async () => {
    const word = "Rangeringsord";
    const filler = "Samarbeid om tenester mellom kommune og sjukehus. ".repeat(30);
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "SearchEntry" (id, kind, "refId", title, text, url, search)
       VALUES ('NEWS:rank-text', 'NEWS', 'rank-text', 'Nytt om samarbeid', $2, '/nyheiter/rank-text',
               setweight(to_tsvector('norwegian', 'Nytt om samarbeid'), 'A') || setweight(to_tsvector('norwegian', $2), 'B')),
              ('NEWS:rank-title', 'NEWS', 'rank-title', $1, $3, '/nyheiter/rank-title',
               setweight(to_tsvector('norwegian', $1), 'A') || setweight(to_tsvector('norwegian', $3), 'B'))`,
      `${word} i helsefellesskapet`,
      `${filler} ${word} ${word} ${word} ${word} ${word} ${filler}`,
      filler,
    );
    try {
      const result = await search.searchPublic(word.toLowerCase(), none, ANONYMOUS, { now: NOW });
      expect(result.hits.map((h) => h.id)).toEqual(["NEWS:rank-title", "NEWS:rank-text"]);
    } finally {
      await db.prisma.$executeRawUnsafe(`DELETE FROM "SearchEntry" WHERE id IN ('NEWS:rank-text', 'NEWS:rank-title')`);
    }
  });

  it("pages through many hits: the same total on every page, no hit twice", async () => {
    const first = await search.searchPublic("helse", none, ANONYMOUS, { now: NOW });
    expect(first.total).toBeGreaterThan(search.PAGE_SIZE);
    const second = await search.searchPublic("helse", none, ANONYMOUS, { now: NOW, page: 2 });
    expect(second.total).toBe(first.total);
    expect(first.hits).toHaveLength(search.PAGE_SIZE);
    const ids = [...first.hits, ...second.hits].map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
