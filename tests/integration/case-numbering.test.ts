// Case numbers per body and year ("SSU 12/2026"): parallel allocation never duplicates, numbers continue after the
// seeded ones, and a case placed on an agenda gets its number, its status and its route; search follows at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let cases: typeof import("@/lib/cases/mutations");
let searchIndex: typeof import("@/lib/search/mutations");
const NOW = new Date("2026-11-22T12:00:00Z");

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  cases = await import("@/lib/cases/mutations");
  searchIndex = await import("@/lib/search/mutations");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

async function newCase(title: string, bodyId: string) {
  return db.prisma.case.create({
    data: { reference: `TEST-${title}`, title, description: "Test", targetBodyId: bodyId, currentBodyId: bodyId, contactName: "Test", contactEmail: "test@example.no" },
  });
}

describe("allocateCaseNumber", () => {
  it("gives 20 parallel transactions 20 different, consecutive numbers after the seeded ones", async () => {
    const body = await db.prisma.body.findFirstOrThrow({ where: { slug: "ssu" } });
    const before = await db.prisma.caseNumberCounter.findUnique({ where: { bodyId_year: { bodyId: body.id, year: 2026 } } });
    const seededMax = await db.prisma.caseNumber.aggregate({ where: { bodyId: body.id, year: 2026 }, _max: { sequence: true } });
    expect(before?.lastSequence ?? 0).toBeGreaterThanOrEqual(seededMax._max.sequence ?? 0);
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => newCase(`parallel-${i}`, body.id)));
    const numbers = await Promise.all(
      created.map((c) => db.prisma.$transaction((tx) => cases.allocateCaseNumber(tx, { caseId: c.id, bodyId: body.id, year: 2026 }))),
    );
    const sequences = numbers.map((n) => n.sequence).sort((a, b) => a - b);
    const start = (before?.lastSequence ?? 0) + 1;
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => start + i));
  });

  it("does not use up a number when the transaction rolls back", async () => {
    const body = await db.prisma.body.findFirstOrThrow({ where: { slug: "ssu" } });
    const c = await newCase("rollback", body.id);
    const before = await db.prisma.caseNumberCounter.findUniqueOrThrow({ where: { bodyId_year: { bodyId: body.id, year: 2031 } } }).catch(() => null);
    await expect(
      db.prisma.$transaction(async (tx) => {
        await cases.allocateCaseNumber(tx, { caseId: c.id, bodyId: body.id, year: 2031 });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(before).toBeNull();
    const next = await db.prisma.$transaction((tx) => cases.allocateCaseNumber(tx, { caseId: c.id, bodyId: body.id, year: 2031 }));
    expect(next.sequence).toBe(1);
  });
});

describe("placeCaseOnAgenda", () => {
  it("numbers the case for the meeting's body and year, appends it, schedules it and records the route", async () => {
    const ou = await db.prisma.body.findFirstOrThrow({ where: { kind: "AREA_COMMITTEE" } });
    const meeting = await db.prisma.meeting.findFirstOrThrow({ where: { body: { slug: "ssu" }, startsAt: { gt: NOW } }, orderBy: { startsAt: "asc" } });
    const itemsBefore = await db.prisma.agendaItem.count({ where: { meetingId: meeting.id } });
    const c = await newCase("frå OU", ou.id);
    const placed = await db.prisma.$transaction((tx) =>
      cases.placeCaseOnAgenda(tx, { caseId: c.id, meetingId: meeting.id, title: "Felles rutine for utskriving", titleNb: "Felles rutine for utskrivning" }),
    );
    expect(placed.caseNumber.bodyId).toBe(meeting.bodyId);
    expect(placed.caseNumber.year).toBe(meeting.startsAt.getUTCFullYear());
    const item = await db.prisma.agendaItem.findUniqueOrThrow({ where: { id: placed.agendaItemId } });
    expect(item.position).toBe(itemsBefore + 1);
    const after = await db.prisma.case.findUniqueOrThrow({ where: { id: c.id }, include: { route: true, statusHistory: true } });
    expect(after.status).toBe("SCHEDULED");
    expect(after.currentBodyId).toBe(meeting.bodyId);
    expect(after.route).toMatchObject([{ fromBodyId: ou.id, toBodyId: meeting.bodyId }]);
    expect(after.statusHistory).toMatchObject([{ from: "RECEIVED", to: "SCHEDULED" }]);
  });
});

describe("refreshSearchEntries", () => {
  it("adds, updates and removes one entry as its source changes", async () => {
    const article = await db.prisma.newsArticle.findFirstOrThrow({ where: { publishedAt: { lte: NOW } } });
    const find = () => db.prisma.searchEntry.findUnique({ where: { id: `NEWS:${article.id}` } });
    await db.prisma.newsArticle.update({ where: { id: article.id }, data: { title: "Kvalitetsløftet i Vestland" } });
    await searchIndex.refreshSearchEntries(db.prisma, [{ kind: "NEWS", refId: article.id }]);
    expect((await find())?.title).toBe("Kvalitetsløftet i Vestland");
    expect(await db.prisma.searchWord.findUnique({ where: { word: "kvalitetsløftet" } })).not.toBeNull();
    await db.prisma.newsArticle.update({ where: { id: article.id }, data: { publishedAt: null } });
    await searchIndex.refreshSearchEntries(db.prisma, [{ kind: "NEWS", refId: article.id }]);
    expect(await find()).toBeNull();
  });
});
