// Issue 15 (items 1–3 and the agenda race) against a real migrated and seeded database: meeting numbers from the
// database counter (parallel creators never share one), the body's standard saksliste on every new meeting,
// renumbering only by the audited action, the time guards, and two secretaries on one agenda.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ids } from "@/prisma/seed";
import { STANDARD_AGENDA } from "@/prisma/seed/standard-agenda";
import { addCaseItemSchema, addStandingItemSchema, cancelMeetingSchema, createMeetingSchema, moveItemSchema } from "@/lib/meetings/schema";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let mutations: typeof import("@/lib/meetings/mutations");
let actor: { id: string; name: string; email: string };
const SSU = ids.body("ssu");
const NOW = new Date("2026-11-22T12:00:00Z");

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  mutations = await import("@/lib/meetings/mutations");
  actor = await db.prisma.user.findUniqueOrThrow({ where: { email: "sekretariat@saman.example.no" }, select: { id: true, name: true, email: true } });
}, 240_000);

afterAll(async () => {
  await db?.close();
});

async function create(date: string, bodyId = SSU, startTime = "10:00") {
  const result = await mutations.createMeeting(createMeetingSchema.parse({ bodyId, date, startTime, endTime: "14:00", location: "Bergen" }), actor, NOW);
  if (!result.ok) throw new Error(result.error);
  return result;
}
const meeting = (id: string) => db.prisma.meeting.findUniqueOrThrow({ where: { id }, include: { agendaItems: { orderBy: { position: "asc" } } } });

describe("meeting numbers (issue 15 item 1)", () => {
  it("seeded meetings are numbered per body and year, and the counters start after them", async () => {
    const seeded = await db.prisma.meeting.findMany({ where: { bodyId: SSU, numberYear: 2026 }, orderBy: { startsAt: "asc" } });
    expect(seeded.length).toBeGreaterThanOrEqual(4);
    expect(seeded.map((m) => m.number)).toEqual(seeded.map((_, i) => i + 1));
    const counter = await db.prisma.meetingNumberCounter.findUniqueOrThrow({ where: { bodyId_year: { bodyId: SSU, year: 2026 } } });
    expect(counter.lastSequence).toBe(seeded.length);
  });

  it("gives ten meetings created at once ten different consecutive numbers of the body and year", async () => {
    const before = (await db.prisma.meetingNumberCounter.findUnique({ where: { bodyId_year: { bodyId: SSU, year: 2028 } } }))?.lastSequence ?? 0;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        mutations.createMeeting(createMeetingSchema.parse({ bodyId: SSU, date: `2028-03-${String(i + 1).padStart(2, "0")}`, startTime: "10:00" }), actor, NOW),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = results.map((r) => (r.ok ? r.number : 0)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => before + i + 1));
    expect(results.every((r) => r.ok && r.numberYear === 2028)).toBe(true);
  });

  it("numbers by the Oslo calendar year: a meeting at 00:30 on 1 January belongs to the new year", async () => {
    const created = await create("2029-01-01", SSU, "00:30");
    expect(created).toMatchObject({ numberYear: 2029, number: 1 });
  });

  it("renumbers only by the explicit action: audited with the reason, a taken number refused, the counter raised", async () => {
    const a = await create("2030-02-01");
    const b = await create("2030-03-01");
    const version = (await meeting(b.meetingId)).version;
    expect(await mutations.renumberMeeting({ meetingId: b.meetingId, version, number: a.number, reason: "Feil" }, actor)).toEqual({ ok: false, error: "NUMBER_TAKEN" });
    expect(await mutations.renumberMeeting({ meetingId: b.meetingId, version, number: 7, reason: "Rettar nummereringa" }, actor)).toEqual({ ok: true });
    expect((await meeting(b.meetingId)).number).toBe(7);
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "meeting.renumber", entityId: b.meetingId } });
    expect(entry.before).toMatchObject({ number: b.number });
    expect(entry.after).toMatchObject({ number: 7, reason: "Rettar nummereringa" });
    expect((await create("2030-04-01")).number).toBe(8);
  });
});

describe("standard saksliste (issue 15 item 2)", () => {
  it("every body has the standard items, and a new meeting starts with them in order, in nynorsk and bokmål", async () => {
    const bodies = await db.prisma.body.findMany({ select: { id: true, _count: { select: { standardAgenda: true } } } });
    expect(bodies.every((b) => b._count.standardAgenda === STANDARD_AGENDA.length)).toBe(true);
    const created = await create("2031-02-01");
    const items = (await meeting(created.meetingId)).agendaItems;
    expect(items.map((i) => [i.position, i.kind, i.title, i.titleNb])).toEqual(STANDARD_AGENDA.map((s, i) => [i + 1, s.kind, s.title, s.titleNb]));
    expect(items.map((i) => i.kind)).toContain("ACTION_PLAN_STATUS");
  });

  it("the secretariat's edits of the standard list apply to meetings created afterwards, not to earlier ones", async () => {
    const ou = ids.body("omradeutval-bergen");
    const earlier = await create("2031-03-01", ou);
    const list = await db.prisma.bodyStandardAgendaItem.findMany({ where: { bodyId: ou }, orderBy: { position: "asc" } });
    expect(await mutations.moveStandardItem({ bodyId: ou, itemId: list.at(-1)!.id, direction: "up" }, actor)).toEqual({ ok: true });
    expect(await mutations.removeStandardItem({ bodyId: ou, itemId: list[0]!.id }, actor)).toEqual({ ok: true });
    const added = await mutations.addStandardItem({ bodyId: ou, kind: "ORIENTATION", title: "Orientering frå kommunane", titleNb: "Orientering fra kommunene" }, actor);
    expect(added.ok).toBe(true);
    const later = await create("2031-04-01", ou);
    expect((await meeting(later.meetingId)).agendaItems.map((i) => i.title)).toEqual([
      "Godkjenning av referat frå førre møte",
      "Status i handlingsplanen",
      "Eventuelt",
      "Orienteringssaker",
      "Orientering frå kommunane",
    ]);
    expect((await meeting(earlier.meetingId)).agendaItems.map((i) => i.title)).toEqual(STANDARD_AGENDA.map((s) => s.title));
    expect(await db.prisma.auditEntry.count({ where: { action: { startsWith: "standardAgenda." } } })).toBe(3);
  });
});

describe("guards with reasons (issue 15 item 3)", () => {
  it("refuses held, decisions and minutes before the start with the start named, and allows them from the start", async () => {
    const created = await create("2032-03-12");
    const id = created.meetingId;
    const start = new Date("2032-03-12T09:00:00Z"); // 10:00 in Oslo (winter time)
    const v = async () => (await meeting(id)).version;
    // Nobody's term reaches 2032, so the notice would have no recipients (NO_RECIPIENTS, issue 15 item 4): this test is
    // about the time guards, so the notice counts as sent.
    expect(await mutations.sendNotice({ meetingId: id, version: await v() }, actor, { origin: "http://saman.test" })).toMatchObject({ ok: false, error: "NO_RECIPIENTS" });
    await db.prisma.meeting.update({ where: { id }, data: { status: "NOTICE_SENT", noticeSentAt: NOW, version: { increment: 1 } } });
    const early = new Date(start.getTime() - 60_000);
    const refusal = (step: string) => ({ ok: false, error: "BEFORE_START", detail: { step, startsAt: start } });
    expect(await mutations.markHeld({ meetingId: id, version: await v() }, actor, early)).toEqual(refusal("held"));
    expect(await mutations.approveMinutes({ meetingId: id, version: await v() }, actor, early)).toEqual(refusal("approveMinutes"));
    expect(await mutations.publishMinutes({ meetingId: id, version: await v() }, actor, early)).toEqual(refusal("publishMinutes"));
    const item = (await meeting(id)).agendaItems[0]!;
    const decision = { meetingId: id, agendaItemId: item.id, version: 0, kind: "CONSENSUS" as const, text: "Godkjent.", textNb: null, disagreementNote: null, forwardToSsu: false, measureIds: [] };
    expect(await mutations.recordDecision(decision, actor, early)).toEqual(refusal("decision"));
    expect((await meeting(id)).status).toBe("NOTICE_SENT");
    expect(await db.prisma.decision.count({ where: { agendaItemId: item.id } })).toBe(0);
    // From the start on, the same steps go through.
    expect((await mutations.recordDecision(decision, actor, start)).ok).toBe(true);
    expect(await mutations.markHeld({ meetingId: id, version: await v() }, actor, start)).toEqual({ ok: true });
  });

  it("never moves a meeting into the past, lets an edit keep a start that has passed, and registers a past meeting only when told so", async () => {
    const created = await create("2033-05-05");
    const id = created.meetingId;
    const v = async () => (await meeting(id)).version;
    const later = new Date("2033-05-06T12:00:00Z");
    expect(await mutations.updateMeeting({ meetingId: id, version: await v(), title: null, date: "2033-05-01", startTime: "10:00", endTime: null, location: null }, actor, new Date("2033-05-02T00:00:00Z"))).toEqual({
      ok: false,
      error: "IN_THE_PAST",
      detail: { startsAt: new Date("2033-05-01T08:00:00Z") },
    });
    expect((await mutations.updateMeeting({ meetingId: id, version: await v(), title: "Same tid", date: "2033-05-05", startTime: "10:00", endTime: null, location: "Voss" }, actor, later)).ok).toBe(true);
    const past = createMeetingSchema.parse({ bodyId: SSU, date: "2026-01-15", startTime: "10:00" });
    expect(await mutations.createMeeting(past, actor, NOW)).toMatchObject({ ok: false, error: "IN_THE_PAST" });
    expect(await mutations.createMeeting(createMeetingSchema.parse({ bodyId: SSU, date: "2026-01-15", startTime: "10:00", afterTheFact: "on" }), actor, NOW)).toMatchObject({ ok: true });
  });

  it("cannot cancel without a reason and a ticked confirmation (issue 15 item 4)", () => {
    expect(cancelMeetingSchema.safeParse({ meetingId: "x", version: "1", reason: "  ", confirm: "on" }).success).toBe(false);
    const unconfirmed = cancelMeetingSchema.safeParse({ meetingId: "x", version: "1", reason: "Sjukdom" });
    expect(unconfirmed.success).toBe(false);
    expect(unconfirmed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["confirm", "confirmRequired"]]);
    expect(cancelMeetingSchema.safeParse({ meetingId: "x", version: "1", reason: "Sjukdom", confirm: "on" }).success).toBe(true);
  });
});

describe("two secretaries on one agenda", () => {
  it("refuses the second save with what the first changed, writes nothing of it, and takes it once the page is fresh", async () => {
    const created = await create("2034-02-02");
    const id = created.meetingId;
    const opened = await meeting(id);
    const seen = JSON.stringify(opened.agendaItems.map((i) => [i.id, i.title]));
    // Secretary A adds a case and moves "Eventuelt" up, from the page both opened.
    const a = await mutations.addCaseItem(addCaseItemSchema.parse({ meetingId: id, version: String(opened.version), seen, title: "Legevakt om natta", description: "A" }), actor);
    expect(a.ok).toBe(true);
    const afterA = await meeting(id);
    const eventuelt = afterA.agendaItems.find((i) => i.title === "Eventuelt")!;
    const seenA = JSON.stringify(afterA.agendaItems.map((i) => [i.id, i.title]));
    expect(await mutations.moveItem(moveItemSchema.parse({ meetingId: id, itemId: eventuelt.id, direction: "up", version: String(afterA.version), seen: seenA }), actor)).toEqual({ ok: true });
    // Secretary B still has the page as it was opened.
    const b = await mutations.addStandingItem(addStandingItemSchema.parse({ meetingId: id, version: String(opened.version), seen, kind: "ORIENTATION", title: "Orientering om KI" }), actor);
    expect(b).toEqual({
      ok: false,
      error: "CONFLICT",
      detail: {
        changes: [
          { what: "moved", label: "Eventuelt" },
          { what: "moved", label: "Orienteringssaker" },
          { what: "added", label: expect.stringMatching(/^SSU \d+\/2034 Legevakt om natta$/) },
        ],
      },
    });
    expect((await meeting(id)).agendaItems.some((i) => i.title === "Orientering om KI")).toBe(false);
    // With the fresh page (version and lines), B's save goes through.
    const fresh = await meeting(id);
    const again = await mutations.addStandingItem(
      addStandingItemSchema.parse({ meetingId: id, version: String(fresh.version), seen: "[]", kind: "ORIENTATION", title: "Orientering om KI" }),
      actor,
    );
    expect(again.ok).toBe(true);
  });
});
