// A rules-engine context built from the seed's pure builders (no database): a structure description, its demo
// membership and its rule set. `seedContext` is the default (Bergen) description with its compliant membership and
// the Helse Bergen 2022 rule set; tests change copies of it to break one rule at a time. `describedContext` does the
// same for any description file with the generated membership (issue 20 item 4).
import type { RuleContext, RuleDef, RuleMembership } from "@/lib/membership/rules";
import type { StructureDescription } from "@/lib/structure/schema";
import { buildGeneratedMemberships } from "@/prisma/seed/generated";
import { buildMemberships } from "@/prisma/seed/memberships";
import { defaultStructure, DEFAULT_STRUCTURE, readStructure, structureRows } from "@/prisma/seed/structure";
import type { MembershipRow, PersonRow } from "@/prisma/seed/types";

const rulesOf = (d: StructureDescription): RuleDef[] => d.ruleSet.rules.map((r, i) => ({ ...r, sortOrder: i + 1 }));

export const RULES: RuleDef[] = rulesOf(defaultStructure());

function contextOf(d: StructureDescription, file: string, year: number, plan: { persons: PersonRow[]; memberships: MembershipRow[] }): RuleContext {
  const people = new Map(plan.persons.map((p) => [p.id, p]));
  const memberships: RuleMembership[] = plan.memberships.map((m) => {
    const person = people.get(m.personId)!;
    return {
      id: m.id,
      bodyId: m.bodyId,
      personId: m.personId,
      personName: `${person.givenName} ${person.familyName}`,
      personTitle: person.title ?? null,
      partyId: m.partyId ?? null,
      side: m.side ?? null,
      seat: m.seat,
      role: m.role,
      portfolio: m.portfolio ?? null,
      principalId: m.principalId ?? null,
      termStart: m.termStart,
      termEnd: m.termEnd,
    };
  });
  const rows = structureRows(d, file, year);
  // Four meetings of the strategic committee in the year, so S8 holds unless a test takes them away.
  const ssu = rows.bodies.find((b) => b.kind === "STRATEGIC_COMMITTEE");
  const meetings = ssu ? [2, 5, 9, 11].map((month) => ({ bodyId: ssu.id, startsAt: new Date(Date.UTC(year, month - 1, 10, 9)), cancelled: false })) : [];
  return {
    areas: rows.areas.map((a) => ({ id: a.id!, slug: a.slug, name: a.name, nameNb: a.nameNb ?? null })),
    parties: rows.parties.map((p) => ({
      id: p.id!,
      slug: p.slug,
      name: p.name,
      nameNb: p.nameNb ?? null,
      kind: p.kind,
      side: p.side ?? null,
      areaId: p.areaId ?? null,
    })),
    serviceAreas: rows.serviceAreas.map((s) => ({ partyId: s.partyId, areaId: s.areaId, sectorResponsibility: s.sectorResponsibility ?? true })),
    bodies: rows.bodies.map((b) => ({
      id: b.id,
      slug: b.slug,
      kind: b.kind,
      shortName: b.shortName,
      name: b.name,
      nameNb: b.nameNb ?? null,
      areaId: b.areaId ?? null,
      minMeetingsPerYear: b.minMeetingsPerYear ?? null,
      mentalHealthField: b.mentalHealthField ?? false,
      closedOn: (b.closedOn as Date | null | undefined) ?? null,
    })),
    memberships,
    meetings,
    decisions: [],
  };
}

export function seedContext(year: number): RuleContext {
  const plan = buildMemberships(year);
  return contextOf(defaultStructure(), DEFAULT_STRUCTURE, year, { persons: plan.persons.rows, memberships: plan.memberships });
}

/** Another description file (e.g. prisma/structure/fjordkysten.json), its rules and its generated membership. */
export function describedContext(file: string, year: number): { rules: RuleDef[]; ctx: RuleContext } {
  const d = readStructure(file);
  return { rules: rulesOf(d), ctx: contextOf(d, file, year, buildGeneratedMemberships(d, year)) };
}
