// The columns each part of a structure description becomes (issue 20 item 3): one mapping, used by the import
// (mutations.ts) and by the seed (prisma/seed/structure.ts), so a description is read the same way wherever it comes
// from. Pure: no database, no ids (the import lets the database choose them, the seed uses its fixed ones).
import type { StructureDescription } from "./schema";

type Description = StructureDescription;
type Area = Description["areas"][number];
type Party = Description["parties"][number];
type Body = Description["bodies"][number];
type Group = Description["priorityGroups"][number];
type Rule = Description["ruleSet"]["rules"][number];
type Text = { nn: string; nb: string | null };

/** A date of the description ("2022-11-30") as midnight UTC. */
export const dayOf = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The one row of SiteIdentity. */
export const SITE_IDENTITY_ID = "site";

export const identityColumns = (i: NonNullable<Description["identity"]>) => ({
  name: i.name.nn,
  nameNb: i.name.nb,
  description: i.description.nn,
  descriptionNb: i.description.nb,
});

export const areaColumns = (a: Area) => ({ name: a.name.nn, nameNb: a.name.nb });

/** A party's columns; `areaId` turns the area slug into the id of the area row. */
export const partyColumns = (p: Party, areaId: (slug: string) => string) => ({
  name: p.name.nn,
  nameNb: p.name.nb,
  shortName: p.shortName,
  kind: p.kind,
  side: p.side,
  areaId: p.area ? areaId(p.area) : null,
});

export const serviceAreaColumns = (p: Party, areaId: (slug: string) => string) =>
  p.serves.map((s) => ({ areaId: areaId(s.area), sectorResponsibility: s.sectorResponsibility }));

/** A body's own columns (the parent is set once every body exists). */
export const bodyColumns = (b: Body, areaId: (slug: string) => string) => ({
  kind: b.kind,
  name: b.name.nn,
  nameNb: b.name.nb,
  shortName: b.shortName,
  mandate: b.mandate.nn,
  mandateNb: b.mandate.nb,
  areaId: b.area ? areaId(b.area) : null,
  minMeetingsPerYear: b.minMeetingsPerYear,
  mentalHealthField: b.mentalHealthField,
  noticeCallsDeputies: b.noticeCallsDeputies,
  establishedOn: dayOf(b.establishedOn),
  closedOn: dayOf(b.closedOn),
});

export const taskColumns = (tasks: Text[]) => tasks.map((t, i) => ({ position: i + 1, text: t.nn, textNb: t.nb }));

export const priorityGroupColumns = (g: Group) => ({
  name: g.name.nn,
  nameNb: g.name.nb,
  source: g.source,
  validFrom: dayOf(g.validFrom)!,
  validTo: dayOf(g.validTo),
});

export const ruleSetColumns = (d: Description) => ({
  name: d.ruleSet.name.nn,
  nameNb: d.ruleSet.name.nb,
  adoptedOn: dayOf(d.ruleSet.adoptedOn),
});

export const ruleColumns = (r: Rule, index: number) => ({
  bodyKinds: r.bodyKinds,
  severity: r.severity,
  kind: r.kind,
  params: r.params as Record<string, unknown>,
  description: r.description.nn,
  descriptionNb: r.description.nb,
  sortOrder: index + 1,
});
