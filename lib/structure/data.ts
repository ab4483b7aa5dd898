import "server-only";
import { prisma, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";
import { getTranslator, localize, type Locale } from "@/lib/i18n";
import { localized } from "@/lib/i18n/localize";
import { SITE_IDENTITY_ID } from "./rows";
import { STRUCTURE_FORMAT, type StructureDescription, type StructureRule } from "./schema";
import type { PriorityGroupEntry } from "./priority-groups";

// Reads the structure of the helsefellesskap from the database as one description (the export, and the "before" of
// an import's dry run). Works inside a transaction too.

type Reader = Db | Prisma.TransactionClient;

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const text = (nn: string, nb: string | null) => ({ nn, nb: nb ?? null });

/** The priority groups valid in `year` (from the year of validFrom up to and including the year of validTo). */
export async function priorityGroupsOffered(year: number, db: Reader = prisma) {
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year, 11, 31));
  return db.priorityGroupDefinition.findMany({
    where: { validFrom: { lte: end }, OR: [{ validTo: null }, { validTo: { gte: start } }] },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
}

/** The current structure as a description (bodies closed earlier are kept, with closedOn: they are history). */
export async function exportStructure(db: Reader = prisma): Promise<StructureDescription> {
  const [identity, areas, parties, bodies, groups, ruleSet] = await Promise.all([
    db.siteIdentity.findUnique({ where: { id: SITE_IDENTITY_ID } }),
    db.area.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] }),
    db.party.findMany({
      include: { area: { select: { slug: true } }, serviceAreas: { include: { area: { select: { slug: true, sortOrder: true } } } } },
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    }),
    db.body.findMany({
      include: {
        parent: { select: { slug: true } },
        area: { select: { slug: true } },
        tasks: { orderBy: { position: "asc" } },
      },
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    }),
    db.priorityGroupDefinition.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
    db.representationRuleSet.findFirst({
      where: { active: true },
      orderBy: [{ adoptedOn: "desc" }, { createdAt: "desc" }],
      include: { rules: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }] } },
    }),
  ]);
  return {
    format: STRUCTURE_FORMAT,
    ...(identity ? { identity: { name: text(identity.name, identity.nameNb), description: text(identity.description, identity.descriptionNb) } } : {}),
    areas: areas.map((a) => ({ slug: a.slug, name: text(a.name, a.nameNb) })),
    parties: parties.map((p) => ({
      slug: p.slug,
      kind: p.kind,
      side: p.side,
      name: text(p.name, p.nameNb),
      shortName: p.shortName,
      area: p.area?.slug ?? null,
      serves: p.serviceAreas
        .sort((a, b) => a.area.sortOrder - b.area.sortOrder || a.area.slug.localeCompare(b.area.slug))
        .map((s) => ({ area: s.area.slug, sectorResponsibility: s.sectorResponsibility })),
    })),
    bodies: bodies.map((b) => ({
      slug: b.slug,
      kind: b.kind,
      name: text(b.name, b.nameNb),
      shortName: b.shortName,
      mandate: text(b.mandate, b.mandateNb),
      tasks: b.tasks.map((t) => text(t.text, t.textNb)),
      parent: b.parent?.slug ?? null,
      area: b.area?.slug ?? null,
      minMeetingsPerYear: b.minMeetingsPerYear,
      mentalHealthField: b.mentalHealthField,
      noticeCallsDeputies: b.noticeCallsDeputies,
      establishedOn: iso(b.establishedOn),
      closedOn: iso(b.closedOn),
    })),
    priorityGroups: groups.map((g) => ({
      code: g.code,
      name: text(g.name, g.nameNb),
      source: g.source,
      validFrom: iso(g.validFrom)!,
      validTo: iso(g.validTo),
    })),
    ruleSet: {
      name: text(ruleSet?.name ?? "–", ruleSet?.nameNb ?? null),
      adoptedOn: iso(ruleSet?.adoptedOn ?? null),
      rules: (ruleSet?.rules ?? []).map(
        (r) =>
          ({
            code: r.code,
            bodyKinds: r.bodyKinds,
            severity: r.severity,
            kind: r.kind,
            params: r.params,
            description: text(r.description, r.descriptionNb),
          }) as StructureRule,
      ),
    },
  };
}

/**
 * Every priority group, also those no longer or not yet valid (names of groups on older records, filters). Pages
 * get the public data cache's copy (structure changes expire it); a transaction passes its own `db`.
 */
export async function priorityGroupCatalog(db?: Reader): Promise<PriorityGroupEntry[]> {
  return db ? readPriorityGroupCatalog(db) : cachedPriorityGroupCatalog();
}

const cachedPriorityGroupCatalog = cachedPublic("priority-groups", [PUBLIC_TAGS.bodies], async () => readPriorityGroupCatalog(prisma));

async function readPriorityGroupCatalog(db: Reader): Promise<PriorityGroupEntry[]> {
  const rows = await db.priorityGroupDefinition.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
  return rows.map((g) => ({
    code: g.code,
    name: g.name,
    nameNb: g.nameNb,
    fromYear: g.validFrom.getUTCFullYear(),
    toYear: g.validTo ? g.validTo.getUTCFullYear() : null,
  }));
}

/** The codes among `codes` that are not priority groups valid in `year` (a form's choice checked on the server). */
export async function priorityGroupsNotValidIn(codes: readonly string[], year: number, db: Reader = prisma): Promise<string[]> {
  if (codes.length === 0) return [];
  const valid = new Set((await priorityGroupsOffered(year, db)).map((g) => g.code));
  return codes.filter((c) => !valid.has(c));
}

/** The helsefellesskap's own name and description (issue 20 item 4); null in a database that was never seeded. */
export type SiteIdentity = { name: string; nameNb: string | null; description: string; descriptionNb: string | null };

export const getSiteIdentity = cachedPublic("site-identity", [PUBLIC_TAGS.bodies], async (): Promise<SiteIdentity | null> =>
  prisma.siteIdentity.findUnique({ where: { id: SITE_IDENTITY_ID }, select: { name: true, nameNb: true, description: true, descriptionNb: true } }),
);

/** Who takes part, for the about page: the specialist institutions, and the areas with their municipalities. */
export const getParticipants = cachedPublic("participants", [PUBLIC_TAGS.bodies], async () => {
  const [areas, institutions] = await Promise.all([
    prisma.area.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      select: {
        slug: true,
        name: true,
        nameNb: true,
        parties: { where: { kind: "MUNICIPALITY" }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { name: true, shortName: true } },
      },
    }),
    prisma.party.findMany({
      where: { kind: { in: ["HEALTH_TRUST", "PRIVATE_NONPROFIT_HOSPITAL"] } },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { name: true, nameNb: true },
    }),
  ]);
  return {
    institutions,
    areas: areas.map((a) => ({ slug: a.slug, name: a.name, nameNb: a.nameNb, municipalities: a.parties.map((p) => p.shortName ?? p.name) })),
  };
});

/** The helsefellesskap's name in `lang` (its text and the language it is in), or a neutral name before a seed. */
export async function siteName(lang: Locale): Promise<{ text: string; lang: Locale }> {
  const identity = await getSiteIdentity();
  return identity ? localized(lang, identity.name, identity.nameNb) : { text: getTranslator(lang)("site.fallbackName"), lang };
}

/** The site's description (meta description) in `lang`. */
export async function siteDescription(lang: Locale): Promise<string> {
  const identity = await getSiteIdentity();
  return identity ? localize(lang, identity.description, identity.descriptionNb) : getTranslator(lang)("site.description");
}
