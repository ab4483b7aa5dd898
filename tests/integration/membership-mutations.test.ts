// Membership changes under the retningsline, against a real (embedded or CI) PostgreSQL with the seeded structure:
// a change that breaks a hard rule is refused and leaves the database exactly as it was; a soft-rule change is
// saved with its warning kept; a change planned for next year is checked against next year's composition.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";
import { formatRuleMessage } from "@/lib/membership/format";
import { evaluateAll } from "@/lib/membership/rules";
import { appointMembershipSchema, changeMembershipSchema, type AppointMembershipInput } from "@/lib/membership/schema";

const NOW = new Date("2026-11-22T12:00:00Z");
const opts = { now: NOW, revalidate: false } as const;

let db: TestDatabase;
let mutations: typeof import("@/lib/membership/mutations");
let data: typeof import("@/lib/membership/data");

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  mutations = await import("@/lib/membership/mutations");
  data = await import("@/lib/membership/data");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

/** Every row of the tables a membership change may touch, as text: equal dumps mean not a byte changed. */
async function dump(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of ["Membership", "MembershipWarning", "AuditEntry", "Person"]) {
    const rows = await db.prisma.$queryRawUnsafe<{ dump: string | null }[]>(
      `SELECT string_agg(t::text, E'\\n' ORDER BY t::text) AS dump FROM "${table}" t`,
    );
    out[table] = rows[0]!.dump ?? "";
  }
  return out;
}

const membership = (bodySlug: string, where: Record<string, unknown>) =>
  db.prisma.membership.findFirstOrThrow({ where: { body: { slug: bodySlug }, ...where }, orderBy: { id: "asc" } });

/** Appoints through the same schema the form and the action use. */
const appoint = (input: AppointMembershipInput) => mutations.appointMembership(appointMembershipSchema.parse(input), opts);

async function newPerson(givenName: string) {
  return db.prisma.person.create({ data: { givenName, familyName: "Testesen", title: "kommunalsjef" } });
}

describe("the seeded structure", () => {
  it("is fully compliant today, by the rule set stored in the database", async () => {
    const input = await data.loadRuleInput(db.prisma, NOW);
    expect(input.ruleSet?.name).toContain("Helse Bergen 2022");
    expect(input.rules).toHaveLength(26);
    const report = evaluateAll(input.rules, input.ctx, NOW);
    const problems = [...report.structure, ...report.bodies.flatMap((b) => b.results)]
      .flatMap((r) => r.findings)
      .map((f) => formatRuleMessage(getTranslator("nn"), "nn", f.message));
    expect(problems).toEqual([]);
    expect(report.bodies).toHaveLength(11);
  });

  it("stays compliant through the term: the S7 and O5 alternations due on 1 January are planned, and foreseen", async () => {
    const input = await data.loadRuleInput(db.prisma, NOW);
    // The rules that look at people and seats (meeting counts depend on the meeting plan), until the working group ends.
    const membershipRules = input.rules.filter((r) => r.kind !== "MEETINGS_PER_YEAR");
    for (const day of ["2026-12-31", "2027-01-01", "2027-06-15", "2028-01-01", "2028-06-30"]) {
      const report = evaluateAll(membershipRules, input.ctx, new Date(`${day}T12:00:00Z`));
      const problems = [...report.structure, ...report.bodies.flatMap((b) => b.results)].flatMap((r) => r.findings).map((f) => formatRuleMessage(getTranslator("nn"), "nn", f.message));
      expect(problems, day).toEqual([]);
    }
    const notes = (at: string, slug: string, code: string) => {
      const report = evaluateAll(input.rules, input.ctx, new Date(`${at}T12:00:00Z`));
      const result = report.bodies.find((b) => b.body.slug === slug)!.results.find((r) => r.code === code)!;
      return { due: result.due, notes: result.notes.map((n) => formatRuleMessage(getTranslator("nn"), "nn", n)) };
    };
    // Today: what is due next, and when – and after the change, the next one two years on.
    expect(notes("2026-11-22", "ssu", "S7")).toEqual({ due: "2027-01-01", notes: ["Leiinga i SSU skal gå over til spesialisthelsetenesta frå 1. januar 2027."] });
    expect(notes("2027-03-01", "ssu", "S7")).toEqual({ due: "2029-01-01", notes: ["Leiinga i SSU skal gå over til kommunane frå 1. januar 2029."] });
    expect(notes("2026-11-22", "omradeutval-voss", "O5")).toEqual({
      due: "2027-01-01",
      notes: ["Tilsettrepresentanten og varaen i OU Voss skal byte sektor frå 1. januar 2027."],
    });
    expect(notes("2027-03-01", "omradeutval-voss", "O5").due).toBe("2029-01-01");
  });
});

describe("hard rules refuse the change and leave the database as it was", () => {
  it("refuses removing the only municipal user representative of an OU (O4)", async () => {
    const user = await membership("omradeutval-voss", { seat: "USER_MUNICIPAL", role: "MEMBER" });
    const before = await dump();
    const result = await mutations.endMembership({ membershipId: user.id, version: user.version, lastDay: "2026-11-30" }, opts);
    expect(result.ok).toBe(false);
    if (result.ok || result.error !== "RULES_BROKEN") throw new Error("expected a refusal");
    expect(result.breaches.map((b) => b.code)).toEqual(["O4"]);
    expect(result.breaches[0]!.asOf).toBe("2026-12-01");
    expect(formatRuleMessage(getTranslator("nn"), "nn", result.breaches[0]!.message)).toBe(
      "O4: OU Voss skal ha 1 brukarrepresentantar frå kommunal side; samansetjinga har 0.",
    );
    expect(formatRuleMessage(getTranslator("nb"), "nb", result.breaches[0]!.fix!)).toBe("Oppnevn 1 flere brukerrepresentanter fra kommunal side.");
    expect(await dump()).toEqual(before);
  });

  it("refuses appointing a third representative from Bergen kommune to SSU (S1)", async () => {
    const person = await newPerson("Tredje");
    const deputy = await newPerson("Vara");
    const before = await dump();
    const result = await appoint(
      {
        bodyId: "seed-body-ssu",
        personId: person.id,
        deputyPersonId: deputy.id,
        seat: "MUNICIPAL",
        role: "MEMBER",
        partyId: "seed-party-bergen",
        termStart: "2026-12-01",
        termEnd: "2028-12-31",
      },
    );
    if (result.ok || result.error !== "RULES_BROKEN") throw new Error("expected a refusal");
    const messages = result.breaches.map((b) => formatRuleMessage(getTranslator("nn"), "nn", b.message));
    expect(messages).toContain("S1: SSU skal ha 2 kommunale representantar frå Bergen; samansetjinga har 3.");
    expect(result.breaches.every((b) => b.code === "S1")).toBe(true);
    expect(await dump()).toEqual(before);
  });

  it("refuses an SSU member without a personal deputy (S6)", async () => {
    const person = await newPerson("Utan");
    const gp = await membership("ssu", { seat: "GP", role: "MEMBER" });
    const before = await dump();
    // Replacing the GP with someone who has no deputy.
    const result = await appoint(
      { bodyId: "seed-body-ssu", personId: person.id, seat: "GP", role: "MEMBER", partyId: gp.partyId ?? undefined, replacesId: gp.id, termStart: "2027-01-01" },
    );
    if (result.ok || result.error !== "RULES_BROKEN") throw new Error("expected a refusal");
    expect(result.breaches.map((b) => b.code)).toEqual(["S6"]);
    expect(formatRuleMessage(getTranslator("nn"), "nn", result.breaches[0]!.message)).toBe("S6: Utan Testesen (fastlege) har ingen personleg vara i SSU.");
    expect(await dump()).toEqual(before);

    // Ending only the deputy of an SSU member is refused too.
    const vara = await db.prisma.membership.findFirstOrThrow({ where: { principalId: gp.id } });
    const ended = await mutations.endMembership({ membershipId: vara.id, version: vara.version, lastDay: "2026-12-31" }, opts);
    expect(ended.ok === false && ended.error === "RULES_BROKEN" && ended.breaches.map((b) => b.code)).toEqual(["S6"]);
    expect(await dump()).toEqual(before);
  });

  it("refuses ending the secretariat member who holds an OU's secretariat seat (O8, across bodies)", async () => {
    const vossSek = await membership("samarbeidssekretariatet", { partyId: "seed-party-voss" });
    const before = await dump();
    const result = await mutations.endMembership({ membershipId: vossSek.id, version: vossSek.version, lastDay: "2026-12-31" }, opts);
    if (result.ok || result.error !== "RULES_BROKEN") throw new Error("expected a refusal");
    expect(new Set(result.breaches.map((b) => b.code))).toEqual(new Set(["K1", "O8"]));
    expect(result.breaches.find((b) => b.code === "O8")!.bodyId).toBe("seed-body-omradeutval-voss");
    expect(await dump()).toEqual(before);
  });
});

describe("soft rules save the change and keep the warning", () => {
  it("ends the OU's GP (O3 soft) with a warning stored", async () => {
    const gp = await membership("omradeutval-nordhordland", { seat: "GP", role: "MEMBER" });
    const result = await mutations.endMembership({ membershipId: gp.id, version: gp.version, lastDay: "2026-12-31" }, opts);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
    expect(result.warnings.map((w) => w.code).sort()).toEqual(["G2", "O3"]);
    const stored = await db.prisma.membershipWarning.findMany({ where: { membershipId: gp.id, resolvedAt: null }, orderBy: { ruleCode: "asc" } });
    expect(stored.map((w) => [w.ruleCode, w.bodyId, w.asOf.toISOString().slice(0, 10)])).toEqual([
      ["G2", "seed-body-omradeutval-nordhordland", "2027-01-01"],
      ["O3", "seed-body-omradeutval-nordhordland", "2027-01-01"],
    ]);
    const o3 = stored.find((w) => w.ruleCode === "O3")!.message as unknown as { message: Parameters<typeof formatRuleMessage>[2] };
    expect(formatRuleMessage(getTranslator("nn"), "nn", o3.message)).toBe("O3: OU Nordhordland skal ha 1 fastlegerepresentantar; samansetjinga har 0.");
    // The personal deputy ended with the member.
    const vara = await db.prisma.membership.findFirstOrThrow({ where: { principalId: gp.id } });
    expect(vara.termEnd?.toISOString().slice(0, 10)).toBe("2026-12-31");
    expect(await db.prisma.auditEntry.count({ where: { entityId: gp.id, action: "membership.end" } })).toBe(1);
  });

  it("resolves the kept warning when a new GP is appointed", async () => {
    const gp = await newPerson("Ny-fastlege");
    const vara = await newPerson("Ny-vara");
    const result = await appoint(
      {
        bodyId: "seed-body-omradeutval-nordhordland",
        personId: gp.id,
        deputyPersonId: vara.id,
        seat: "GP",
        role: "MEMBER",
        partyId: "seed-party-praksiskonsulentordninga-lsu",
        termStart: "2027-01-01",
        termEnd: "2028-12-31",
      },
    );
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
    expect(result.warnings).toEqual([]);
    expect(await db.prisma.membershipWarning.count({ where: { bodyId: "seed-body-omradeutval-nordhordland", resolvedAt: null } })).toBe(0);
  });
});

describe("changes planned ahead are checked against the composition of their date", () => {
  it("accepts a planned replacement next year and refuses one that would break S1 next year only", async () => {
    const bergen = await membership("ssu", { partyId: "seed-party-bergen", role: "MEMBER", seat: "MUNICIPAL" });
    const successor = await newPerson("Etterfølgjar");
    const successorVara = await newPerson("Etterfølgjar-vara");
    const planned = await appoint(
      {
        bodyId: "seed-body-ssu",
        personId: successor.id,
        deputyPersonId: successorVara.id,
        seat: "MUNICIPAL",
        role: "MEMBER",
        partyId: "seed-party-bergen",
        replacesId: bergen.id,
        termStart: "2027-01-01",
        termEnd: "2028-12-31",
      },
    );
    if (!planned.ok) throw new Error(`refused: ${JSON.stringify(planned)}`);
    const input = await data.loadRuleInput(db.prisma, NOW);
    const names = (asOf: string) =>
      input.ctx.memberships
        .filter((m) => m.bodyId === "seed-body-ssu" && m.partyId === "seed-party-bergen" && m.role === "MEMBER" && m.termStart <= new Date(asOf) && (!m.termEnd || m.termEnd >= new Date(asOf)))
        .map((m) => m.personName);
    expect(names("2026-12-31")).not.toContain("Etterfølgjar Testesen");
    expect(names("2027-01-01")).toContain("Etterfølgjar Testesen");

    // Next year SSU would have three from Bergen: refused, naming next year's date; this year is untouched.
    const extra = await newPerson("Ekstra");
    const extraVara = await newPerson("Ekstra-vara");
    const before = await dump();
    const refused = await appoint(
      {
        bodyId: "seed-body-ssu",
        personId: extra.id,
        deputyPersonId: extraVara.id,
        seat: "MUNICIPAL",
        role: "MEMBER",
        partyId: "seed-party-bergen",
        termStart: "2027-06-01",
        termEnd: "2028-12-31",
      },
    );
    if (refused.ok || refused.error !== "RULES_BROKEN") throw new Error("expected a refusal");
    expect(refused.breaches.map((b) => [b.code, b.asOf])).toContainEqual(["S1", "2027-06-01"]);
    expect(await dump()).toEqual(before);
  });

  it("refuses a stale version and an unknown membership without writing", async () => {
    const m = await membership("ssu", { seat: "USER_MUNICIPAL", role: "MEMBER" });
    const before = await dump();
    expect(await mutations.endMembership({ membershipId: m.id, version: m.version + 1, lastDay: "2028-06-30" }, opts)).toEqual({ ok: false, error: "CONFLICT" });
    expect(await mutations.endMembership({ membershipId: "nope", version: 1, lastDay: "2028-06-30" }, opts)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await dump()).toEqual(before);
  });
});

describe("who may change memberships (lib/membership/policy, through the role→permission table)", () => {
  it("allows the secretariat and admins, and refuses members, partners and anonymous visitors", async () => {
    const { canManageMemberships } = await import("@/lib/membership/policy");
    const base = { memberBodyIds: [] as string[], partyId: null };
    expect(canManageMemberships({ ...base, userId: null, roles: [] })).toBe(false);
    expect(canManageMemberships({ ...base, userId: "u1", roles: [], memberBodyIds: ["ssu"] })).toBe(false);
    expect(canManageMemberships({ ...base, userId: "u2", roles: ["PARTNER_CONTACT"], partyId: "p" })).toBe(false);
    expect(canManageMemberships({ ...base, userId: "u3", roles: ["SECRETARIAT"] })).toBe(true);
    expect(canManageMemberships({ ...base, userId: "u4", roles: ["ADMIN"] })).toBe(true);
  });
});

describe("changing a membership (the Endre form)", () => {
  const changeOf = (m: Awaited<ReturnType<typeof membership>>, patch: Record<string, unknown>) => ({
    membershipId: m.id,
    version: m.version,
    personId: m.personId,
    seat: m.seat,
    role: m.role,
    partyId: m.partyId ?? undefined,
    side: m.side ?? undefined,
    portfolio: m.portfolio ?? undefined,
    principalId: m.principalId ?? undefined,
    termStart: m.termStart.toISOString().slice(0, 10),
    termEnd: m.termEnd?.toISOString().slice(0, 10),
    ...patch,
  });

  it("refuses making an OU's leader an ordinary member (O7) and writes nothing", async () => {
    const leader = await membership("omradeutval-bergen", { role: "LEADER" });
    const before = await dump();
    const result = await mutations.changeMembership(changeMembershipSchema.parse(changeOf(leader, { role: "MEMBER" })), opts);
    if (result.ok || result.error !== "RULES_BROKEN") throw new Error(`expected a refusal: ${JSON.stringify(result)}`);
    expect(result.breaches.map((b) => b.code)).toContain("O7");
    expect(await dump()).toEqual(before);
  });

  it("saves a change of portfolio, and refuses the same form saved again over it (CONFLICT)", async () => {
    const m = await membership("omradeutval-bergen", { role: "MEMBER", seat: "SPECIALIST" });
    const first = await mutations.changeMembership(changeMembershipSchema.parse(changeOf(m, { portfolio: "Rehabilitering" })), opts);
    expect(first).toMatchObject({ ok: true, warnings: [] });
    const before = await dump();
    const stale = await mutations.changeMembership(changeMembershipSchema.parse(changeOf(m, { portfolio: "Anna" })), opts);
    expect(stale).toEqual({ ok: false, error: "CONFLICT" });
    expect(await dump()).toEqual(before);
    expect((await db.prisma.membership.findUniqueOrThrow({ where: { id: m.id } })).portfolio).toBe("Rehabilitering");
  });
});

