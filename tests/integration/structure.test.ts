// The structure as data (issue 20 item 3) against a real migrated database with the seed: the Bergen description file
// is what the seeded database exports; export → import is a round trip that changes nothing but records a version; a
// file that does not match the schema is refused with path + message and changes no row; a change that would make
// current memberships break a hard rule (O1, G3 …) lists them before anything is saved; the fifth priority group
// (Meld. St. 9 (2023–2024)) is offered from 2024 and not before.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let data: typeof import("@/lib/structure/data");
let mutations: typeof import("@/lib/structure/mutations");
let schema: typeof import("@/lib/structure/schema");

const NOW = new Date("2026-11-22T12:00:00Z");
const SECRETARIAT = DEMO_USERS.secretariat.id;
const bergenFile = () => JSON.parse(readFileSync("prisma/structure/bergen.json", "utf8")) as Record<string, unknown>;

async function counts() {
  const [areas, parties, serviceAreas, bodies, tasks, rules, groups, versions, audits] = await Promise.all([
    db.prisma.area.count(),
    db.prisma.party.count(),
    db.prisma.serviceArea.count(),
    db.prisma.body.count(),
    db.prisma.bodyTask.count(),
    db.prisma.representationRule.count(),
    db.prisma.priorityGroupDefinition.count(),
    db.prisma.structureVersion.count(),
    db.prisma.auditEntry.count({ where: { action: "structure.import" } }),
  ]);
  return { areas, parties, serviceAreas, bodies, tasks, rules, groups, versions, audits };
}

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  data = await import("@/lib/structure/data");
  mutations = await import("@/lib/structure/mutations");
  schema = await import("@/lib/structure/schema");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the Bergen description", () => {
  it("is valid against the published schema and is exactly what the seeded database exports", async () => {
    const file = bergenFile();
    expect(schema.parseStructure(file)).toMatchObject({ ok: true });
    const { $schema, ...description } = file;
    expect($schema).toBeTypeOf("string");
    expect(await data.exportStructure()).toEqual(description);
  });

  it("publishes a JSON Schema that names every section", () => {
    const json = schema.structureJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(json.properties)).toEqual(expect.arrayContaining(["areas", "parties", "bodies", "priorityGroups", "ruleSet"]));
    expect(json.required).toEqual(expect.arrayContaining(["format", "areas", "parties", "bodies", "priorityGroups", "ruleSet"]));
  });
});

describe("export → import", () => {
  it("is a round trip: the dry run finds nothing to change, and applying it leaves the export identical", async () => {
    const exported = await data.exportStructure();
    const preview = await mutations.previewStructureImport(JSON.stringify(exported, null, 2), NOW);
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.unchanged).toBe(true);
    expect(preview.consequences).toEqual([]);
    const before = await counts();
    const applied = await mutations.applyStructureImport(JSON.stringify(exported), {
      actorId: SECRETARIAT,
      basis: preview.basis,
      validFrom: NOW,
      asOf: NOW,
    });
    expect(applied.ok).toBe(true);
    expect(await data.exportStructure()).toEqual(exported);
    expect(await counts()).toEqual({ ...before, versions: before.versions + 1, audits: before.audits + 1 });
  });
});

describe("the same file as YAML", () => {
  it("is a round trip equal to the JSON one: the same description, nothing to change, the export identical", async () => {
    const exported = await data.exportStructure();
    const file = { $schema: "/api/v1/structure.schema.json", ...exported };
    const yaml = schema.structureYaml(file);
    expect(schema.structureFileFormat(yaml)).toBe("yaml");
    expect(yaml).toContain("validFrom: 2024-01-01"); // a date stays a string in YAML 1.2
    expect(schema.parseStructureText(yaml)).toEqual(schema.parseStructureText(JSON.stringify(file)));
    const preview = await mutations.previewStructureImport(yaml, NOW);
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.unchanged).toBe(true);
    const before = await counts();
    const applied = await mutations.applyStructureImport(yaml, { actorId: SECRETARIAT, basis: preview.basis, validFrom: NOW, asOf: NOW });
    expect(applied.ok).toBe(true);
    expect(await data.exportStructure()).toEqual(exported);
    expect(await counts()).toEqual({ ...before, versions: before.versions + 1, audits: before.audits + 1 });
  });

  it("refuses bad YAML with a path and a message (with the line), and changes nothing", async () => {
    const before = await counts();
    const unclosed = "format: saman-structure/1\nareas: [\n  { slug: nord\n";
    const result = schema.parseStructureText(unclosed);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatchObject({ path: "/", code: "notYaml", message: expect.stringMatching(/^Not YAML: .*line \d+/) });
    // A key twice is refused too (YAML would otherwise keep the last one silently).
    expect(schema.parseStructureText("format: a\nformat: b\n")).toMatchObject({ ok: false, problems: [{ path: "/", code: "notYaml" }] });
    const applied = await mutations.applyStructureImport(unclosed, { actorId: SECRETARIAT, basis: "x", validFrom: NOW, asOf: NOW });
    expect(applied).toMatchObject({ ok: false, error: "INVALID", problems: expect.arrayContaining([expect.objectContaining({ path: "/", code: "notYaml" })]) });
    expect(await counts()).toEqual(before);
  });

  it("reports a YAML file that does not match the schema at the same paths as JSON", async () => {
    const broken = structuredClone(await data.exportStructure()) as unknown as { bodies: Record<string, unknown>[] };
    broken.bodies[1]!.kind = "COUNCIL";
    const paths = (text: string) => {
      const r = schema.parseStructureText(text);
      return r.ok ? [] : r.problems.map((p) => [p.path, p.code]);
    };
    expect(paths(schema.structureYaml(broken))).toEqual(paths(JSON.stringify(broken)));
    expect(paths(schema.structureYaml(broken))).toContainEqual(["/bodies/1/kind", "invalidValue"]);
  });
});

describe("a file that does not match the schema", () => {
  it("is refused with a path and a message for each problem, and no row changes", async () => {
    const broken = structuredClone(await data.exportStructure()) as unknown as {
      bodies: Record<string, unknown>[];
      parties: Record<string, unknown>[];
      ruleSet: { rules: { params: Record<string, unknown> }[] };
    };
    broken.bodies[1]!.kind = "COUNCIL";
    broken.bodies[2]!.parent = "no-such-body";
    broken.parties[0]!.area = "atlantis";
    delete broken.parties[1]!.name;
    const s1 = broken.ruleSet.rules.findIndex((r) => (r as unknown as { code: string }).code === "S1");
    (broken.ruleSet.rules[s1]!.params as { groups: { min: unknown }[] }).groups[0]!.min = -1;
    const before = await counts();

    const preview = await mutations.previewStructureImport(JSON.stringify(broken), NOW);
    expect(preview.ok).toBe(false);
    const problems = preview.ok ? [] : preview.problems;
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["/bodies/1/kind", "/parties/1/name", `/ruleSet/rules/${s1}/params/groups/0/min`]));
    for (const p of problems) expect(p.message.length).toBeGreaterThan(0);

    const applied = await mutations.applyStructureImport(JSON.stringify(broken), { actorId: SECRETARIAT, basis: "x", validFrom: NOW, asOf: NOW });
    expect(applied).toMatchObject({ ok: false, error: "INVALID" });
    expect(await counts()).toEqual(before);
  });

  it("reports broken cross-references once the shape is right (unknown area, unknown parent)", async () => {
    const broken = structuredClone(await data.exportStructure());
    broken.bodies[2]!.parent = "no-such-body";
    broken.parties[0]!.area = "atlantis";
    const result = schema.parseStructure(broken);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "/bodies/2/parent", code: "unknownBody", detail: "no-such-body" }),
        expect.objectContaining({ path: "/parties/0/area", code: "unknownArea", detail: "atlantis" }),
      ]),
    );
  });

  it("answers a file that is not JSON with one problem at the root", () => {
    expect(schema.parseStructureText("{ areas: ")).toMatchObject({ ok: false, problems: [{ path: "/" }] });
  });

  it("refuses to drop an area, a party or a body (history refers to them)", async () => {
    const shrunk = structuredClone(await data.exportStructure());
    shrunk.bodies = shrunk.bodies.filter((b) => b.slug !== "fsu-barn-og-unge");
    const preview = await mutations.previewStructureImport(JSON.stringify(shrunk), NOW);
    expect(preview).toMatchObject({ ok: false, error: "INVALID", problems: [{ path: "/bodies" }] });
  });
});

describe("a change that breaks a hard rule for current memberships", () => {
  it("lists the rule, the body and the people before saving, and saves only when the consequences are accepted", async () => {
    const changed = structuredClone(await data.exportStructure());
    // Askøy moves from Bergensregionen to Nordhordland: its OU member now sits in an OU its municipality is not in,
    // and Nordhordland's OU lacks Askøy (O1: one seat per municipality of the area).
    const askoy = changed.parties.find((p) => p.slug === "askoy")!;
    askoy.area = "nordhordland";
    const before = await counts();

    const preview = await mutations.previewStructureImport(JSON.stringify(changed), NOW);
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.unchanged).toBe(false);
    expect(preview.diff.parties.changed).toEqual([{ key: "askoy", fields: ["area"] }]);
    const o1 = preview.consequences.filter((c) => c.rule === "O1");
    expect(o1.map((c) => c.body)).toContain("omradeutval-nordhordland");
    expect(preview.consequences.every((c) => c.rule && c.findingId)).toBe(true);
    expect(preview.consequences.some((c) => c.people.length > 0)).toBe(true);
    expect(await counts()).toEqual(before);

    const refused = await mutations.applyStructureImport(JSON.stringify(changed), { actorId: SECRETARIAT, basis: preview.basis, validFrom: NOW, asOf: NOW });
    expect(refused).toMatchObject({ ok: false, error: "CONSEQUENCES" });
    expect(await counts()).toEqual(before);
    expect((await data.exportStructure()).parties.find((p) => p.slug === "askoy")!.area).toBe("bergensregionen");

    const stale = await mutations.applyStructureImport(JSON.stringify(changed), {
      actorId: SECRETARIAT,
      basis: "0000000000000000",
      validFrom: NOW,
      asOf: NOW,
      acceptConsequences: true,
    });
    expect(stale).toEqual({ ok: false, error: "CONFLICT" });

    const applied = await mutations.applyStructureImport(JSON.stringify(changed), {
      actorId: SECRETARIAT,
      basis: preview.basis,
      validFrom: NOW,
      asOf: NOW,
      acceptConsequences: true,
    });
    expect(applied.ok).toBe(true);
    expect((await data.exportStructure()).parties.find((p) => p.slug === "askoy")!.area).toBe("nordhordland");
    const entry = await db.prisma.auditEntry.findFirst({ where: { action: "structure.import" }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ actorId: SECRETARIAT, entityType: "StructureVersion", entityId: applied.ok ? applied.versionId : "" });
  });
});

describe("priority groups as data", () => {
  it("offers the four groups before 2024 and adds pregnant women, birth and postnatal care from 2024", async () => {
    const codes = async (year: number) => (await data.priorityGroupsOffered(year)).map((g) => g.code);
    expect(await codes(2023)).toEqual(["CHILDREN_YOUTH", "SEVERE_MENTAL_ILLNESS_SUBSTANCE", "FRAIL_ELDERLY", "MULTIPLE_CHRONIC"]);
    expect(await codes(2024)).toEqual([
      "CHILDREN_YOUTH",
      "SEVERE_MENTAL_ILLNESS_SUBSTANCE",
      "FRAIL_ELDERLY",
      "MULTIPLE_CHRONIC",
      "PREGNANCY_BIRTH_POSTNATAL",
    ]);
  });
});
