import "server-only";
import { createHash } from "node:crypto";
import { audit } from "@/lib/audit/mutations";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { loadActiveRules, loadRuleContext } from "@/lib/membership/data";
import { evaluateAll, newBreaches } from "@/lib/membership/rules/engine";
import { PUBLIC_TAGS, revalidatePublic } from "@/lib/public-cache";
import type { RuleContext, RuleDef, RuleResult } from "@/lib/membership/rules/types";
import { exportStructure } from "./data";
import { canonical, diffStructure, isEmptyDiff, same, type StructureDiff } from "./diff";
import { parseStructureText, type StructureDescription, type StructureProblem } from "./schema";
import {
  areaColumns,
  bodyColumns,
  identityColumns,
  partyColumns,
  priorityGroupColumns,
  ruleColumns,
  ruleSetColumns,
  serviceAreaColumns,
  SITE_IDENTITY_ID,
  taskColumns,
} from "./rows";

// Importing a structure description (issue 20 item 3): validate (path + message for every problem, nothing written),
// a dry run (what is added, changed, retired, and which current memberships would break a hard rule), then apply in one
// transaction – audited, with a StructureVersion row valid from a day. Areas, parties and priority groups are history
// for cases, memberships and deviations, so they are never deleted: a body is retired by closing it, a priority group
// by its validTo, and an area or party cannot be left out.

type Tx = Prisma.TransactionClient;

/** A current membership that a hard rule would newly flag under the imported structure. */
export type Consequence = { rule: string; body: string | null; bodyShortName: string | null; findingId: string; people: string[] };

export type StructurePreview = {
  ok: true;
  diff: StructureDiff;
  unchanged: boolean;
  consequences: Consequence[];
  /** Fingerprint of the structure the preview was made against; apply refuses with CONFLICT when it moved. */
  basis: string;
};

export type PreviewResult = StructurePreview | { ok: false; error: "INVALID"; problems: StructureProblem[] };

export type ApplyResult =
  | { ok: true; versionId: string; diff: StructureDiff }
  | { ok: false; error: "INVALID"; problems: StructureProblem[] }
  | { ok: false; error: "CONFLICT" }
  | { ok: false; error: "CONSEQUENCES"; consequences: Consequence[] };

const fingerprint = (d: StructureDescription) => createHash("sha256").update(canonical(d)).digest("hex").slice(0, 16);

const ruleDefs = (d: StructureDescription): RuleDef[] =>
  d.ruleSet.rules.map((r, index) => ({ ...r, description: r.description, sortOrder: index + 1 }));

/** The rule context as it would be under `after`: the same people and memberships, the described structure. */
function project(ctx: RuleContext, after: StructureDescription): RuleContext {
  const idOf = (rows: { id: string; slug: string }[], prefix: string) => {
    const map = new Map(rows.map((r) => [r.slug, r.id]));
    return (slug: string) => map.get(slug) ?? `${prefix}:${slug}`;
  };
  const areaId = idOf(ctx.areas, "new-area");
  const partyId = idOf(ctx.parties, "new-party");
  const bodyId = idOf(ctx.bodies, "new-body");
  return {
    ...ctx,
    areas: after.areas.map((a) => ({ id: areaId(a.slug), slug: a.slug, name: a.name.nn, nameNb: a.name.nb })),
    parties: after.parties.map((p) => ({
      id: partyId(p.slug),
      slug: p.slug,
      name: p.name.nn,
      nameNb: p.name.nb,
      kind: p.kind,
      side: p.side,
      areaId: p.area ? areaId(p.area) : null,
    })),
    serviceAreas: after.parties.flatMap((p) =>
      p.serves.map((s) => ({ partyId: partyId(p.slug), areaId: areaId(s.area), sectorResponsibility: s.sectorResponsibility })),
    ),
    bodies: after.bodies.map((b) => ({
      id: bodyId(b.slug),
      slug: b.slug,
      kind: b.kind,
      shortName: b.shortName,
      name: b.name.nn,
      nameNb: b.name.nb,
      areaId: b.area ? areaId(b.area) : null,
      minMeetingsPerYear: b.minMeetingsPerYear,
      mentalHealthField: b.mentalHealthField,
      closedOn: b.closedOn ? new Date(`${b.closedOn}T00:00:00Z`) : null,
    })),
  };
}

/** Hard-rule findings that the import would add or worsen for the memberships current on `asOf`. */
async function consequencesOf(db: Tx | typeof prisma, after: StructureDescription, asOf: Date): Promise<Consequence[]> {
  const [active, ctx] = await Promise.all([loadActiveRules(db), loadRuleContext(db, asOf)]);
  const before = evaluateAll(active.rules, ctx, asOf);
  const projected = project(ctx, after);
  const next = evaluateAll(ruleDefs(after), projected, asOf);
  const names = new Map(ctx.memberships.map((m) => [m.id, m.personName]));
  const people = (ids: string[] | undefined) => [...new Set((ids ?? []).map((id) => names.get(id) ?? id))].sort((a, b) => a.localeCompare(b, "nn"));
  const beforeOf = new Map<string, RuleResult[]>(before.bodies.map((b) => [b.body.slug, b.results]));
  return [
    ...newBreaches(before.structure, next.structure).map(({ code, finding }) => ({
      rule: code,
      body: null,
      bodyShortName: null,
      findingId: finding.id,
      people: people(finding.membershipIds),
    })),
    ...next.bodies.flatMap((report) =>
      newBreaches(beforeOf.get(report.body.slug) ?? [], report.results).map(({ code, finding }) => ({
        rule: code,
        body: report.body.slug,
        bodyShortName: report.body.shortName,
        findingId: finding.id,
        people: people(finding.membershipIds),
      })),
    ),
  ];
}

/** What cannot be left out (history refers to it): areas, parties and priority groups. */
function retirementProblems(diff: StructureDiff): StructureProblem[] {
  const missing = (path: string, what: string, how: string) => (key: string) => ({
    path,
    message: `${what} "${key}" is missing: ${how}`,
    code: "retired" as const,
    detail: key,
  });
  return [
    ...diff.areas.retired.map(missing("/areas", "Area", "areas are never removed")),
    ...diff.parties.retired.map(missing("/parties", "Party", "parties are never removed")),
    ...diff.priorityGroups.retired.map(missing("/priorityGroups", "Priority group", "end it with validTo instead")),
    ...diff.bodies.retired.map(missing("/bodies", "Body", "close it with closedOn instead")),
  ];
}

async function prepare(db: Tx | typeof prisma, source: string, asOf: Date) {
  const parsed = parseStructureText(source);
  if (!parsed.ok) return { ok: false as const, error: "INVALID" as const, problems: parsed.problems };
  const before = await exportStructure(db);
  const diff = diffStructure(before, parsed.description);
  const problems = retirementProblems(diff);
  if (problems.length) return { ok: false as const, error: "INVALID" as const, problems };
  const consequences = await consequencesOf(db, parsed.description, asOf);
  return { ok: true as const, before, after: parsed.description, diff, consequences };
}

/** The dry run: validation, the diff against the current structure and the hard-rule consequences. Writes nothing. */
export async function previewStructureImport(source: string, asOf: Date = new Date()): Promise<PreviewResult> {
  const prepared = await prepare(prisma, source, asOf);
  if (!prepared.ok) return prepared;
  return {
    ok: true,
    diff: prepared.diff,
    unchanged: isEmptyDiff(prepared.diff),
    consequences: prepared.consequences,
    basis: fingerprint(prepared.before),
  };
}

/** Renumbers a section only when the order of the kept keys changed; new keys go after the existing ones. */
function orderOf(before: string[], after: string[], current: Map<string, number>): Map<string, number> {
  const kept = after.filter((k) => before.includes(k));
  const sameOrder = kept.join("\n") === before.filter((k) => after.includes(k)).join("\n");
  if (!sameOrder) return new Map(after.map((k, i) => [k, (i + 1) * 10]));
  let next = Math.max(0, ...current.values());
  return new Map(after.map((k) => [k, current.get(k) ?? ++next]));
}

async function write(tx: Tx, before: StructureDescription, after: StructureDescription) {
  if (after.identity) {
    const data = identityColumns(after.identity);
    await tx.siteIdentity.upsert({ where: { id: SITE_IDENTITY_ID }, create: { id: SITE_IDENTITY_ID, ...data }, update: data });
  }
  const areaRows = await tx.area.findMany({ select: { id: true, slug: true, sortOrder: true } });
  const areaOrder = orderOf(before.areas.map((a) => a.slug), after.areas.map((a) => a.slug), new Map(areaRows.map((a) => [a.slug, a.sortOrder])));
  for (const a of after.areas) {
    const data = { ...areaColumns(a), sortOrder: areaOrder.get(a.slug)! };
    await tx.area.upsert({ where: { slug: a.slug }, create: { slug: a.slug, ...data }, update: data });
  }
  const areaId = new Map((await tx.area.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));

  const partyRows = await tx.party.findMany({ select: { slug: true, sortOrder: true } });
  const partyOrder = orderOf(before.parties.map((p) => p.slug), after.parties.map((p) => p.slug), new Map(partyRows.map((p) => [p.slug, p.sortOrder])));
  const oldParty = new Map(before.parties.map((p) => [p.slug, p]));
  for (const p of after.parties) {
    const data = { ...partyColumns(p, (slug) => areaId.get(slug)!), sortOrder: partyOrder.get(p.slug)! };
    const row = await tx.party.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: data });
    if (!same(oldParty.get(p.slug)?.serves, p.serves)) {
      await tx.serviceArea.deleteMany({ where: { partyId: row.id } });
      await tx.serviceArea.createMany({
        data: serviceAreaColumns(p, (slug) => areaId.get(slug)!).map((s) => ({ partyId: row.id, ...s })),
      });
    }
  }

  const bodyRows = await tx.body.findMany({ select: { slug: true, sortOrder: true } });
  const bodyOrder = orderOf(before.bodies.map((b) => b.slug), after.bodies.map((b) => b.slug), new Map(bodyRows.map((b) => [b.slug, b.sortOrder])));
  const oldBody = new Map(before.bodies.map((b) => [b.slug, b]));
  for (const b of after.bodies) {
    const was = oldBody.get(b.slug);
    const data = { ...bodyColumns(b, (slug) => areaId.get(slug)!), sortOrder: bodyOrder.get(b.slug)! };
    if (was && same({ ...was, parent: null }, { ...b, parent: null }) && bodyRows.find((r) => r.slug === b.slug)?.sortOrder === data.sortOrder) {
      continue;
    }
    const row = await tx.body.upsert({ where: { slug: b.slug }, create: { slug: b.slug, ...data }, update: { ...data, version: { increment: 1 } } });
    if (!same(was?.tasks, b.tasks)) {
      await tx.bodyTask.deleteMany({ where: { bodyId: row.id } });
      await tx.bodyTask.createMany({ data: taskColumns(b.tasks).map((t) => ({ bodyId: row.id, ...t })) });
    }
  }
  // Parents once every body exists (a new body may be the parent of another).
  const bodyId = new Map((await tx.body.findMany({ select: { id: true, slug: true } })).map((b) => [b.slug, b.id]));
  for (const b of after.bodies) {
    if (oldBody.get(b.slug)?.parent === b.parent) continue;
    await tx.body.update({ where: { slug: b.slug }, data: { parentId: b.parent ? bodyId.get(b.parent)! : null } });
  }

  const groupRows = await tx.priorityGroupDefinition.findMany({ select: { code: true, sortOrder: true } });
  const groupOrder = orderOf(
    before.priorityGroups.map((g) => g.code),
    after.priorityGroups.map((g) => g.code),
    new Map(groupRows.map((g) => [g.code, g.sortOrder])),
  );
  for (const g of after.priorityGroups) {
    const data = { ...priorityGroupColumns(g), sortOrder: groupOrder.get(g.code)! };
    await tx.priorityGroupDefinition.upsert({ where: { code: g.code }, create: { code: g.code, ...data }, update: data });
  }

  const set =
    (await tx.representationRuleSet.findFirst({ where: { active: true }, orderBy: [{ adoptedOn: "desc" }, { createdAt: "desc" }] })) ??
    (await tx.representationRuleSet.create({ data: { name: after.ruleSet.name.nn, active: true } }));
  await tx.representationRuleSet.update({
    where: { id: set.id },
    data: ruleSetColumns(after),
  });
  const keep = after.ruleSet.rules.map((r) => r.code);
  await tx.representationRule.deleteMany({ where: { ruleSetId: set.id, code: { notIn: keep } } });
  for (const [index, r] of after.ruleSet.rules.entries()) {
    const data = { ...ruleColumns(r, index), params: r.params as Prisma.InputJsonObject };
    await tx.representationRule.upsert({
      where: { ruleSetId_code: { ruleSetId: set.id, code: r.code } },
      create: { ruleSetId: set.id, code: r.code, ...data },
      update: data,
    });
  }
}

/**
 * Applies an import in one transaction. `basis` is the preview's fingerprint (CONFLICT when the structure changed
 * since); when the import breaks hard rules for current memberships, `acceptConsequences` must be set – the
 * secretariat has seen the list in the dry run.
 */
export async function applyStructureImport(
  source: string,
  options: { actorId: string | null; basis: string; validFrom: Date; acceptConsequences?: boolean; asOf?: Date },
): Promise<ApplyResult> {
  const result = await prisma.$transaction(
    async (tx): Promise<ApplyResult> => {
      const prepared = await prepare(tx, source, options.asOf ?? options.validFrom);
      if (!prepared.ok) return prepared;
      if (fingerprint(prepared.before) !== options.basis) return { ok: false, error: "CONFLICT" } as const;
      if (prepared.consequences.length && !options.acceptConsequences) {
        return { ok: false, error: "CONSEQUENCES", consequences: prepared.consequences } as const;
      }
      await write(tx, prepared.before, prepared.after);
      const version = await tx.structureVersion.create({
        data: {
          validFrom: options.validFrom,
          appliedById: options.actorId,
          summary: prepared.diff as unknown as Prisma.InputJsonObject,
          description: prepared.after as unknown as Prisma.InputJsonObject,
        },
      });
      await audit(
        {
          actorId: options.actorId,
          action: "structure.import",
          entityType: "StructureVersion",
          entityId: version.id,
          before: { basis: options.basis },
          after: { diff: prepared.diff, consequences: prepared.consequences.length },
        },
        tx,
      );
      return { ok: true, versionId: version.id, diff: prepared.diff } as const;
    },
    { timeout: 60_000 },
  );
  // Names, areas and bodies show on every public page: the next visitor sees the new structure at once.
  if (result.ok) {
    try {
      revalidatePublic(Object.values(PUBLIC_TAGS));
    } catch {
      // Outside a Next request (tests, scripts) there is no cache to revalidate.
    }
  }
  return result;
}
