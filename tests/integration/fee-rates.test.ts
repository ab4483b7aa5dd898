// Fee rates edited by the secretariat (issue 16 item 3; the spec's economy section: GP and user representatives are
// paid for meeting time, preparation and travel) against a real migrated database with the seed: a new rate closes
// the open one the day before it starts, any other overlap of the same seat and kind is refused with the clashing
// period, amounts must be > 0, every change is audited, and a claim is priced at the rate valid on the meeting day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let data: typeof import("@/lib/fees/data");
let mutations: typeof import("@/lib/fees/mutations");
let schema: typeof import("@/lib/fees/schema");
let report: typeof import("@/lib/fees/cost-report");
let csv: typeof import("@/lib/fees/export");

const NOW = new Date("2026-11-22T12:00:00Z");
const USER_REP = DEMO_USERS.userRep.id;
const SECRETARIAT = DEMO_USERS.secretariat.id;

const rate = (over: Record<string, string>) => schema.rateSchema.parse({ seat: "GP", kind: "KILOMETRE", amount: "5,50", validFrom: "2027-01-01", validTo: "", ...over });

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  data = await import("@/lib/fees/data");
  mutations = await import("@/lib/fees/mutations");
  schema = await import("@/lib/fees/schema");
  report = await import("@/lib/fees/cost-report");
  csv = await import("@/lib/fees/export");
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
    // A bounded period inside an open rate is refused (closing it would leave the days after without a rate).
    expect(await mutations.addRate(rate({ seat: "USER_MUNICIPAL", validFrom: "2025-01-01", validTo: "2025-12-31" }), SECRETARIAT)).toEqual({
      ok: false,
      error: "OVERLAP",
      clash: { validFrom: "2020-01-01", validTo: null },
    });
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

// The spec's economy section (no rule id): shared costs 50/50 between the specialist service and the municipalities,
// the municipal half by the agreed key (seeded as an example with illustrative inhabitant numbers).
describe("the yearly cost report", () => {
  it("totals the year's approved claims, splits them 50/50 and the municipal half by the example key, to the øre", async () => {
    const before = await report.costReport(2026);
    const approved = await data.approvedClaims("2026-01-01", "2026-12-31");
    expect(before.claims).toBe(approved.length);
    expect(before.totalOre).toBe(approved.reduce((s, c) => s + c.totalOre, 0));
    expect(before.keyIsExample).toBe(true);
    expect(before.municipalities).toHaveLength(18);

    // Approve the two claims the rate test sent (2 h × 900 kr and 2 h × 1000 kr; all fees, no travel): each counts in
    // the year of its meeting's Oslo day, so the two years together grow by 3800 kr.
    const before2025 = await report.costReport(2025);
    const waiting = await db.prisma.feeClaim.findMany({ where: { userId: USER_REP, status: "SUBMITTED" } });
    expect(waiting.map((c) => c.totalOre).sort()).toEqual([1800_00, 2000_00]);
    for (const c of waiting) expect((await mutations.decideClaim(schema.decisionSchema.parse({ claimId: c.id, version: String(c.version), decision: "approve" }), SECRETARIAT, NOW)).ok).toBe(true);
    const after = await report.costReport(2026);
    const after2025 = await report.costReport(2025);
    expect(after.totalOre - before.totalOre + after2025.totalOre - before2025.totalOre).toBe(3800_00);
    expect(after.feesOre - before.feesOre + after2025.feesOre - before2025.feesOre).toBe(3800_00);
    expect(after.travelOre).toBe(before.travelOre);
    expect(after.totalOre).toBeGreaterThan(before.totalOre);

    // The parts add up exactly: specialist + municipal = total, the municipalities' parts = the municipal half.
    expect(after.feesOre + after.travelOre).toBe(after.totalOre);
    expect(after.specialistOre).toBe(Math.floor(after.totalOre / 2));
    expect(after.specialistOre + after.municipalOre).toBe(after.totalOre);
    expect(after.municipalities.reduce((s, r) => s + r.ore, 0)).toBe(after.municipalOre);
    const bergen = after.municipalities.find((r) => r.name === "Bergen kommune")!;
    const weights = after.municipalities.reduce((s, r) => s + r.weight, 0);
    expect(Math.abs(bergen.ore - (after.municipalOre * bergen.weight) / weights)).toBeLessThan(1);

    // The CSV has the same rows: header, three total lines, two halves, 18 municipalities.
    const lines = csv.costCsv("nn", after).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(1 + 3 + 2 + 18);
    expect(lines[0]).toBe("Part;Vekt;Del (%);Beløp (kr)");
    const kr = (ore: number) => `${Math.floor(ore / 100)},${String(ore % 100).padStart(2, "0")}`;
    expect(lines).toContain(`Sum felles kostnader;;100,00;${kr(after.totalOre)}`);
    expect(lines.find((l) => l.startsWith("Bergen kommune;290000;"))).toBe(`Bergen kommune;290000;${csv.percent(bergen.share)};${kr(bergen.ore)}`);

    // Another year has no claims: zeros everywhere, the key still listed.
    const empty = await report.costReport(2019);
    expect(empty).toMatchObject({ claims: 0, totalOre: 0, specialistOre: 0, municipalOre: 0 });
    expect(empty.municipalities).toHaveLength(0); // the example key starts 2020-01-01
  });
});
