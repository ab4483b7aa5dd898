// Issue 14.4 (security): search serves each viewer only text they may read. A unique word is planted in a
// restricted paper (BODY_MEMBERS, with a legal basis; lib/documents/policy); no anonymous request – the query, the
// spelling suggestion ("Meinte du …"), a snippet, the count or a filter – may surface it, while a member of the
// paper's body and the secretariat find it. Also: a case reference or case number finds the case for those allowed
// to see it, at the page where they may see it; snippets come in one language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import { INTERNAL_LEGAL_BASIS } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let search: typeof import("@/lib/search/data");
const NOW = new Date("2026-11-22T12:00:00Z");
const none = { kind: null, bodyId: null, year: null };

/** Occurs nowhere else: the secret the anonymous visitor must never learn. */
const SECRET = "kvitlyngmarmelade";
/** One letter off (and not the same stem): what someone guessing would type. */
const TYPO = "kvitlyngmarmalade";
/** A typo of a word of public text: a query with both finds nothing at first and is then corrected. */
const PUBLIC_TYPO = "samhandlinng";

let doc: { id: string; bodyId: string; year: number };
let member: Viewer;
let otherMember: Viewer;
const secretariat: Viewer = { ...ANONYMOUS, userId: "s", roles: ["SECRETARIAT"] };

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  search = await import("@/lib/search/data");
  const { refreshSearchEntries } = await import("@/lib/search/mutations");
  const found = await db.prisma.document.findFirstOrThrow({
    where: { legalBasis: INTERNAL_LEGAL_BASIS, publicFrom: null, visibility: "BODY_MEMBERS", bodyId: { not: null } },
    include: { versions: { orderBy: { number: "desc" }, take: 1 } },
  });
  await db.prisma.document.update({ where: { id: found.id }, data: { title: `${found.title} (${SECRET})` } });
  await db.prisma.documentVersion.update({
    where: { id: found.versions[0]!.id },
    data: { extractedText: `Helse og samhandling. Kostnadene for ${SECRET} er fordelte. ${found.versions[0]!.extractedText ?? ""}` },
  });
  await refreshSearchEntries(db.prisma, [{ kind: "DOCUMENT", refId: found.id }]);
  const entry = await db.prisma.searchEntry.findUniqueOrThrow({ where: { id: `DOCUMENT:${found.id}` } });
  doc = { id: found.id, bodyId: found.bodyId!, year: entry.year! };
  member = { ...ANONYMOUS, userId: "m", memberBodyIds: [doc.bodyId] };
  const other = await db.prisma.body.findFirstOrThrow({ where: { id: { not: doc.bodyId } } });
  otherMember = { ...ANONYMOUS, userId: "o", memberBodyIds: [other.id] };
}, 240_000);

afterAll(async () => {
  await db?.close();
});

/** Everything a result shows a viewer, as one string: count, suggestion, titles, snippets, links. */
function visible(result: Awaited<ReturnType<typeof search.searchPublic>>): string {
  return JSON.stringify([result.total, result.correctedQuery, result.hits.map((h) => [h.id, h.title, h.titleNb, h.snippet, h.url])]).toLowerCase();
}

describe("a word that occurs only in a restricted paper", () => {
  const anonymousQueries = [SECRET, TYPO, `${TYPO} or ${PUBLIC_TYPO}`, `${PUBLIC_TYPO} ${TYPO}`, `"${SECRET}"`, `${SECRET.slice(0, 12)}*`, "kostnadene fordelte"];

  it.each(anonymousQueries)("is never surfaced to the anonymous visitor by the query %j, with any filter", async (q) => {
    for (const filters of [none, { kind: "DOCUMENT" as const, bodyId: null, year: null }, { kind: null, bodyId: doc.bodyId, year: null }, { kind: null, bodyId: null, year: doc.year }]) {
      for (const lang of ["nn", "nb"] as const) {
        const result = await search.searchPublic(q, filters, ANONYMOUS, { now: NOW, lang });
        expect(visible(result)).not.toContain(SECRET);
        expect(result.hits.map((h) => h.id)).not.toContain(`DOCUMENT:${doc.id}`);
      }
    }
  });

  it("gives the anonymous visitor no count for it: the query alone finds nothing", async () => {
    expect((await search.searchPublic(SECRET, none, ANONYMOUS, { now: NOW })).total).toBe(0);
    expect((await search.searchPublic(SECRET, { kind: null, bodyId: doc.bodyId, year: null }, ANONYMOUS, { now: NOW })).total).toBe(0);
  });

  it("offers no 'Meinte du …' towards it, even when another word of the query finds public text", async () => {
    // Before the fix the suggestion came from every indexed word: "kvitlyngmarmalade or samhandlinng" found nothing,
    // was corrected to "kvitlyngmarmelade or samhandling", which found public hits, and the page said
    // "Meinte du kvitlyngmarmelade or samhandling?" to anyone.
    const result = await search.searchPublic(`${TYPO} or ${PUBLIC_TYPO}`, none, ANONYMOUS, { now: NOW });
    expect(result.total).toBeGreaterThan(0);
    expect(result.correctedQuery).toBe(`${TYPO} or samhandling`);
  });

  it("is not surfaced to a member of another body either", async () => {
    for (const q of [SECRET, `${TYPO} or ${PUBLIC_TYPO}`]) {
      expect(visible(await search.searchPublic(q, none, otherMember, { now: NOW }))).not.toContain(SECRET);
    }
  });

  it("is found, highlighted and suggested for a member of the paper's body", async () => {
    const result = await search.searchPublic(SECRET, none, member, { now: NOW });
    expect(result.hits.map((h) => h.id)).toContain(`DOCUMENT:${doc.id}`);
    expect(result.total).toBe(1);
    expect(result.hits[0]!.snippet).toContain(`${search.MARK_START}${SECRET}${search.MARK_END}`);
    const typo = await search.searchPublic(TYPO, none, member, { now: NOW });
    expect(typo.correctedQuery).toBe(SECRET);
    expect(typo.hits.map((h) => h.id)).toContain(`DOCUMENT:${doc.id}`);
  });

  it("is found and suggested for the secretariat", async () => {
    const result = await search.searchPublic(SECRET, { kind: "DOCUMENT", bodyId: doc.bodyId, year: doc.year }, secretariat, { now: NOW });
    expect(result.hits.map((h) => h.id)).toEqual([`DOCUMENT:${doc.id}`]);
    expect((await search.searchPublic(`${TYPO} or ${PUBLIC_TYPO}`, none, secretariat, { now: NOW })).correctedQuery).toBe(`${SECRET} or samhandling`);
  });

  it("becomes public with its publicFrom, suggestion included", async () => {
    const later = new Date(NOW.getTime() + 86_400_000);
    await db.prisma.searchEntry.update({ where: { id: `DOCUMENT:${doc.id}` }, data: { publicFrom: later } });
    try {
      expect((await search.searchPublic(SECRET, none, ANONYMOUS, { now: NOW })).total).toBe(0);
      expect((await search.searchPublic(TYPO, none, ANONYMOUS, { now: later })).correctedQuery).toBe(SECRET);
    } finally {
      await db.prisma.searchEntry.update({ where: { id: `DOCUMENT:${doc.id}` }, data: { publicFrom: null } });
    }
  });
});

describe("a case reference in the search box", () => {
  it("finds a case on a noticed agenda for everyone, at its public page", async () => {
    const c = await db.prisma.case.findFirstOrThrow({
      where: { numbers: { some: { agendaItem: { meeting: { status: "MINUTES_PUBLISHED", cancelledAt: null } } } } },
      include: { numbers: { include: { body: true } } },
    });
    const hit = await search.findCaseByReference(c.reference, ANONYMOUS, NOW);
    expect(hit).toMatchObject({ caseId: c.id, url: `/sak/${c.id}` });
    const n = c.numbers[0]!;
    expect(await search.findCaseByReference(`${n.body.shortName} ${n.sequence}/${n.year}`, ANONYMOUS, NOW)).toMatchObject({ caseId: c.id });
    expect(await search.findCaseByReference(`${n.body.shortName.toLowerCase()} ${n.sequence} / ${n.year}`, ANONYMOUS, NOW)).toMatchObject({ caseId: c.id });
    expect(await search.findCaseByReference(c.reference.toLowerCase(), secretariat, NOW)).toMatchObject({ url: `/saksbehandling/${c.id}` });
  });

  it("finds a case nobody has put on an agenda only for the secretariat and the submitting party", async () => {
    const c = await db.prisma.case.findFirstOrThrow({ where: { numbers: { none: {} }, submitterPartyId: { not: null } } });
    expect(await search.findCaseByReference(c.reference, ANONYMOUS, NOW)).toBeNull();
    expect(await search.findCaseByReference(c.reference, member, NOW)).toBeNull();
    const otherParty = await db.prisma.party.findFirstOrThrow({ where: { id: { not: c.submitterPartyId! } } });
    expect(await search.findCaseByReference(c.reference, { ...ANONYMOUS, userId: "p2", roles: ["PARTNER_CONTACT"], partyId: otherParty.id }, NOW)).toBeNull();
    const partner: Viewer = { ...ANONYMOUS, userId: "p", roles: ["PARTNER_CONTACT"], partyId: c.submitterPartyId };
    expect(await search.findCaseByReference(c.reference, partner, NOW)).toMatchObject({ caseId: c.id, url: `/mine-saker/${c.id}` });
    expect(await search.findCaseByReference(c.reference, secretariat, NOW)).toMatchObject({ caseId: c.id, url: `/saksbehandling/${c.id}` });
    expect(await search.findCaseByReference("SAK-1999-0001", secretariat, NOW)).toBeNull();
    expect(await search.findCaseByReference("helse og samhandling", secretariat, NOW)).toBeNull();
  });
});

describe("snippets in one language", () => {
  it("cuts a measure's snippet from the viewer's language only", async () => {
    const measure = await db.prisma.measure.findFirstOrThrow({ where: { descriptionNb: { not: null }, NOT: { descriptionNb: { equals: db.prisma.measure.fields.description } } } });
    const nbWords = measure.descriptionNb!.match(/\p{L}{6,}/gu)!;
    const nnWords = new Set((measure.description ?? "").toLowerCase().match(/\p{L}{6,}/gu));
    const word = nbWords.find((w) => !nnWords.has(w.toLowerCase()))!;
    const nb = await search.searchPublic(word, { kind: "MEASURE", bodyId: null, year: null }, ANONYMOUS, { now: NOW, lang: "nb" });
    const hit = nb.hits.find((h) => h.id === `MEASURE:${measure.id}`)!;
    expect(hit.snippetLang).toBe("nb");
    const nnOnly = [...nnWords].find((w) => !measure.descriptionNb!.toLowerCase().includes(w));
    if (nnOnly) expect(hit.snippet.toLowerCase()).not.toContain(nnOnly);
    const nn = await search.searchPublic((measure.description ?? "").match(/\p{L}{6,}/u)![0], { kind: "MEASURE", bodyId: null, year: null }, ANONYMOUS, { now: NOW, lang: "nn" });
    expect(nn.hits.find((h) => h.id === `MEASURE:${measure.id}`)?.snippetLang ?? "nn").toBe("nn");
  });
});
