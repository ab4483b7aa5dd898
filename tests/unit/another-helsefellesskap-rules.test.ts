// Another helsefellesskap's shape (issue 20 item 4): the fictional description prisma/structure/fjordkysten.json – two
// areas, one health trust, 25 municipalities, no faglege samarbeidsutval – with its own rule set and the membership
// the seed generates from the structure alone. The rules engine evaluates it without error; every hard rule holds
// for the known membership; F1 (faglege samarbeidsutval in mental health) applies to no body and says nothing; and
// breaking O1 or S6 is reported against the right body.
import { describe, expect, it } from "vitest";
import { evaluateAll, type RuleContext } from "@/lib/membership/rules";
import { describedContext } from "../helpers/rules-fixture";

const FILE = "prisma/structure/fjordkysten.json";
const AS_OF = new Date("2026-11-22T12:00:00Z");

const statuses = (ctx: RuleContext, rules = describedContext(FILE, 2026).rules) => {
  const report = evaluateAll(rules, ctx, AS_OF);
  return {
    report,
    structure: Object.fromEntries(report.structure.map((r) => [r.code, r.status])),
    bodies: Object.fromEntries(report.bodies.map((b) => [b.body.slug, Object.fromEntries(b.results.map((r) => [r.code, r.status]))])),
  };
};

describe("the rules on another helsefellesskap's structure", () => {
  it("hold for the generated membership: no hard rule is breached in any body", () => {
    const { ctx } = describedContext(FILE, 2026);
    const { report, bodies, structure } = statuses(ctx);
    expect(ctx.parties.filter((p) => p.kind === "MUNICIPALITY")).toHaveLength(25);
    expect(ctx.areas).toHaveLength(2);
    expect(ctx.bodies.some((b) => b.kind === "PROFESSIONAL_COMMITTEE")).toBe(false);
    // G3: every municipality sits in SSU or its OU.
    expect(structure.G3).toBe("ok");
    const breaches = report.bodies.flatMap((b) =>
      b.results.filter((r) => r.status === "breach").map((r) => `${b.body.slug} ${r.code}: ${JSON.stringify(r.findings[0]?.message)}`),
    );
    expect(breaches).toEqual([]);
    // The rules the shape gives: SSU's composition (S1–S7), the OUs' (O1, O4, O7, O8), the secretariat's (K1, K2).
    expect(bodies.ssu).toMatchObject({ S1: "ok", S2: "ok", S3: "ok", S5: "ok", S6: "ok", S7: "ok" });
    for (const ou of ["omradeutval-nordre", "omradeutval-sondre"]) expect(bodies[ou]).toMatchObject({ G4: "ok", O1: "ok", O4: "ok", O7: "ok", O8: "ok" });
    expect(bodies.samarbeidssekretariatet).toMatchObject({ K1: "ok", K2: "ok" });
  });

  it("applies F1 to no body when the helsefellesskap has no faglege samarbeidsutval", () => {
    const { ctx, rules } = describedContext(FILE, 2026);
    expect(rules.some((r) => r.code === "F1")).toBe(true);
    const { report } = statuses(ctx, rules);
    expect(report.bodies.flatMap((b) => b.results.map((r) => r.code))).not.toContain("F1");
    expect(report.structure.map((r) => r.code)).not.toContain("F1");
  });

  it("reports a municipality missing from its area committee (O1, G3) and a member without personal deputy in SSU (S6)", () => {
    const { ctx } = describedContext(FILE, 2026);
    const ou = ctx.bodies.find((b) => b.slug === "omradeutval-sondre")!;
    const municipal = ctx.memberships.filter((m) => m.bodyId === ou.id && m.seat === "MUNICIPAL" && m.role === "MEMBER");
    const gone = municipal.at(-1)!;
    const ssu = ctx.bodies.find((b) => b.slug === "ssu")!;
    const principal = ctx.memberships.find((m) => m.bodyId === ssu.id && m.role === "MEMBER" && m.seat === "SPECIALIST")!;
    ctx.memberships = ctx.memberships.filter((m) => m.id !== gone.id && m.principalId !== gone.id && m.principalId !== principal.id);
    const { bodies, structure } = statuses(ctx);
    expect(bodies["omradeutval-sondre"]!.O1).toBe("breach");
    expect(bodies["omradeutval-nordre"]!.O1).toBe("ok");
    expect(structure.G3).toBe("breach");
    expect(bodies.ssu!.S6).toBe("breach");
  });
});

describe("the seeded database template (scripts/lib/seeded-template.ts)", () => {
  it("is keyed by SAMAN_STRUCTURE too: another description never starts from the default's template", async () => {
    const { seededTemplateKey } = await import("@/scripts/lib/seeded-template");
    const before = process.env.SAMAN_STRUCTURE;
    try {
      delete process.env.SAMAN_STRUCTURE;
      const bergen = seededTemplateKey(AS_OF);
      process.env.SAMAN_STRUCTURE = FILE;
      expect(seededTemplateKey(AS_OF)).not.toBe(bergen);
    } finally {
      if (before === undefined) delete process.env.SAMAN_STRUCTURE;
      else process.env.SAMAN_STRUCTURE = before;
    }
  });
});
