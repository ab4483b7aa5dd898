// Fee rates edited by the secretariat (issue 16 item 3; the spec's economy section: GP and user representatives are
// paid for meeting time, preparation and travel) against a real migrated database with the seed: a new rate closes
// the open one the day before it starts, any other overlap of the same seat and kind is refused with the clashing
// period, amounts must be > 0, every change is audited, and a claim is priced at the rate valid on the meeting day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS, seed } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let data: typeof import("@/lib/fees/data");
let mutations: typeof import("@/lib/fees/mutations");
let schema: typeof import("@/lib/fees/schema");

const NOW = new Date("2026-11-22T12:00:00Z");
const USER_REP = DEMO_USERS.userRep.id;
const SECRETARIAT = DEMO_USERS.secretariat.id;

const rate = (over: Record<string, string>) => schema.rateSchema.parse({ seat: "GP", kind: "KILOMETRE", amount: "5,50", validFrom: "2027-01-01", validTo: "", ...over });

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  await seed(db.prisma, { now: NOW });
  data = await import("@/lib/fees/data");
  mutations = await import("@/lib/fees/mutations");
  schema = await import("@/lib/fees/schema");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the rate form", () => {
  it("refuses amounts of 0 or less, unknown kinds, bad dates and an end before the start", () => {
    const errors = (over: Record<string, string>) => {
      const r = schema.rateSchema.safeParse({ seat: "GP", kind: "KILOMETRE", amount: "5", validFrom: "2027-01-01", validTo: "", ...over });
      return r.success ? {} : schema.fieldErrors(r.error);
    };
    expect(errors({ amount: "0" })).toEqual({ amount: "positive" });
    expect(errors({ amount: "0,00" })).toEqual({ amount: "positive" });
    expect(errors({ amount: "-5" })).toEqual({ amount: "number" });
    expect(errors({ amount: "" })).toEqual({ amount: "positive" });
    expect(errors({ amount: "100000" })).toEqual({ amount: "tooLarge" });
    expect(errors({ kind: "BONUS" })).toEqual({ kind: "required" });
    expect(errors({ validFrom: "" })).toEqual({ validFrom: "required" });
    expect(errors({ validFrom: "2027-02-30" })).toEqual({ validFrom: "invalid" });
    expect(errors({ validTo: "2026-12-31" })).toEqual({ validTo: "toBeforeFrom" });
    expect(rate({ amount: "950" })).toMatchObject({ amount: 950_00, validTo: "" });
  });
});

describe("adding a rate", () => {
  it("closes the open example rate the day before, is audited, and is not an example", async () => {
    const added = await mutations.addRate(rate({}), SECRETARIAT);
    expect(added).toMatchObject({ ok: true, closedId: "seed-fee-rate-GP-KILOMETRE" });
    const rows = await db.prisma.feeRate.findMany({ where: { seat: "GP", kind: "KILOMETRE" }, orderBy: { validFrom: "asc" } });
    expect(rows.map((r) => [r.validFrom.toISOString().slice(0, 10), r.validTo?.toISOString().slice(0, 10) ?? null, r.amountOre, r.example])).toEqual([
      ["2020-01-01", "2026-12-31", 5_30, true],
      ["2027-01-01", null, 5_50, false],
    ]);
    const audits = await db.prisma.auditEntry.findMany({ where: { entityType: "FeeRate", actorId: SECRETARIAT }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.action).sort()).toEqual(["fee.rate.close", "fee.rate.create"]);
  });

  it("refuses any overlap with the same seat and kind, naming the clashing period, and writes nothing", async () => {
    const before = await db.prisma.feeRate.count();
    // Inside the closed example period.
    expect(await mutations.addRate(rate({ validFrom: "2026-06-01", validTo: "2026-06-30" }), SECRETARIAT)).toEqual({
      ok: false,
      error: "OVERLAP",
      clash: { validFrom: "2020-01-01", validTo: "2026-12-31" },
    });
    // The same start as the open 2027 rate, and a later open one (it would have to close a rate that began earlier
    // than it – allowed – but here it starts the same day).
    expect(await mutations.addRate(rate({ validFrom: "2027-01-01", validTo: "2027-03-31" }), SECRETARIAT)).toMatchObject({ ok: false, error: "OVERLAP", clash: { validFrom: "2027-01-01", validTo: null } });
    // A bounded period that runs into the open one.
    expect(await mutations.addRate(rate({ validFrom: "2026-12-01", validTo: "2027-02-01" }), SECRETARIAT)).toMatchObject({ ok: false, error: "OVERLAP" });
    expect(await db.prisma.feeRate.count()).toBe(before);
    // Another kind or another seat category is no clash.
    expect((await mutations.addRate(rate({ kind: "MEETING_HOUR", amount: "950", validFrom: "2027-01-01" }), SECRETARIAT)).ok).toBe(true);
    expect((await mutations.addRate(rate({ seat: "EMPLOYEE_STATE", validFrom: "2026-06-01", validTo: "2026-06-30" }), SECRETARIAT)).ok).toBe(true);
  });

  it("two secretaries adding the same period at once: one wins", async () => {
    const input = rate({ seat: "OBSERVER", kind: "KILOMETRE", validFrom: "2026-01-01", validTo: "2026-12-31" });
    const results = await Promise.all([mutations.addRate(input, SECRETARIAT), mutations.addRate(input, DEMO_USERS.admin.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.prisma.feeRate.count({ where: { seat: "OBSERVER" } })).toBe(1);
  });
});

describe("a claim is priced at the rate valid on the meeting day", () => {
  it("uses the old rate for a meeting before a new rate starts and the new one from its first day", async () => {
    const meetings = (await data.claimableMeetings(USER_REP, NOW)).filter((m) => !m.claim);
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    const [later, earlier] = [meetings[0]!, meetings[meetings.length - 1]!];
    expect(earlier.startsAt < later.startsAt).toBe(true);
    // A new meeting-hour rate for the rep's seat category from the later meeting's Oslo day.
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(later.startsAt);
    expect((await mutations.addRate(rate({ seat: later.seat, kind: "MEETING_HOUR", amount: "1000", validFrom: day }), SECRETARIAT)).ok).toBe(true);
    expect((await data.claimableMeetings(USER_REP, NOW)).find((m) => m.meetingId === later.meetingId)!.rates.meetingRateOre).toBe(1000_00);

    const claim = (m: typeof later) =>
      schema.claimSchema.parse({ meetingId: m.meetingId, membershipId: m.membershipId, version: "0", meetingHours: "2", preparationHours: "0", kilometres: "0", expenses: "0" });
    expect((await mutations.submitClaim(claim(earlier), USER_REP, NOW)).ok).toBe(true);
    expect((await mutations.submitClaim(claim(later), USER_REP, NOW)).ok).toBe(true);
    const rows = await db.prisma.feeClaim.findMany({ where: { userId: USER_REP, meetingId: { in: [earlier.meetingId, later.meetingId] } } });
    const byMeeting = Object.fromEntries(rows.map((r) => [r.meetingId, r]));
    // Example rate 900 kr before the new rate's first day, 1000 kr from it.
    expect(byMeeting[earlier.meetingId]).toMatchObject({ meetingRateOre: 900_00, totalOre: 1800_00 });
    expect(byMeeting[later.meetingId]).toMatchObject({ meetingRateOre: 1000_00, totalOre: 2000_00 });
  });
});
