// The deterministic seed of Saman: the real structure of the helsefellesskap in Helse Bergen's area, fictional people
// in a membership that satisfies every representation rule, two years of meetings with cases, decisions and
// published minutes (with PDFs), the action plans, the agreements, news and anonymised deviations.
//
// Deterministic: every row has a fixed id and every value derives from the anchor (`now`), never from the clock
// directly or from randomness. Idempotent: rows are inserted with createMany({ skipDuplicates: true }), so a second
// run creates nothing, changes nothing, and never overwrites what users have edited since.
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { buildAreas, buildParties, buildServiceAreas } from "./structure";
import { BODY, buildBodies } from "./bodies";
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
import { buildRuleSet } from "./rules";
import { insertWorkspaceDemo } from "./workspace-demo";
import { insertStandardAgendaAndCounters } from "./standard-agenda";
import { insertFees } from "./fees";
import { insertFollows } from "./follow";
import { insertAdoptions } from "./adoption";
import { insertIndicators } from "./indicators";
import { insertConsultation } from "./consultation";
import { insertParticipation } from "./participation";
import { insertPriorityGroups } from "./priority-groups";

export { checkComposition } from "./compliance";
export { BAROMETER_WORD, INTERNAL_LEGAL_BASIS } from "./papers";
export { MUNICIPALITIES } from "./structure";
export { BODY } from "./bodies";
export { ids } from "./ids";
export { DEMO_USERS, DEMO_PASSWORD, type DemoUserKey } from "./users";
export { EXTRA_SSU_MEETING_ID, EXTRA_SSU_PAPER_TITLE } from "./workspace-demo";

export type SeedOptions = { now?: Date; log?: (line: string) => void };

export type SeedData = Awaited<ReturnType<typeof buildSeedData>>;

/** Builds every row of the seed in memory (pure: the same `now` always gives the same data, byte for byte). */
export async function buildSeedData(now: Date) {
  const year = now.getFullYear();
  const areas = buildAreas();
  const parties = buildParties();
  const serviceAreas = buildServiceAreas();
  const { bodies, tasks } = buildBodies(year);
  const bodyBySlug = new Map(bodies.map((b) => [b.slug, b]));
  const plan = buildMemberships(year);
  const docs = emptyDocuments();
  const rules = buildRuleSet();

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
    areas,
    parties,
    serviceAreas,
    bodies,
    tasks,
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
    ruleSets: rules.ruleSets,
    rules: rules.rules,
  };
}

export async function seed(prisma: PrismaClient, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const now = options.now ?? new Date();
  const data = await buildSeedData(now);
  log(`Seed: built data for ${data.year - 1}–${data.year + 1} in ${Date.now() - started} ms`);
  await insertSeedData(prisma, data, log);
  await insertDemoUsers(prisma, data.memberships, log);
  await insertWorkspaceDemo(prisma, now, data.meetings.filter((m) => m.bodyId === ids.body(BODY.ssu)).map((m) => m.startsAt), log);
  await insertContact(prisma);
  await insertStandardAgendaAndCounters(prisma, data.bodies.map((b) => b.id), log);
  await insertParticipation(prisma, data, options.now ?? new Date(), log);
  await insertFees(prisma, log);
  log(`  Follow: ${await insertFollows(prisma)} new (demo follows, weekly)`);
  log(`  AgreementAdoption: ${await insertAdoptions(prisma, data, now)} new`);
  // Before the indicators: an indicator refers to its priority group (issue 20 item 3, w2-groups).
  log(`  PriorityGroupDefinition: ${await insertPriorityGroups(prisma)} new`);
  log(`  IndicatorValue: ${await insertIndicators(prisma, data.year)} new`);
  log(`  ConsultationRound: ${await insertConsultation(prisma, now)} new`);
  const index = await reindexSearch(prisma);
  log(`  SearchEntry: ${index.entries} entries, ${index.words} words`);
  log(`Seed: done in ${Date.now() - started} ms`);
}
