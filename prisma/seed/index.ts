// The deterministic seed of Saman: the structure of the helsefellesskap from its description file (prisma/structure/,
// chosen by SAMAN_STRUCTURE; README "Another helsefellesskap"), fictional people in a membership that satisfies the
// representation rules, and – for the default description – two years of meetings with cases, decisions and
// published minutes (with PDFs), the action plans, the agreements, news and anonymised deviations. Another
// description gets a smaller demo derived from its structure alone (./generated.ts).
//
// Deterministic: every row has a fixed id and every value derives from the anchor (`now`), never from the clock
// directly or from randomness. Idempotent: rows are inserted with createMany({ skipDuplicates: true }), so a second
// run creates nothing, changes nothing, and never overwrites what users have edited since.
import type { Prisma, PrismaClient } from "../../lib/db/generated/prisma/client";
import { defaultStructure, DEFAULT_STRUCTURE, isDefaultStructure, readStructure, structureFile, structureRows } from "./structure";
import { BODY } from "./bodies";
import { buildMemberships } from "./memberships";
import { buildProgramme } from "./agenda";
import { buildCaseRows, contactsFrom } from "./cases";
import { buildMinutes } from "./minutes";
import { buildPapers } from "./papers";
import { buildActionPlans } from "./action-plan";
import { buildAgreements } from "./agreements";
import { buildNews } from "./news";
import { buildDeviations } from "./deviations";
import { emptyDocuments } from "./documents";
import { ids } from "./ids";
import { insertSeedData } from "./insert";
import { buildFormerDeputy, insertDemoUsers } from "./users";
import { reindexSearch } from "../../lib/search/mutations";
import { insertContact } from "./contact";
import { insertWorkspaceDemo } from "./workspace-demo";
import { insertStandardAgendaAndCounters } from "./standard-agenda";
import { insertFees } from "./fees";
import { insertFollows } from "./follow";
import { insertAdoptions } from "./adoption";
import { insertIndicators } from "./indicators";
import { insertConsultation } from "./consultation";
import { insertParticipation } from "./participation";
import { buildGeneratedMemberships, buildGeneratedNews, insertGeneratedUsers } from "./generated";
import { SITE_IDENTITY_ID, identityColumns } from "../../lib/structure/rows";
import { diffStructure } from "../../lib/structure/diff";
import type { StructureDescription } from "../../lib/structure/schema";
import { dateOf, oslo } from "./time";

export { checkComposition } from "./compliance";
export { BAROMETER_WORD, INTERNAL_LEGAL_BASIS } from "./papers";
export { MUNICIPALITIES } from "./structure";
export { BODY } from "./bodies";
export { ids } from "./ids";
export { DEMO_USERS, DEMO_PASSWORD, type DemoUserKey } from "./users";
export { EXTRA_SSU_MEETING_ID, EXTRA_SSU_PAPER_TITLE } from "./workspace-demo";

export type SeedOptions = {
  now?: Date;
  log?: (line: string) => void;
  /** The structure description (a path from the project directory); default SAMAN_STRUCTURE, else the Bergen file. */
  structure?: string;
};

export type SeedData = Awaited<ReturnType<typeof buildSeedData>>;

/**
 * Builds every row of the seed in memory (pure: the same `now` and description always give the same data, byte for
 * byte). The default description gets the full demo; another one its structure and a generated demo (./generated.ts).
 */
export async function buildSeedData(now: Date, file: string = DEFAULT_STRUCTURE) {
  const full = isDefaultStructure(file);
  const description = full ? defaultStructure() : readStructure(file);
  const structure = structureRows(description, full ? DEFAULT_STRUCTURE : file, now.getFullYear());
  const content = full ? await buildDefaultContent(now, structure) : generatedContent(now, description);
  return { ...structure, ...content, description, full };
}

type StructureRows = ReturnType<typeof structureRows>;

async function buildDefaultContent(now: Date, { bodies, parties }: StructureRows) {
  const year = now.getFullYear();
  const bodyBySlug = new Map(bodies.map((b) => [b.slug, b]));
  const plan = buildMemberships(year);
  const docs = emptyDocuments();

  const actionPlans = await buildActionPlans(year, now, docs);
  const measureIds = new Set(actionPlans.measures.map((m) => m.id));
  const measureExists = (y: number, code: string) => measureIds.has(ids.measure(y, code));

  const programme = buildProgramme(year, (slug) => bodyBySlug.get(slug)!.establishedOn as Date);
  const caseRows = buildCaseRows(programme, { now, year, bodies: bodyBySlug, contacts: contactsFrom(plan), measureExists });
  const minutes = await buildMinutes(caseRows.states, { bodies: bodyBySlug, parties, plan, cases: programme.cases }, docs);
  await buildPapers(caseRows.states, { anchorYear: year, now, bodies: bodyBySlug, cases: programme.cases }, docs);
  const agreements = await buildAgreements(year, now, docs);
  const news = buildNews(year, now);
  const deviations = buildDeviations(year, now, measureExists);

  const former = buildFormerDeputy(now, year);

  const counters = programme.counters.map((c) => ({ bodyId: ids.body(c.bodySlug), year: c.year, lastSequence: c.lastSequence }));

  return {
    year,
    persons: [...plan.persons.rows, former.person],
    memberships: [...plan.memberships, former.membership],
    meetings: caseRows.meetings,
    agendaItems: caseRows.agendaItems,
    cases: caseRows.cases,
    caseNumbers: caseRows.caseNumbers,
    counters,
    statusChanges: caseRows.statusChanges,
    routeSteps: caseRows.routeSteps,
    decisions: caseRows.decisions,
    decisionMeasures: caseRows.decisionMeasures,
    minutes: minutes.minutes,
    minutesVersions: minutes.versions,
    actionPlans: actionPlans.plans,
    actionPlanParts: actionPlans.parts,
    measures: actionPlans.measures,
    measureUpdates: actionPlans.updates,
    agreements: agreements.agreements,
    agreementVersions: agreements.versions,
    agreementReviews: agreements.reviews,
    documents: docs.documents,
    documentVersions: docs.versions,
    documentFiles: docs.files,
    deviations: deviations.deviations,
    deviationMeasures: deviations.links,
    news,
  };
}

/** Another description's demo: its membership and one news item; the lists of meetings, cases and plans start empty. */
function generatedContent(now: Date, description: ReturnType<typeof readStructure>): Awaited<ReturnType<typeof buildDefaultContent>> {
  const year = now.getFullYear();
  const plan = buildGeneratedMemberships(description, year);
  return {
    year,
    persons: plan.persons,
    memberships: plan.memberships,
    meetings: [],
    agendaItems: [],
    cases: [],
    caseNumbers: [],
    counters: [],
    statusChanges: [],
    routeSteps: [],
    decisions: [],
    decisionMeasures: [],
    minutes: [],
    minutesVersions: [],
    actionPlans: [],
    actionPlanParts: [],
    measures: [],
    measureUpdates: [],
    agreements: [],
    agreementVersions: [],
    agreementReviews: [],
    documents: [],
    documentVersions: [],
    documentFiles: [],
    deviations: [],
    deviationMeasures: [],
    news: buildGeneratedNews(description, now),
  };
}

export async function seed(prisma: PrismaClient, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const now = options.now ?? new Date();
  const file = structureFile(options.structure);
  const data = await buildSeedData(now, file);
  log(`Seed: built data for ${data.year - 1}–${data.year + 1} from ${file} in ${Date.now() - started} ms`);
  await insertSeedData(prisma, data, log);
  if (data.description.identity) {
    await prisma.siteIdentity.createMany({ data: [{ id: SITE_IDENTITY_ID, ...identityColumns(data.description.identity) }], skipDuplicates: true });
  }
  // Before the indicators: an indicator refers to its priority group (Indicator.priorityGroup → code).
  log(`  PriorityGroupDefinition: ${(await prisma.priorityGroupDefinition.createMany({ data: data.priorityGroups, skipDuplicates: true })).count} new`);
  log(`  StructureVersion: ${await insertFirstStructureVersion(prisma, data.description, now)} new`);
  if (!data.full) {
    await insertGeneratedUsers(prisma, data.description, data.memberships, log);
    await insertContact(prisma);
    await insertStandardAgendaAndCounters(prisma, data.bodies.map((b) => b.id), log);
    const index = await reindexSearch(prisma);
    log(`  SearchEntry: ${index.entries} entries, ${index.words} words`);
    log(`Seed: done in ${Date.now() - started} ms`);
    return;
  }
  await insertDemoUsers(prisma, data.memberships, log);
  await insertWorkspaceDemo(prisma, now, data.meetings.filter((m) => m.bodyId === ids.body(BODY.ssu)).map((m) => m.startsAt), log);
  await insertContact(prisma);
  await insertStandardAgendaAndCounters(prisma, data.bodies.map((b) => b.id), log);
  await insertParticipation(prisma, data, options.now ?? new Date(), log);
  await insertFees(prisma, log);
  log(`  Follow: ${await insertFollows(prisma)} new (demo follows, weekly)`);
  log(`  AgreementAdoption: ${await insertAdoptions(prisma, data, now)} new`);
  log(`  IndicatorValue: ${await insertIndicators(prisma, data.year)} new`);
  log(`  ConsultationRound: ${await insertConsultation(prisma, now)} new`);
  const index = await reindexSearch(prisma);
  log(`  SearchEntry: ${index.entries} entries, ${index.words} words`);
  log(`Seed: done in ${Date.now() - started} ms`);
}

/**
 * The seeded structure as its first version (what /admin/struktur imports are versions after): everything added,
 * valid from the earliest founding date in the description. Fixed id, so a second run adds nothing.
 */
async function insertFirstStructureVersion(prisma: PrismaClient, description: StructureDescription, now: Date): Promise<number> {
  const empty: StructureDescription = { format: description.format, areas: [], parties: [], bodies: [], priorityGroups: [], ruleSet: { name: description.ruleSet.name, adoptedOn: description.ruleSet.adoptedOn, rules: [] } };
  const founded = description.bodies.map((b) => b.establishedOn).filter((d): d is string => d !== null).sort()[0];
  const { count } = await prisma.structureVersion.createMany({
    data: [
      {
        id: "seed-structure-version-1",
        validFrom: founded ? new Date(`${founded}T00:00:00Z`) : dateOf(now),
        appliedAt: oslo(now.getFullYear() - 2, 12, 15, 12, 0),
        summary: diffStructure(empty, description) as unknown as Prisma.InputJsonObject,
        description: description as unknown as Prisma.InputJsonObject,
      },
    ],
    skipDuplicates: true,
  });
  return count;
}

