// The structure of the helsefellesskap comes from its description file (issue 20 items 3–4): areas, parties, bodies
// with mandate and tasks, priority groups and the representation rules. The file is validated by the same schema as
// an import (lib/structure/schema) and mapped by the same columns (lib/structure/rows); the seed only adds its fixed
// ids, so demo content can refer to the rows. Which file: the `structure` option, else SAMAN_STRUCTURE, else the
// Bergen description (the default, with the full demo content).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseStructure, type StructureDescription } from "../../lib/structure/schema";
import {
  areaColumns,
  bodyColumns,
  partyColumns,
  priorityGroupColumns,
  ruleColumns,
  ruleSetColumns,
  serviceAreaColumns,
  taskColumns,
} from "../../lib/structure/rows";
import bergenFile from "../structure/bergen.json" with { type: "json" };
import type { Prisma } from "../../lib/db/generated/prisma/client";
import type { AreaRow, BodyRow, BodyTaskRow, PartyRow, ServiceAreaRow } from "./types";
import { ids } from "./ids";
import { oslo } from "./time";

/** The default description: the helsefellesskap whose full demo content the seed carries. */
export const DEFAULT_STRUCTURE = "prisma/structure/bergen.json";

/** Validates a description; a file that the import would refuse stops the seed with every problem listed. */
export function checkedStructure(json: unknown, source: string): StructureDescription {
  const parsed = parseStructure(json);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n");
    throw new Error(`The structure description ${source} is not valid:\n${lines}`);
  }
  return parsed.description;
}

/** Reads and validates a description file (relative to the project directory). */
export function readStructure(file: string): StructureDescription {
  const full = path.resolve(process.cwd(), file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(full, "utf8"));
  } catch (error) {
    throw new Error(`The structure description ${file} cannot be read: ${(error as Error).message}`);
  }
  return checkedStructure(json, file);
}

/** Which description a seed run uses: the option, the environment (SAMAN_STRUCTURE), or the default. */
export function structureFile(option?: string): string {
  return option ?? (process.env.SAMAN_STRUCTURE?.trim() || DEFAULT_STRUCTURE);
}

export const isDefaultStructure = (file: string) => path.resolve(process.cwd(), file) === path.resolve(process.cwd(), DEFAULT_STRUCTURE);

// ──────────────── The default description, for the demo content written for it ────────────────

const bergen = checkedStructure(bergenFile, DEFAULT_STRUCTURE);

export type AreaSlug = "bergen" | "bergensregionen" | "nordhordland" | "voss";

export const AREAS: { slug: AreaSlug; name: string; nameNb: string }[] = bergen.areas.map((a) => ({
  slug: a.slug as AreaSlug,
  name: a.name.nn,
  nameNb: a.name.nb ?? a.name.nn,
}));

/** The municipalities of the default description: short name, official name and area. */
export const MUNICIPALITIES: { slug: string; shortName: string; name: string; area: AreaSlug }[] = bergen.parties
  .filter((p) => p.kind === "MUNICIPALITY")
  .map((p) => ({ slug: p.slug, shortName: p.shortName ?? p.name.nn, name: p.name.nn, area: p.area as AreaSlug }));

export const municipalitiesIn = (area: AreaSlug) => MUNICIPALITIES.filter((m) => m.area === area);

export const defaultStructure = () => bergen;

// ──────────────── Rows with the seed's fixed ids ────────────────

/** Rule-set ids already in seeded databases stay what they were, so a later seed run adds no second rule set. */
const RULE_SET_KEY: Record<string, string> = { [DEFAULT_STRUCTURE]: "helse-bergen-2022" };

export function structureRows(d: StructureDescription, file: string, year: number) {
  const created = oslo(year - 2, 12, 15, 12, 0);
  const ruleSetCreated = d.ruleSet.adoptedOn ? new Date(`${d.ruleSet.adoptedOn}T11:00:00Z`) : created;
  const areas: AreaRow[] = d.areas.map((a, index) => ({ id: ids.area(a.slug), slug: a.slug, ...areaColumns(a), sortOrder: index + 1 }));
  const parties: PartyRow[] = d.parties.map((p, index) => ({
    id: ids.party(p.slug),
    slug: p.slug,
    ...partyColumns(p, ids.area),
    sortOrder: index + 1,
  }));
  const serviceAreas: ServiceAreaRow[] = d.parties.flatMap((p) => serviceAreaColumns(p, ids.area).map((s) => ({ partyId: ids.party(p.slug), ...s })));
  const bodies: BodyRow[] = d.bodies.map((b, index) => ({
    id: ids.body(b.slug),
    slug: b.slug,
    ...bodyColumns(b, ids.area),
    parentId: b.parent ? ids.body(b.parent) : null,
    sortOrder: index + 1,
    createdAt: created,
    updatedAt: created,
    version: 1,
  }));
  const tasks: BodyTaskRow[] = d.bodies.flatMap((b) =>
    taskColumns(b.tasks).map((t) => ({ id: ids.task(b.slug, t.position), bodyId: ids.body(b.slug), ...t })),
  );
  const key = RULE_SET_KEY[file] ?? path.basename(file, path.extname(file));
  const ruleSetId = `seed-ruleset-${key}`;
  const ruleSets: Prisma.RepresentationRuleSetCreateManyInput[] = [
    { id: ruleSetId, ...ruleSetColumns(d), active: true, createdAt: ruleSetCreated, updatedAt: ruleSetCreated },
  ];
  const rules: Prisma.RepresentationRuleCreateManyInput[] = d.ruleSet.rules.map((r, index) => ({
    id: `seed-rule-${key}-${r.code.toLowerCase()}`,
    ruleSetId,
    code: r.code,
    ...ruleColumns(r, index),
    params: r.params as Prisma.InputJsonObject,
  }));
  const priorityGroups: Prisma.PriorityGroupDefinitionCreateManyInput[] = d.priorityGroups.map((g, index) => ({
    code: g.code,
    ...priorityGroupColumns(g),
    sortOrder: index + 1,
  }));
  return { areas, parties, serviceAreas, bodies, tasks, ruleSets, rules, priorityGroups };
}
