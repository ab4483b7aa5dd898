// The structure of a helsefellesskap as one description (issue 20 item 3): areas, parties, bodies with mandate and
// tasks, the priority groups with validity dates, and the representation rules whose parameters carry the seats (who
// appoints, how many, personal deputies: rule ids G1–G6, S1–S8, O1–O8, K1–K3, F1). One zod schema validates an
// imported file, shapes the export and is published as JSON Schema (z.toJSONSchema) – never written twice.
import { parseDocument, stringify } from "yaml";
import { z } from "zod";
import { BODY_KINDS, PARTY_KINDS, RULE_KINDS, RULE_SEVERITIES, SIDES } from "@/lib/domain/vocabulary";
import { PARAMS_BY_KIND } from "@/lib/membership/rules/params";

export const STRUCTURE_FORMAT = "saman-structure/1";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lowercase letters, digits and single hyphens (a-z, 0-9, -)");
const isoDate = z.iso.date();
/** Text in both languages: nynorsk always, bokmål where it differs (null = same as nynorsk). */
const text = z.object({ nn: z.string().trim().min(1), nb: z.string().trim().min(1).nullable() }).strict();

const area = z.object({ slug, name: text }).strict();

/** Who the portal belongs to: the helsefellesskap's name (site title, front page, footer) and a one-sentence description. */
const identity = z.object({ name: text, description: text }).strict();

const party = z
  .object({
    slug,
    kind: z.enum(PARTY_KINDS),
    side: z.enum(SIDES).nullable(),
    name: text,
    shortName: z.string().trim().min(1).nullable(),
    /** A municipality's utvalsområde (area slug). */
    area: slug.nullable(),
    /** Where a specialist institution serves; sectorResponsibility = sektoransvar (G4). */
    serves: z.array(z.object({ area: slug, sectorResponsibility: z.boolean() }).strict()),
  })
  .strict();

const body = z
  .object({
    slug,
    kind: z.enum(BODY_KINDS),
    name: text,
    /** Used in case numbers ("SSU 12/2026"); unique. */
    shortName: z.string().trim().min(1).max(40),
    mandate: text,
    tasks: z.array(text),
    parent: slug.nullable(),
    area: slug.nullable(),
    minMeetingsPerYear: z.number().int().min(1).nullable(),
    mentalHealthField: z.boolean(),
    noticeCallsDeputies: z.boolean(),
    establishedOn: isoDate.nullable(),
    closedOn: isoDate.nullable(),
  })
  .strict();

const priorityGroup = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, "Upper-case code, e.g. CHILDREN_YOUTH"),
    name: text,
    source: z.string().trim().min(1).nullable(),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
  })
  .strict();

const ruleCommon = {
  /** The rule id of the guideline, e.g. "S6". */
  code: z.string().trim().min(1).max(20),
  /** Body kinds the rule applies to; empty = a structure-wide rule (G3). */
  bodyKinds: z.array(z.enum(BODY_KINDS)),
  severity: z.enum(RULE_SEVERITIES),
  description: text,
};

const ruleOfKind = <K extends (typeof RULE_KINDS)[number]>(kind: K) =>
  z.object({ ...ruleCommon, kind: z.literal(kind), params: PARAMS_BY_KIND[kind] }).strict();

const rule = z.discriminatedUnion(
  "kind",
  RULE_KINDS.map((k) => ruleOfKind(k)) as unknown as [ReturnType<typeof ruleOfKind>, ...ReturnType<typeof ruleOfKind>[]],
);

const ruleSet = z
  .object({
    name: text,
    /** When the guideline was adopted, e.g. SSU 30.11.2022. */
    adoptedOn: isoDate.nullable(),
    rules: z.array(rule),
  })
  .strict();

const shape = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(STRUCTURE_FORMAT),
    identity: identity.optional(),
    areas: z.array(area),
    parties: z.array(party),
    bodies: z.array(body),
    priorityGroups: z.array(priorityGroup),
    ruleSet,
  })
  .strict();

/** The shape alone (the cross-references are checked by structureDescription): a component of /api/v1/openapi.json. */
export const structureShape = shape;

export type StructureDescription = z.infer<typeof shape>;
export type StructureRule = StructureDescription["ruleSet"]["rules"][number];

/** The items whose key was already seen earlier in the list, with their index. */
function duplicates<T>(items: readonly T[], key: (item: T) => string): [number, string][] {
  const seen = new Set<string>();
  return items.flatMap((item, index): [number, string][] => {
    const k = key(item);
    if (seen.has(k)) return [[index, k]];
    seen.add(k);
    return [];
  });
}

/** The cross-references a JSON Schema cannot express: unique keys, and every slug pointing at something that exists. */
function checkReferences(d: StructureDescription, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string, problem: CustomProblem, value = "") =>
    ctx.addIssue({ code: "custom", path, message, params: { problem, value } });
  const areas = new Set(d.areas.map((a) => a.slug));
  const parties = new Set(d.parties.map((p) => p.slug));
  const bodies = new Set(d.bodies.map((b) => b.slug));
  for (const [i, k] of duplicates(d.areas, (a) => a.slug)) issue(["areas", i, "slug"], `Duplicate area slug "${k}"`, "duplicate", k);
  for (const [i, k] of duplicates(d.parties, (p) => p.slug)) issue(["parties", i, "slug"], `Duplicate party slug "${k}"`, "duplicate", k);
  for (const [i, k] of duplicates(d.bodies, (b) => b.slug)) issue(["bodies", i, "slug"], `Duplicate body slug "${k}"`, "duplicate", k);
  for (const [i, k] of duplicates(d.bodies, (b) => b.shortName)) issue(["bodies", i, "shortName"], `Duplicate short name "${k}"`, "duplicate", k);
  for (const [i, k] of duplicates(d.priorityGroups, (g) => g.code)) issue(["priorityGroups", i, "code"], `Duplicate code "${k}"`, "duplicate", k);
  for (const [i, k] of duplicates(d.ruleSet.rules, (r) => r.code)) issue(["ruleSet", "rules", i, "code"], `Duplicate rule code "${k}"`, "duplicate", k);
  d.parties.forEach((p, i) => {
    if (p.area && !areas.has(p.area)) issue(["parties", i, "area"], `Unknown area "${p.area}"`, "unknownArea", p.area);
    if (p.kind === "MUNICIPALITY" && !p.area) issue(["parties", i, "area"], "A municipality belongs to an area", "municipalityArea");
    p.serves.forEach((s, j) => {
      if (!areas.has(s.area)) issue(["parties", i, "serves", j, "area"], `Unknown area "${s.area}"`, "unknownArea", s.area);
    });
  });
  d.bodies.forEach((b, i) => {
    if (b.area && !areas.has(b.area)) issue(["bodies", i, "area"], `Unknown area "${b.area}"`, "unknownArea", b.area);
    if (b.parent && !bodies.has(b.parent)) issue(["bodies", i, "parent"], `Unknown body "${b.parent}"`, "unknownBody", b.parent);
    if (b.parent === b.slug) issue(["bodies", i, "parent"], "A body cannot be its own parent", "ownParent");
    if (b.closedOn && b.establishedOn && b.closedOn < b.establishedOn) issue(["bodies", i, "closedOn"], "Closed before it was established", "endsBeforeStart");
  });
  d.priorityGroups.forEach((g, i) => {
    if (g.validTo && g.validTo < g.validFrom) issue(["priorityGroups", i, "validTo"], "Ends before it begins", "endsBeforeStart");
  });
  d.ruleSet.rules.forEach((r, i) => {
    const refs = JSON.stringify(r.params);
    for (const [key, known, what] of [
      ["partySlugs", parties, "party"],
      ["excludePartySlugs", parties, "party"],
      ["areaSlugs", areas, "area"],
    ] as const) {
      for (const match of refs.matchAll(new RegExp(`"${key}":\\[([^\\]]*)\\]`, "g"))) {
        for (const s of JSON.parse(`[${match[1]}]`) as string[]) {
          if (!known.has(s)) issue(["ruleSet", "rules", i, "params"], `Unknown ${what} "${s}" in ${key}`, what === "party" ? "unknownParty" : "unknownArea", s);
        }
      }
    }
  });
}

/** The description schema: shape, then cross-references. */
export const structureDescription = shape.superRefine(checkReferences);

/** The problems the cross-reference check names (translated by the import page). */
const CUSTOM_PROBLEMS = ["duplicate", "unknownArea", "unknownParty", "unknownBody", "municipalityArea", "ownParent", "endsBeforeStart"] as const;
type CustomProblem = (typeof CUSTOM_PROBLEMS)[number];

/** Why a file or a part of it is refused; `detail` fills the translated message (expected type, allowed values …). */
export const PROBLEM_CODES = [
  ...CUSTOM_PROBLEMS,
  "missing",
  "invalidType",
  "invalidValue",
  "tooSmall",
  "tooBig",
  "invalidFormat",
  "unknownKeys",
  "invalidShape",
  "notJson",
  "notYaml",
  "retired",
  "other",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One problem: a JSON path ("/bodies/3/parent"), an English message (API, logs) and a code + detail for the UI. */
export type StructureProblem = { path: string; message: string; code: ProblemCode; detail: string };

function problemOf(issue: z.core.$ZodIssue): Pick<StructureProblem, "code" | "detail"> {
  switch (issue.code) {
    case "custom": {
      const params = (issue.params ?? {}) as { problem?: CustomProblem; value?: string };
      return { code: params.problem && CUSTOM_PROBLEMS.includes(params.problem) ? params.problem : "other", detail: params.value ?? "" };
    }
    case "invalid_type":
      return issue.input === undefined ? { code: "missing", detail: "" } : { code: "invalidType", detail: issue.expected };
    case "invalid_value":
      return { code: "invalidValue", detail: issue.values.map(String).join(", ") };
    case "too_small":
      return { code: "tooSmall", detail: String(issue.minimum) };
    case "too_big":
      return { code: "tooBig", detail: String(issue.maximum) };
    case "invalid_format":
      return { code: "invalidFormat", detail: issue.format };
    case "unrecognized_keys":
      return { code: "unknownKeys", detail: issue.keys.join(", ") };
    case "invalid_union":
      return { code: "invalidShape", detail: "" };
    default:
      return { code: "other", detail: "" };
  }
}

/** Validates an uploaded description; the problems carry a JSON path ("bodies/3/parent") and a message. */
export function parseStructure(input: unknown): { ok: true; description: StructureDescription } | { ok: false; problems: StructureProblem[] } {
  const result = structureDescription.safeParse(input);
  if (result.success) return { ok: true, description: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({ path: `/${i.path.map(String).join("/")}`, message: i.message, ...problemOf(i) })),
  };
}

/** A file is JSON when it starts with "{", otherwise YAML (the same description, the same schema). */
export type StructureFileFormat = "json" | "yaml";
export const structureFileFormat = (source: string): StructureFileFormat => (source.trimStart().startsWith("{") ? "json" : "yaml");

/** YAML 1.2 (core schema: "2024-01-01" stays a string, "no" is not false), duplicate keys refused, few aliases. */
const YAML_OPTIONS = { version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: true } as const;
const YAML_MAX_ALIASES = 50;

function parseYaml(source: string): { ok: true; value: unknown } | { ok: false; problems: StructureProblem[] } {
  const problem = (message: string): StructureProblem => {
    const first = message.split("\n")[0]!.trim().replace(/:$/, "");
    return { path: "/", message: `Not YAML: ${first}`, code: "notYaml", detail: first };
  };
  try {
    const doc = parseDocument(source, YAML_OPTIONS);
    if (doc.errors.length > 0) return { ok: false, problems: doc.errors.slice(0, 50).map((e) => problem(e.message)) };
    return { ok: true, value: doc.toJS({ maxAliasCount: YAML_MAX_ALIASES }) };
  } catch (error) {
    return { ok: false, problems: [problem((error as Error).message)] };
  }
}

/** Parses the text of an uploaded file (JSON or YAML); a syntax error is a problem at the root, with its line. */
export function parseStructureText(source: string): ReturnType<typeof parseStructure> {
  if (structureFileFormat(source) === "yaml") {
    const yaml = parseYaml(source);
    return yaml.ok ? parseStructure(yaml.value) : yaml;
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, problems: [{ path: "/", message: `Not JSON: ${message}`, code: "notJson", detail: message }] };
  }
  return parseStructure(json);
}

/** The description as a YAML file: the same object as the JSON export (with its $schema), long lines unfolded. */
export function structureYaml(file: Record<string, unknown>): string {
  return stringify(file, { ...YAML_OPTIONS, lineWidth: 0 });
}

/** The published JSON Schema of the description (/api/v1/structure.schema.json). */
export function structureJsonSchema() {
  return {
    ...z.toJSONSchema(shape, { io: "input", unrepresentable: "any" }),
    $id: "/api/v1/structure.schema.json",
    title: "Saman structure description",
  };
}
