// Issue 20 item 4: another helsefellesskap runs Saman from a description of itself. A fresh database seeded from the
// fictional prisma/structure/fjordkysten.json (two areas, one health trust, 25 municipalities, no faglege
// samarbeidsutval) holds exactly that structure and the helsefellesskap's own name; the compliance view's report
// (rule ids G1–G6, S1–S8, O1–O8, K1–K3, F1 of the spec) evaluates without error and finds no hard breach in the
// membership the seed generates; and a second seed run changes nothing.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { structureFile } from "@/prisma/seed/structure";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

const FILE = "prisma/structure/fjordkysten.json";
const NOW = new Date("2026-11-22T12:00:00Z");

let db: TestDatabase;
let structure: typeof import("@/lib/structure/data");
let membership: typeof import("@/lib/membership/data");

async function counts() {
  const p = db.prisma;
  const [areas, parties, bodies, memberships, rules, users, identity] = await Promise.all([
    p.area.count(),
    p.party.count(),
    p.body.count(),
    p.membership.count(),
    p.representationRule.count(),
    p.user.count(),
    p.siteIdentity.count(),
  ]);
  return { areas, parties, bodies, memberships, rules, users, identity };
}

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW, structure: FILE });
  process.env.DATABASE_URL = db.url;
  structure = await import("@/lib/structure/data");
  membership = await import("@/lib/membership/data");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("a helsefellesskap seeded from another description", () => {
  it("is chosen by SAMAN_STRUCTURE when no file is given, and the default is the Bergen description", () => {
    const before = process.env.SAMAN_STRUCTURE;
    try {
      process.env.SAMAN_STRUCTURE = FILE;
      expect(structureFile()).toBe(FILE);
      delete process.env.SAMAN_STRUCTURE;
      expect(structureFile()).toBe("prisma/structure/bergen.json");
    } finally {
      if (before === undefined) delete process.env.SAMAN_STRUCTURE;
      else process.env.SAMAN_STRUCTURE = before;
    }
  });

  it("holds exactly the described structure, and its own name", async () => {
    const { $schema, ...description } = JSON.parse(readFileSync(FILE, "utf8")) as Record<string, unknown>;
    expect($schema).toBeTypeOf("string");
    expect(await structure.exportStructure()).toEqual(description);
    expect(await structure.siteName("nn")).toEqual({ text: "Helsefellesskapet Fjordkysten", lang: "nn" });
    const participants = await structure.getParticipants();
    expect(participants.institutions.map((p) => p.name)).toEqual(["Helse Fjordkysten HF"]);
    expect(participants.areas.map((a) => [a.name, a.municipalities.length])).toEqual([
      ["Nordre Fjordkysten", 13],
      ["Søndre Fjordkysten", 12],
    ]);
    expect(await db.prisma.body.count({ where: { kind: "PROFESSIONAL_COMMITTEE" } })).toBe(0);
  });

  it("gives a compliance report without a hard breach: every municipality represented (G3), SSU and the OUs composed", async () => {
    const report = await membership.getComplianceReport(NOW);
    expect(report.ruleSet?.name).toBe("Retningsline for representasjon i Helsefellesskapet Fjordkysten");
    const hard = new Set((await db.prisma.representationRule.findMany({ where: { severity: "HARD" } })).map((r) => r.code));
    const breaches = [
      ...report.report.structure.filter((r) => hard.has(r.code) && r.status === "breach").map((r) => r.code),
      ...report.report.bodies.flatMap((b) => b.results.filter((r) => hard.has(r.code) && r.status === "breach").map((r) => `${b.body.shortName} ${r.code}`)),
    ];
    expect(breaches).toEqual([]);
    expect(report.municipalities).toHaveLength(25);
    expect(report.municipalities.every((m) => m.bodies.length > 0)).toBe(true);
    const ssu = report.report.bodies.find((b) => b.body.slug === "ssu")!;
    expect(ssu.results.map((r) => r.code)).toEqual(expect.arrayContaining(["S1", "S2", "S6", "S7"]));
    // F1 concerns faglege samarbeidsutval in mental health; this helsefellesskap has none, so no body reports it.
    expect(report.report.bodies.flatMap((b) => b.results.map((r) => r.code))).not.toContain("F1");
  });

  it("has demo users who can sign in to the generated memberships, and a second run adds nothing", async () => {
    const partner = await db.prisma.user.findUnique({ where: { email: "kontakt@saman.example.no" }, include: { party: true } });
    expect(partner?.party?.name).toBe("Havbrekke kommune");
    const member = await db.prisma.user.findUnique({ where: { email: "medlem@saman.example.no" } });
    expect(member?.personId).toBeTruthy();
    const before = await counts();
    expect(before).toMatchObject({ areas: 2, parties: 30, bodies: 5, identity: 1, users: 4 });
    await seed(db.prisma, { now: NOW, structure: FILE });
    expect(await counts()).toEqual(before);
  });
});
