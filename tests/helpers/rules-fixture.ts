// A rules-engine context built from the seed's pure builders (no database): the real structure and its compliant
// membership, with the seeded Helse Bergen 2022 rule set. Tests change copies of it to break one rule at a time.
import type { RuleContext, RuleDef, RuleMembership } from "@/lib/membership/rules";
import { buildBodies } from "@/prisma/seed/bodies";
import { buildMemberships } from "@/prisma/seed/memberships";
import { HELSE_BERGEN_RULES } from "@/prisma/seed/rules";
import { buildAreas, buildParties, buildServiceAreas } from "@/prisma/seed/structure";

export const RULES: RuleDef[] = HELSE_BERGEN_RULES.map((r, i) => ({ ...r, sortOrder: i + 1 }));

export function seedContext(year: number): RuleContext {
  const plan = buildMemberships(year);
  const people = new Map(plan.persons.rows.map((p) => [p.id, p]));
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
  const { bodies } = buildBodies(year);
  // Four SSU meetings in the year, so S8 holds unless a test takes them away.
  const ssu = bodies.find((b) => b.slug === "ssu")!;
  const meetings = [2, 5, 9, 11].map((month) => ({ bodyId: ssu.id, startsAt: new Date(Date.UTC(year, month - 1, 10, 9)), cancelled: false }));
  return {
    areas: buildAreas().map((a) => ({ id: a.id!, slug: a.slug, name: a.name, nameNb: a.nameNb ?? null })),
    parties: buildParties().map((p) => ({
      id: p.id!,
      slug: p.slug,
      name: p.name,
      nameNb: p.nameNb ?? null,
      kind: p.kind,
      side: p.side ?? null,
      areaId: p.areaId ?? null,
    })),
    serviceAreas: buildServiceAreas().map((s) => ({ partyId: s.partyId, areaId: s.areaId, sectorResponsibility: s.sectorResponsibility ?? true })),
    bodies: bodies.map((b) => ({
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
