// The staff overview's data (/admin, lib/admin/data.ts) on the seeded database: what the secretariat must act on –
// waiting cases, meetings of the next 60 days and their next step, meetings whose minutes are not out, bodies out of
// line with the representation guideline, unpublished news – and nothing at all for anyone else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { DEMO_USERS, ids } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let overview: typeof import("@/lib/admin/data");
const viewers = {} as Record<"secretariat" | "admin" | "member" | "partner", Viewer>;

const NOW = new Date("2026-11-22T12:00:00Z");
const DAY = 86_400_000;

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  const auth = await import("@/lib/auth/data");
  const mutations = await import("@/lib/auth/mutations");
  overview = await import("@/lib/admin/data");
  for (const who of ["secretariat", "admin", "member", "partner"] as const) {
    viewers[who] = (await auth.loadSession(await mutations.createSession(DEMO_USERS[who].id, NOW), NOW)).viewer;
  }
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the staff overview", () => {
  it("shows nothing to a partner, a member or an anonymous visitor (and reads nothing for them)", async () => {
    for (const viewer of [viewers.partner, viewers.member, ANONYMOUS]) {
      expect(await overview.getStaffOverview(viewer, NOW)).toEqual({ cases: null, meetings: null, compliance: null, news: null });
    }
  });

  it("counts the cases waiting for triage, by status", async () => {
    const { cases } = await overview.getStaffOverview(viewers.secretariat, NOW);
    const received = await db.prisma.case.count({ where: { status: "RECEIVED" } });
    expect(received).toBeGreaterThan(0); // the seed's new case in Nordhordland
    expect(cases!.byStatus.find((s) => s.status === "RECEIVED")!.count).toBe(received);
    expect(cases!.total).toBe(await db.prisma.case.count({ where: { status: { in: ["RECEIVED", "FORWARDED", "DISAGREEMENT"] } } }));

    // A new submission is waiting at once; once it is being assessed it no longer is.
    const fresh = await db.prisma.case.findFirstOrThrow({ where: { status: "RECEIVED" } });
    await db.prisma.case.update({ where: { id: fresh.id }, data: { status: "ASSESSING" } });
    expect((await overview.getStaffOverview(viewers.secretariat, NOW)).cases!.byStatus.find((s) => s.status === "RECEIVED")!.count).toBe(received - 1);
    await db.prisma.case.update({ where: { id: fresh.id }, data: { status: "RECEIVED" } });
  });

  it("lists the next 60 days' meetings with their next step, without cancelled ones", async () => {
    const body = ids.body("ssu");
    const soon = await db.prisma.meeting.create({ data: { bodyId: body, title: "Ekstramøte om vinterberedskap", startsAt: new Date(NOW.getTime() + 3 * DAY) } });
    const cancelled = await db.prisma.meeting.create({
      data: { bodyId: body, title: "Avlyst møte", startsAt: new Date(NOW.getTime() + 4 * DAY), cancelledAt: NOW, cancellationReason: "Test" },
    });
    const later = await db.prisma.meeting.create({ data: { bodyId: body, title: "Møte om 61 dagar", startsAt: new Date(NOW.getTime() + 61 * DAY) } });

    const { meetings } = await overview.getStaffOverview(viewers.secretariat, NOW);
    const upcoming = meetings!.upcoming;
    // The lists come from one SQL statement as JSON (issue 18 item 2): times must come back as the same instants.
    expect(upcoming.find((m) => m.id === soon.id)).toEqual({
      id: soon.id,
      title: "Ekstramøte om vinterberedskap",
      startsAt: soon.startsAt,
      status: "PLANNED",
      step: "sendNotice",
      body: expect.objectContaining({ shortName: expect.any(String), name: expect.any(String) }),
    });
    expect(upcoming.map((m) => m.id)).not.toContain(cancelled.id);
    expect(upcoming.map((m) => m.id)).not.toContain(later.id);
    for (const m of upcoming) {
      expect(m.startsAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime());
      expect(m.startsAt.getTime()).toBeLessThan(NOW.getTime() + 60 * DAY);
    }
    const times = upcoming.map((m) => m.startsAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    await db.prisma.meeting.deleteMany({ where: { id: { in: [soon.id, cancelled.id, later.id] } } });
  });

  it("lists held meetings whose minutes are not published, with what comes next", async () => {
    const held = await db.prisma.meeting.create({ data: { bodyId: ids.body("ssu"), title: "Halde, referat godkjent", startsAt: new Date(NOW.getTime() - 5 * DAY), status: "MINUTES_APPROVED" } });
    const { meetings } = await overview.getStaffOverview(viewers.secretariat, NOW);
    expect(meetings!.awaitingMinutes.find((m) => m.id === held.id)).toMatchObject({ step: "publishMinutes" });
    expect(meetings!.awaitingMinutes.every((m) => m.status !== "MINUTES_PUBLISHED" && m.startsAt < NOW)).toBe(true);
    expect(meetings!.awaitingMinutesTotal).toBe(
      await db.prisma.meeting.count({ where: { startsAt: { lt: NOW }, cancelledAt: null, status: { not: "MINUTES_PUBLISHED" } } }),
    );
    await db.prisma.meeting.delete({ where: { id: held.id } });
  });

  it("names a body whose composition breaks the guideline", async () => {
    const before = (await overview.getStaffOverview(viewers.secretariat, NOW)).compliance!.bodies;
    for (const b of before) expect(b.breaches + b.warnings).toBeGreaterThan(0);
    expect(before.map((b) => b.slug)).not.toContain("ssu");

    // SSU loses its leader today: S7 (leadership) is broken.
    const leader = await db.prisma.membership.findFirstOrThrow({ where: { bodyId: ids.body("ssu"), role: "LEADER", termStart: { lte: NOW } } });
    await db.prisma.membership.update({ where: { id: leader.id }, data: { termEnd: new Date(NOW.getTime() - 2 * DAY) } });
    const after = (await overview.getStaffOverview(viewers.secretariat, NOW)).compliance!.bodies;
    expect(after.find((b) => b.slug === "ssu")?.breaches).toBeGreaterThan(0);
    await db.prisma.membership.update({ where: { id: leader.id }, data: { termEnd: leader.termEnd } });
  });

  it("lists drafts and scheduled news, not published ones", async () => {
    const scheduled = await db.prisma.newsArticle.create({
      data: { slug: "kjem-snart", title: "Kjem snart", lead: "Ingress", body: "<p>Tekst</p>", publishedAt: new Date(NOW.getTime() + 2 * DAY) },
    });
    const { news } = await overview.getStaffOverview(viewers.admin, NOW);
    const shown = news!.map((n) => n.id);
    expect(news!.find((n) => n.id === scheduled.id)).toEqual({ id: scheduled.id, title: "Kjem snart", titleNb: null, publishedAt: scheduled.publishedAt });
    expect(shown).toContain(ids.news(`utkast-handlingsplan-${NOW.getUTCFullYear() + 1}`));
    const published = await db.prisma.newsArticle.findMany({ where: { publishedAt: { lte: NOW } }, select: { id: true } });
    expect(published.length).toBeGreaterThan(0);
    for (const p of published) expect(shown).not.toContain(p.id);
    await db.prisma.newsArticle.delete({ where: { id: scheduled.id } });
  });
});
