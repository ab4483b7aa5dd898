// lib/meetings/data.ts against a real (embedded or CI) PostgreSQL: what the front page lists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let data: typeof import("@/lib/meetings/data");
let appPrisma: typeof import("@/lib/db/client").prisma;

const NOW = new Date("2026-11-22T12:00:00Z");
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);
const days = (n: number) => hours(n * 24);

beforeAll(async () => {
  db = await createTestDatabase();
  // The app's client reads DATABASE_URL on first use.
  process.env.DATABASE_URL = db.url;
  data = await import("@/lib/meetings/data");
  appPrisma = (await import("@/lib/db/client")).prisma;

  const ssu = await db.prisma.body.create({
    data: {
      slug: "ssu",
      kind: "STRATEGIC_COMMITTEE",
      name: "Strategisk samarbeidsutval",
      nameNb: "Strategisk samarbeidsutvalg",
      shortName: "SSU",
      mandate: "…",
    },
  });
  const ou = await db.prisma.body.create({
    data: { slug: "ou-voss", kind: "AREA_COMMITTEE", name: "Områdeutval Voss", shortName: "OU Voss", mandate: "…" },
  });
  const meeting = (id: string, bodyId: string, fields: Record<string, unknown>) =>
    db.prisma.meeting.create({ data: { id, bodyId, startsAt: NOW, ...fields } });

  await meeting("in-progress", ssu.id, { startsAt: hours(-1), endsAt: hours(2), location: "Haukeland" });
  await meeting("tomorrow", ou.id, { startsAt: days(1), location: "Voss" });
  await meeting("next-week", ssu.id, { startsAt: days(7), endsAt: hours(7 * 24 + 4), title: "Budsjettmøte" });
  await meeting("cancelled", ssu.id, { startsAt: days(2), cancelledAt: days(-1), cancellationReason: "Sjukdom" });
  await meeting("ended", ou.id, { startsAt: hours(-5), endsAt: hours(-1), status: "HELD" });
  for (let i = 0; i < 6; i++) await meeting(`later-${i}`, ou.id, { startsAt: days(30 + i) });

  // Minutes: published for two past meetings (one with a correction), approved but unpublished for a third.
  const published = await meeting("published-old", ssu.id, { startsAt: days(-90), status: "MINUTES_PUBLISHED" });
  const publishedNew = await meeting("published-new", ou.id, { startsAt: days(-20), status: "MINUTES_PUBLISHED" });
  await meeting("approved", ssu.id, { startsAt: days(-10), status: "MINUTES_APPROVED" });
  await db.prisma.minutes.create({
    data: {
      meetingId: published.id,
      versions: {
        create: [
          { number: 1, html: "<p>v1</p>", text: "v1", publishedAt: days(-80) },
          { number: 2, html: "<p>v2</p>", text: "v2", changeNote: "Retta namn", publishedAt: days(-70) },
          { number: 3, html: "<p>utkast</p>", text: "utkast" },
        ],
      },
    },
  });
  await db.prisma.minutes.create({ data: { meetingId: publishedNew.id } });
}, 120_000);

afterAll(async () => {
  await appPrisma?.$disconnect();
  await db?.close();
});

describe("getUpcomingMeetings", () => {
  it("lists meetings not over and not cancelled, soonest first, five at most", async () => {
    const meetings = await data.getUpcomingMeetings({ now: NOW });
    expect(meetings.map((m) => m.id)).toEqual(["in-progress", "tomorrow", "next-week", "later-0", "later-1"]);
  });

  it("returns plain data with the body's names in both languages", async () => {
    const [first, second, third] = await data.getUpcomingMeetings({ now: NOW, limit: 3 });
    expect(first).toEqual({
      id: "in-progress",
      title: null,
      startsAt: hours(-1),
      endsAt: hours(2),
      location: "Haukeland",
      body: { id: expect.any(String), slug: "ssu", shortName: "SSU", name: "Strategisk samarbeidsutval", nameNb: "Strategisk samarbeidsutvalg" },
    });
    expect(second?.body.nameNb).toBeNull();
    expect(third?.title).toBe("Budsjettmøte");
    expect(JSON.parse(JSON.stringify(first))).toMatchObject({ id: "in-progress" });
  });

  it("honours the limit", async () => {
    expect(await data.getUpcomingMeetings({ now: NOW, limit: 2 })).toHaveLength(2);
  });
});

describe("getLatestPublishedMinutes", () => {
  it("lists meetings with published minutes, newest meeting first", async () => {
    const minutes = await data.getLatestPublishedMinutes();
    expect(minutes.map((m) => m.meetingId)).toEqual(["published-new", "published-old"]);
  });

  it("gives the newest published version's date, ignoring drafts", async () => {
    const minutes = await data.getLatestPublishedMinutes();
    const old = minutes.find((m) => m.meetingId === "published-old");
    expect(old?.publishedAt).toEqual(days(-70));
    expect(old?.body.shortName).toBe("SSU");
    expect(minutes.find((m) => m.meetingId === "published-new")?.publishedAt).toBeNull();
  });

  it("honours the limit", async () => {
    expect(await data.getLatestPublishedMinutes({ limit: 1 })).toHaveLength(1);
  });
});
