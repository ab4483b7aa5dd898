import "server-only";
import { prisma, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { frozen } from "@/lib/cache/parse-once";
import { computeWithSnapshot, readStoredCompliance } from "./compliance/data";
import { storeCompliance } from "./compliance/mutations";
import { dayOf, isoOf } from "./rules/dates";
import { evaluateAll, evaluateBody, municipalityRepresentation } from "./rules/engine";
import type { RuleContext, RuleDef, RuleResult } from "./rules/types";

// Reads for the rules: the structure, the full membership history, the active rule set, the meetings and decisions
// the rules count. Everything is plain data for the pure engine in ./rules. Works inside a transaction too.

type Reader = Db | Prisma.TransactionClient;

export type RuleInput = { ruleSet: { id: string; name: string; nameNb: string | null } | null; rules: RuleDef[]; ctx: RuleContext };

/** The active rule set (the newest when several are marked active); null when none is configured. */
export async function loadActiveRules(db: Reader = prisma): Promise<Pick<RuleInput, "ruleSet" | "rules">> {
  const set = await db.representationRuleSet.findFirst({
    where: { active: true },
    orderBy: [{ adoptedOn: "desc" }, { createdAt: "desc" }],
    include: { rules: true },
  });
  if (!set) return { ruleSet: null, rules: [] };
  return {
    ruleSet: { id: set.id, name: set.name, nameNb: set.nameNb },
    rules: set.rules.map((r) => ({
      code: r.code,
      bodyKinds: r.bodyKinds,
      severity: r.severity,
      kind: r.kind,
      params: r.params,
      description: { nn: r.description, nb: r.descriptionNb },
      sortOrder: r.sortOrder,
    })),
  };
}

/** Everything the rules look at. Meetings and decisions from the year before `asOf` to the year after. */
export async function loadRuleContext(db: Reader = prisma, around: Date = new Date()): Promise<RuleContext> {
  const year = around.getUTCFullYear();
  const from = new Date(Date.UTC(year - 1, 0, 1));
  const to = new Date(Date.UTC(year + 2, 0, 1));
  const [areas, parties, serviceAreas, bodies, memberships, meetings, decisions] = await Promise.all([
    db.area.findMany({ select: { id: true, slug: true, name: true, nameNb: true }, orderBy: { sortOrder: "asc" } }),
    db.party.findMany({ select: { id: true, slug: true, name: true, nameNb: true, kind: true, side: true, areaId: true } }),
    db.serviceArea.findMany(),
    db.body.findMany({
      select: {
        id: true,
        slug: true,
        kind: true,
        shortName: true,
        name: true,
        nameNb: true,
        areaId: true,
        minMeetingsPerYear: true,
        mentalHealthField: true,
        closedOn: true,
      },
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    }),
    db.membership.findMany({ include: { person: { select: { givenName: true, familyName: true, title: true } } }, orderBy: { id: "asc" } }),
    db.meeting.findMany({ where: { startsAt: { gte: from, lt: to } }, select: { bodyId: true, startsAt: true, cancelledAt: true } }),
    db.decision.findMany({
      where: { decidedAt: { gte: from, lt: to } },
      select: { kind: true, decidedAt: true, agendaItem: { select: { meeting: { select: { bodyId: true } } } } },
    }),
  ]);
  return {
    areas,
    parties,
    serviceAreas,
    bodies,
    memberships: memberships.map((m) => ({
      id: m.id,
      bodyId: m.bodyId,
      personId: m.personId,
      personName: `${m.person.givenName} ${m.person.familyName}`,
      personTitle: m.person.title,
      partyId: m.partyId,
      side: m.side,
      seat: m.seat,
      role: m.role,
      portfolio: m.portfolio,
      principalId: m.principalId,
      termStart: m.termStart,
      termEnd: m.termEnd,
    })),
    meetings: meetings.map((m) => ({ bodyId: m.bodyId, startsAt: m.startsAt, cancelled: m.cancelledAt !== null })),
    decisions: decisions.map((d) => ({ bodyId: d.agendaItem.meeting.bodyId, kind: d.kind, decidedAt: d.decidedAt })),
  };
}

export async function loadRuleInput(db: Reader = prisma, around: Date = new Date()): Promise<RuleInput> {
  const [rules, ctx] = await Promise.all([loadActiveRules(db), loadRuleContext(db, around)]);
  return { ...rules, ctx };
}

export type StoredWarning = {
  id: string;
  bodyId: string | null;
  membershipId: string | null;
  ruleCode: string;
  message: Prisma.JsonValue;
  asOf: Date;
  createdAt: Date;
};

/** Soft-rule warnings kept from earlier changes and not resolved since, newest first. */
export async function getOpenWarnings(bodyId?: string): Promise<StoredWarning[]> {
  return prisma.membershipWarning.findMany({
    where: { resolvedAt: null, ...(bodyId ? { bodyId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, bodyId: true, membershipId: true, ruleCode: true, message: true, asOf: true, createdAt: true },
  });
}

/** A body by its slug, for the compliance and admin pages. */
export async function getBodyBySlug(slug: string) {
  return prisma.body.findUnique({ where: { slug }, select: { id: true, slug: true, shortName: true, name: true, nameNb: true, kind: true } });
}

function evaluateCompliance(input: RuleInput, asOf: Date) {
  return { ruleSet: input.ruleSet, report: evaluateAll(input.rules, input.ctx, asOf), municipalities: municipalityRepresentation(input.ctx, asOf) };
}
type Compliance = ReturnType<typeof evaluateCompliance>;

/**
 * The compliance of the whole structure as of a day. Today's is stored (./compliance): read in one statement while
 * nothing it depends on has changed, else computed once and stored; other days are computed.
 */
export async function compliance(asOf: Date): Promise<Compliance> {
  const day = dayOf(asOf);
  const today = isoOf(day) === isoOf(dayOf(new Date()));
  if (today) {
    const stored = await readStoredCompliance<Compliance>(day);
    if (stored) return stored;
  }
  const { snapshot, value } = await computeWithSnapshot(async (tx) => evaluateCompliance(await loadRuleInput(tx, asOf), asOf));
  if (today) await storeCompliance(day, snapshot, value);
  // Frozen like the stored report it stands in for (lib/cache/parse-once.ts): one shape of value for every caller.
  return frozen(value);
}

/** The compliance report of the whole structure as of a day, with the soft-rule warnings kept from changes. */
export async function getComplianceReport(asOf: Date) {
  const [found, warnings] = await Promise.all([compliance(asOf), getOpenWarnings()]);
  return { ...found, warnings };
}
export type ComplianceReport = Awaited<ReturnType<typeof getComplianceReport>>;

export type AdminMembership = {
  id: string;
  version: number;
  personId: string;
  personName: string;
  partyId: string | null;
  side: RuleContext["memberships"][number]["side"];
  portfolio: string | null;
  seat: RuleContext["memberships"][number]["seat"];
  role: RuleContext["memberships"][number]["role"];
  partyName: string | null;
  partyNameNb: string | null;
  principalId: string | null;
  termStart: string;
  termEnd: string | null;
};

/** The admin page of a body's memberships: current and planned memberships, people and parties to choose from. */
export async function getMembershipAdmin(slug: string, now: Date = new Date()) {
  const body = await getBodyBySlug(slug);
  if (!body) return null;
  const today = dayOf(now);
  const [memberships, people, parties] = await Promise.all([
    prisma.membership.findMany({
      where: { bodyId: body.id, OR: [{ termEnd: null }, { termEnd: { gte: today } }] },
      include: { person: { select: { givenName: true, familyName: true } }, party: { select: { name: true, nameNb: true } } },
      orderBy: [{ termStart: "asc" }, { id: "asc" }],
    }),
    prisma.person.findMany({ select: { id: true, givenName: true, familyName: true, title: true } }),
    prisma.party.findMany({ select: { id: true, name: true, nameNb: true, side: true }, orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] }),
  ]);
  const collator = new Intl.Collator("nn");
  return {
    body,
    memberships: memberships.map(
      (m): AdminMembership => ({
        id: m.id,
        version: m.version,
        personId: m.personId,
        personName: `${m.person.givenName} ${m.person.familyName}`,
        partyId: m.partyId,
        side: m.side,
        portfolio: m.portfolio,
        seat: m.seat,
        role: m.role,
        partyName: m.party?.name ?? null,
        partyNameNb: m.party?.nameNb ?? null,
        principalId: m.principalId,
        termStart: isoOf(m.termStart),
        termEnd: m.termEnd ? isoOf(m.termEnd) : null,
      }),
    ),
    people: people
      .map((p) => ({ id: p.id, name: `${p.familyName}, ${p.givenName}${p.title ? ` (${p.title})` : ""}` }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    parties,
  };
}
export type MembershipAdmin = NonNullable<Awaited<ReturnType<typeof getMembershipAdmin>>>;

/** One body's rule results as of a day, for the short summary on its public page (shown to members and staff). */
export async function getBodyComplianceResults(bodyId: string, asOf: Date): Promise<RuleResult[] | null> {
  const open = (await compliance(asOf)).report.bodies.find((b) => b.body.id === bodyId);
  if (open) return open.results;
  // A closed body (not in the report) or an unknown id: evaluated on its own.
  const input = await loadRuleInput(prisma, asOf);
  const body = input.ctx.bodies.find((b) => b.id === bodyId);
  return body ? evaluateBody(body, input.rules, input.ctx, asOf) : null;
}
