// Fees and travel claims (issue 16 item 3) against a real migrated database with the seed: the attendance register
// decides who may claim for which meeting, the rates of the meeting day (data, seeded as examples) are copied into the
// claim; claimant edits and the secretariat's decision are version-checked (CONFLICT, nothing doubled); a return is
// mailed in the same transaction; the payroll CSV holds the approved claim with the right sums.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS, ids } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let data: typeof import("@/lib/fees/data");
let mutations: typeof import("@/lib/fees/mutations");
let schema: typeof import("@/lib/fees/schema");
let csv: typeof import("@/lib/fees/export");

const NOW = new Date("2026-11-22T12:00:00Z");
const USER_REP = DEMO_USERS.userRep.id;
const GP = DEMO_USERS.gp.id;
const SECRETARIAT = DEMO_USERS.secretariat.id;

const claimInput = (over: Record<string, string | number>) =>
  schema.claimSchema.parse({ version: "0", meetingHours: "2,5", preparationHours: "1,5", kilometres: "42", expenses: "84", note: "", ...over });

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  data = await import("@/lib/fees/data");
  mutations = await import("@/lib/fees/mutations");
  schema = await import("@/lib/fees/schema");
  csv = await import("@/lib/fees/export");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the seed", () => {
  it("has example rates for GP and user representatives only, and the GP's claims in each state", async () => {
    const rates = await data.feeRates();
    expect(new Set(rates.map((r) => r.seat))).toEqual(new Set(["GP", "USER_MUNICIPAL", "USER_SPECIALIST"]));
    expect(rates.every((r) => r.example)).toBe(true);
    const gp = await data.claimableMeetings(GP, NOW);
    expect(gp.map((m) => m.claim?.status).filter(Boolean).sort()).toEqual(["APPROVED", "RETURNED", "SUBMITTED"]);
    // The demo member sits in a municipal seat: no fee.
    expect(await data.claimableMeetings(DEMO_USERS.member.id, NOW)).toEqual([]);
  });
});

describe("a user representative's claim", () => {
  it("is accepted for a registered meeting, priced at the day's rates, approved, and exported with the right sums", async () => {
    const meetings = await data.claimableMeetings(USER_REP, NOW);
    const target = meetings.find((m) => !m.claim)!;
    expect(target).toBeDefined();
    expect(target.prefillMinutes).toBeGreaterThan(0);

    // 84 kr in tickets and tolls: with a receipt (tests/integration/fee-receipts.test.ts holds the rule).
    const receipt = { fileName: "bompengar.pdf", mimeType: "application/pdf", kind: "pdf" as const, size: 8, sha256: "0".repeat(64), bytes: new TextEncoder().encode("%PDF-1.4") };
    const submitted = await mutations.submitClaim(claimInput({ meetingId: target.meetingId, membershipId: target.membershipId }), USER_REP, NOW, { add: [receipt], remove: [] });
    expect(submitted.ok).toBe(true);
    // A second submit of the same new claim (double click, second tab) doubles nothing.
    expect(await mutations.submitClaim(claimInput({ meetingId: target.meetingId, membershipId: target.membershipId }), USER_REP, NOW)).toEqual({ ok: false, error: "CONFLICT" });
    const rows = await db.prisma.feeClaim.findMany({ where: { meetingId: target.meetingId, userId: USER_REP } });
    expect(rows).toHaveLength(1);
    // 2,5 h × 900 + 1,5 h × 600 + 42 km × 5,30 + 84 kr (the example rates)
    expect(rows[0]).toMatchObject({ status: "SUBMITTED", meetingMinutes: 150, preparationMinutes: 90, kilometres: 42, expensesOre: 84_00, totalOre: 3456_60, version: 1 });

    // Returned without a reason is refused by the form; with one, the claimant is mailed in the same transaction.
    expect(schema.decisionSchema.safeParse({ claimId: rows[0]!.id, version: "1", decision: "return", reason: "" }).success).toBe(false);
    const returned = await mutations.decideClaim(schema.decisionSchema.parse({ claimId: rows[0]!.id, version: "1", decision: "return", reason: "Køyrde du frå Voss?" }), SECRETARIAT, NOW);
    expect(returned).toEqual({ ok: true });
    const mail = await db.prisma.outgoingEmail.findFirstOrThrow({ where: { to: DEMO_USERS.userRep.email, subject: { contains: "Honorarkravet" } } });
    expect(mail.text).toContain("Køyrde du frå Voss?");
    expect(mail.text).toContain("/mine-honorar");

    // The claimant corrects it: a stale version is CONFLICT, the current one sends it again.
    const fix = (version: string) => claimInput({ meetingId: target.meetingId, membershipId: target.membershipId, version, kilometres: "120" });
    expect(await mutations.submitClaim(fix("1"), USER_REP, NOW)).toEqual({ ok: false, error: "CONFLICT" });
    expect((await mutations.submitClaim(fix("2"), USER_REP, NOW)).ok).toBe(true);

    // Two secretaries decide at once: one wins.
    const id = rows[0]!.id;
    const [a, b] = await Promise.all([
      mutations.decideClaim(schema.decisionSchema.parse({ claimId: id, version: "3", decision: "approve" }), SECRETARIAT, NOW),
      mutations.decideClaim(schema.decisionSchema.parse({ claimId: id, version: "3", decision: "approve" }), DEMO_USERS.admin.id, NOW),
    ]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect([a, b].filter((r) => !r.ok)).toEqual([{ ok: false, error: "CONFLICT" }]);
    // An approved claim is locked for the claimant.
    expect(await mutations.submitClaim(fix("4"), USER_REP, NOW)).toEqual({ ok: false, error: "LOCKED" });

    const day = target.startsAt.toISOString().slice(0, 10);
    const approved = await data.approvedClaims("2026-01-01", "2026-12-31");
    const mine = approved.find((c) => c.id === id)!;
    // 2250 + 900 + 120 × 5,30 + 84 = 3870,00 kr
    expect(mine).toMatchObject({ status: "APPROVED", kilometres: 120, totalOre: 3870_00 });
    const text = csv.feeCsv("nn", approved);
    expect(text.startsWith("\uFEFFMøtedato;Organ;Namn;")).toBe(true);
    const line = text.split("\r\n").find((l) => l.includes(mine.claimant))!;
    expect(line).toContain(`${day};Strategisk samarbeidsutval;${mine.claimant};`);
    expect(line).toContain(";2,5;1,5;120;84,00;3870,00;");
    // Outside the period: not exported.
    expect((await data.approvedClaims("2025-01-01", "2025-01-31")).find((c) => c.id === id)).toBeUndefined();
  });

  it("is refused for a meeting the register does not show them at, and for someone else's seat", async () => {
    const gpMeeting = (await data.claimableMeetings(GP, NOW)).find((m) => !m.claim)!;
    // The user representative claims on the GP's seat: the register says the GP sat there.
    expect(await mutations.submitClaim(claimInput({ meetingId: gpMeeting.meetingId, membershipId: gpMeeting.membershipId }), USER_REP, NOW)).toEqual({ ok: false, error: "NOT_ATTENDED" });
    // The latest held SSU meeting has no register yet: nobody may claim for it.
    expect(
      await mutations.submitClaim(claimInput({ meetingId: "seed-mtg-ssu-2026-09-03", membershipId: ids.membership("ssu", 13) }), GP, NOW),
    ).toEqual({ ok: false, error: "NOT_ATTENDED" });
    expect(await db.prisma.feeClaim.count({ where: { meetingId: "seed-mtg-ssu-2026-09-03" } })).toBe(0);
  });
});
