// Deviations against a seeded database: registration refuses identifying data (fuzzed national identity numbers)
// without writing a row; the overview's numbers equal counts computed from the rows; small counts are suppressed;
// only the right roles register, see and follow up. The viewers are constructed here; in the app they come from the
// session (lib/auth/data.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import { formatShown, type Shown } from "@/lib/deviations/overview";
import { ids } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";
import { descriptionWithNationalId, mulberry32 } from "../helpers/national-id-fuzz";

const NOW = new Date("2026-11-22T12:00:00Z");
const YEAR = 2026;

let db: TestDatabase;
let service: typeof import("@/lib/deviations/service");
let data: typeof import("@/lib/deviations/data");
let appPrisma: typeof import("@/lib/db/client").prisma;

let staff: Viewer;
let partner: Viewer;
let bergenMember: Viewer;
let ssuMember: Viewer;

const BERGEN = ids.area("bergen");
const VOSS = ids.area("voss");
const ASKOY = ids.party("askoy");

function form(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) fd.append(name, v);
  }
  return fd;
}

const valid = (fields: Record<string, string> = {}) =>
  form({
    areaId: ids.area("bergensregionen"),
    reportingPartyId: ASKOY,
    concernedPartyId: ids.party("helse-bergen"),
    category: "DISCHARGE",
    agreementId: ids.agreement("tenesteavtale-5"),
    clause: "§ 6.2",
    month: "2026-10",
    severity: "MEDIUM",
    description: "Utskriving seint på kvelden utan varsel til heimetenesta.",
    ...fields,
  });

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  service = await import("@/lib/deviations/service");
  data = await import("@/lib/deviations/data");
  appPrisma = (await import("@/lib/db/client")).prisma;

  const user = (email: string, fields: Record<string, unknown> = {}) =>
    db.prisma.user.create({ data: { email, name: email, ...fields } });
  const s = await user("sekretariat@example.no", { roles: ["SECRETARIAT"] });
  const p = await user("askoy@example.no", { roles: ["PARTNER_CONTACT"], partyId: ASKOY });
  const m = await user("ou@example.no");
  const ssu = await user("ssu@example.no");
  staff = { userId: s.id, roles: ["SECRETARIAT"], memberBodyIds: [], partyId: null };
  partner = { userId: p.id, roles: ["PARTNER_CONTACT"], memberBodyIds: [], partyId: ASKOY };
  bergenMember = { userId: m.id, roles: [], memberBodyIds: [ids.body("omradeutval-bergen")], partyId: null };
  ssuMember = { userId: ssu.id, roles: [], memberBodyIds: [ids.body("ssu")], partyId: null };
}, 180_000);

afterAll(async () => {
  await appPrisma?.$disconnect();
  await db?.close();
});

describe("registration refuses patient-identifying data", () => {
  it("refuses 2,000 fuzzed national identity numbers, pointing at the description, writing nothing", async () => {
    const before = await db.prisma.deviation.count();
    const random = mulberry32(20261122);
    for (let i = 0; i < 2000; i++) {
      const description = descriptionWithNationalId(random);
      const result = await service.handleRegistration(i % 2 ? staff : partner, valid({ description }));
      expect(result, description).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { description: "nationalId" } });
    }
    expect(await db.prisma.deviation.count()).toBe(before);
  });

  it("refuses a birth date next to a name, over-long text and attachments", async () => {
    const before = await db.prisma.deviation.count();
    const birth = await service.handleRegistration(staff, valid({ description: "Kari Nordmann, 12.03.1945, utan melding." }));
    expect(birth).toMatchObject({ ok: false, fieldErrors: { description: "birthDate" } });
    const long = await service.handleRegistration(staff, valid({ description: "x".repeat(501) }));
    expect(long).toMatchObject({ ok: false, fieldErrors: { description: "tooLong" } });
    const fd = valid();
    fd.append("attachment", new File(["epikrise"], "epikrise.pdf", { type: "application/pdf" }));
    expect(await service.handleRegistration(staff, fd)).toEqual({ ok: false, error: "FILES_NOT_ALLOWED" });
    expect(await db.prisma.deviation.count()).toBe(before);
  });
});

describe("who may register", () => {
  it("anonymous and members without a role are refused", async () => {
    expect(await service.handleRegistration(ANONYMOUS, valid())).toEqual({ ok: false, error: "UNAUTHENTICATED" });
    expect(await service.handleRegistration(bergenMember, valid())).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await service.handleRegistration(ssuMember, valid())).toEqual({ ok: false, error: "FORBIDDEN" });
  });

  it("a partner contact registers for their own party only", async () => {
    const other = await service.handleRegistration(partner, valid({ reportingPartyId: ids.party("bergen") }));
    expect(other).toMatchObject({ ok: false, fieldErrors: { reportingPartyId: "notOwnParty" } });
    const own = await service.handleRegistration(partner, valid());
    expect(own.ok).toBe(true);
    const row = await db.prisma.deviation.findUniqueOrThrow({ where: { id: own.ok ? own.id : "" } });
    expect(row).toMatchObject({ reportingPartyId: ASKOY, category: "DISCHARGE", clause: "§ 6.2", registeredById: partner.userId });
    expect(row.month.toISOString().slice(0, 10)).toBe("2026-10-01");
  });

  it("the secretariat registers for any party, but not for a month in the future or unknown parties", async () => {
    expect((await service.handleRegistration(staff, valid({ reportingPartyId: ids.party("helse-bergen"), concernedPartyId: ASKOY }))).ok).toBe(true);
    expect(await service.handleRegistration(staff, valid({ month: "2099-01" }))).toMatchObject({ fieldErrors: { month: "future" } });
    expect(await service.handleRegistration(staff, valid({ concernedPartyId: "nope" }))).toMatchObject({ fieldErrors: { concernedPartyId: "invalid" } });
    expect(await service.handleRegistration(staff, valid({ concernedPartyId: ASKOY }))).toMatchObject({ fieldErrors: { concernedPartyId: "sameParty" } });
  });
});

describe("overview", () => {
  // A hidden cell (complementary suppression) only ever stands for a count of 5 or more – or for any count in a
  // withheld breakdown; every other cell is the count itself or "<5" for 1–4.
  const expectShown = (shown: Shown, count: number) => {
    if (shown.kind === "hidden") return;
    expect(formatShown(shown, "nn")).toBe(count > 0 && count < 5 ? "<5" : String(count));
  };

  it("matches counts computed directly from the registrations, with counts 1–4 shown as <5", async () => {
    const rows = await db.prisma.deviation.findMany();
    const overview = await data.getOverview(YEAR, "all", NOW);
    const inPeriod = (y: number) => rows.filter((r) => r.month.getUTCFullYear() === y && r.month.getUTCMonth() + 1 <= 11);
    expectShown(overview.total.current, inPeriod(YEAR).length);
    expectShown(overview.total.previous, inPeriod(YEAR - 1).length);
    for (const m of overview.byMonth) {
      const count = (y: number) => rows.filter((r) => r.month.getUTCFullYear() === y && r.month.getUTCMonth() + 1 === Number(m.key)).length;
      expectShown(m.current, count(YEAR));
      expectShown(m.previous, count(YEAR - 1));
    }
    for (const c of overview.byCategory) expectShown(c.current, inPeriod(YEAR).filter((r) => r.category === c.key).length);
    for (const p of overview.byPartyPair) {
      const [from, to] = p.key.split(">");
      expectShown(p.current, inPeriod(YEAR).filter((r) => r.reportingPartyId === from && r.concernedPartyId === to).length);
    }
    expect(overview.byMonth.some((m) => m.current.kind === "suppressed")).toBe(true);
  });

  it("an area's overview counts only that area", async () => {
    const overview = await data.getOverview(YEAR - 1, [VOSS], NOW);
    const count = await db.prisma.deviation.count({
      where: { areaId: VOSS, month: { gte: new Date(Date.UTC(YEAR - 1, 0, 1)), lt: new Date(Date.UTC(YEAR, 0, 1)) } },
    });
    expectShown(overview.total.current, count);
  });
});

describe("follow-up", () => {
  async function bergenDeviation() {
    return db.prisma.deviation.findFirstOrThrow({ where: { areaId: BERGEN }, orderBy: { id: "asc" } });
  }

  it("an OU member records follow-up in their area with measure links; a stale version is a conflict", async () => {
    const deviation = await bergenDeviation();
    const measure = ids.measure(YEAR, "1.2");
    const fields = {
      deviationId: deviation.id,
      version: String(deviation.version),
      followUp: "Drøfta i områdeutvalet; varslingsrutinen er presisert.",
      handledOn: "2026-11-20",
      localProject: "Betre utskriving i Bergen",
      measureIds: [measure],
    };
    const result = await service.handleFollowUp(bergenMember, form(fields));
    expect(result).toEqual({ ok: true, version: deviation.version + 1 });
    const detail = await data.getDeviation(deviation.id);
    expect(detail).toMatchObject({ followUp: fields.followUp, localProject: fields.localProject, measureIds: [measure] });
    expect(detail?.handledOn?.toISOString().slice(0, 10)).toBe("2026-11-20");

    const stale = await service.handleFollowUp(staff, form({ ...fields, followUp: "Ein annan tekst." }));
    expect(stale).toEqual({ ok: false, error: "CONFLICT" });
    expect((await data.getDeviation(deviation.id))?.followUp).toBe(fields.followUp);
  });

  it("refuses other areas, SSU members, anonymous, unknown measures and identifying text", async () => {
    const voss = await db.prisma.deviation.findFirstOrThrow({ where: { areaId: VOSS } });
    const base = { deviationId: voss.id, version: String(voss.version), followUp: "Teke opp." };
    expect(await service.handleFollowUp(bergenMember, form(base))).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await service.handleFollowUp(ssuMember, form(base))).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await service.handleFollowUp(ANONYMOUS, form(base))).toEqual({ ok: false, error: "UNAUTHENTICATED" });
    expect(await service.handleFollowUp(staff, form({ ...base, measureIds: ["nope"] }))).toMatchObject({ fieldErrors: { measureIds: "invalid" } });
    const random = mulberry32(7);
    for (let i = 0; i < 200; i++) {
      const result = await service.handleFollowUp(staff, form({ ...base, followUp: descriptionWithNationalId(random) }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { followUp: "nationalId" } });
    }
    expect((await db.prisma.deviation.findUniqueOrThrow({ where: { id: voss.id } })).version).toBe(voss.version);
  });
});
