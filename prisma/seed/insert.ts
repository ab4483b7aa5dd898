// Writes the seed rows in foreign-key order with createMany({ skipDuplicates: true }): one round trip per table
// (Prisma splits very large batches itself), nothing is ever updated, so a second run is a no-op.
//
// A run with a later anchor only adds whole units that are missing. A meeting, case or measure that already exists
// is left exactly as it is – no decisions, minutes or status history are added to it afterwards, so nothing ends up
// half-updated (a PLANNED meeting with minutes) and edits made in the portal are never overwritten or re-extended.
// Rows whose parent could not be created (a unique value already taken by a user's own row) are dropped, not failed.
import { Prisma, type PrismaClient } from "../../lib/db/generated/prisma/client";
import type { SeedData } from "./index";

type Log = (line: string) => void;

export async function insertSeedData(prisma: PrismaClient, input: SeedData, log: Log): Promise<void> {
  const opts = { skipDuplicates: true } as const;
  const step = async (label: string, total: number, run: () => Promise<{ count: number }>) => {
    if (!total) return;
    const { count } = await run();
    log(`  ${label}: ${count} new of ${total}`);
  };

  const existing = async (model: "meeting" | "case" | "measure" | "caseNumber", candidates: string[]): Promise<Set<string>> => {
    if (!candidates.length) return new Set();
    const where = { where: { id: { in: candidates } }, select: { id: true } } as const;
    const rows =
      model === "meeting"
        ? await prisma.meeting.findMany(where)
        : model === "case"
          ? await prisma.case.findMany(where)
          : model === "measure"
            ? await prisma.measure.findMany(where)
            : await prisma.caseNumber.findMany(where);
    return new Set(rows.map((r) => r.id));
  };

  const data = await withoutExtensions(input, {
    meetings: await existing("meeting", input.meetings.map((m) => m.id)),
    cases: await existing("case", input.cases.map((c) => c.id)),
    measures: await existing("measure", input.measures.map((m) => m.id)),
  });

  await step("Area", data.areas.length, () => prisma.area.createMany({ data: data.areas, ...opts }));
  await step("Party", data.parties.length, () => prisma.party.createMany({ data: data.parties, ...opts }));
  await step("ServiceArea", data.serviceAreas.length, () => prisma.serviceArea.createMany({ data: data.serviceAreas, ...opts }));
  await step("Body", data.bodies.length, () => prisma.body.createMany({ data: data.bodies, ...opts }));
  await step("BodyTask", data.tasks.length, () => prisma.bodyTask.createMany({ data: data.tasks, ...opts }));
  await step("Person", data.persons.length, () => prisma.person.createMany({ data: data.persons, ...opts }));
  // Principals before their personal deputies (self-reference).
  const principals = data.memberships.filter((m) => !m.principalId);
  const deputies = data.memberships.filter((m) => m.principalId);
  await step("Membership", principals.length, () => prisma.membership.createMany({ data: principals, ...opts }));
  await step("Membership (personleg vara)", deputies.length, () => prisma.membership.createMany({ data: deputies, ...opts }));

  await step("ActionPlan", data.actionPlans.length, () => prisma.actionPlan.createMany({ data: data.actionPlans, ...opts }));
  await step("ActionPlanPart", data.actionPlanParts.length, () => prisma.actionPlanPart.createMany({ data: data.actionPlanParts, ...opts }));
  await step("Measure", data.measures.length, () => prisma.measure.createMany({ data: data.measures, ...opts }));
  await step("MeasureStatusUpdate", data.measureUpdates.length, () =>
    prisma.measureStatusUpdate.createMany({ data: data.measureUpdates, ...opts }),
  );

  await step("Meeting", data.meetings.length, () => prisma.meeting.createMany({ data: data.meetings, ...opts }));
  await step("Case", data.cases.length, () => prisma.case.createMany({ data: data.cases, ...opts }));
  const cases = await existing("case", data.cases.map((c) => c.id));
  const caseNumbers = data.caseNumbers.filter((n) => cases.has(n.caseId));
  await step("CaseNumber", caseNumbers.length, () => prisma.caseNumber.createMany({ data: caseNumbers, ...opts }));
  const numbers = await existing("caseNumber", caseNumbers.map((n) => n.id));
  const agendaItems = data.agendaItems.map((a) => (a.caseNumberId && !numbers.has(a.caseNumberId) ? { ...a, caseNumberId: null } : a));
  await step("AgendaItem", agendaItems.length, () => prisma.agendaItem.createMany({ data: agendaItems, ...opts }));
  const statusChanges = data.statusChanges.filter((s) => cases.has(s.caseId));
  await step("CaseStatusChange", statusChanges.length, () => prisma.caseStatusChange.createMany({ data: statusChanges, ...opts }));
  const routeSteps = data.routeSteps.filter((s) => cases.has(s.caseId));
  await step("CaseRouteStep", routeSteps.length, () => prisma.caseRouteStep.createMany({ data: routeSteps, ...opts }));
  const decisions = data.decisions.map((d) => (d.caseId && !cases.has(d.caseId) ? { ...d, caseId: null } : d));
  await step("Decision", decisions.length, () => prisma.decision.createMany({ data: decisions, ...opts }));
  await step("DecisionMeasure", data.decisionMeasures.length, () => prisma.decisionMeasure.createMany({ data: data.decisionMeasures, ...opts }));
  await step("Minutes", data.minutes.length, () => prisma.minutes.createMany({ data: data.minutes, ...opts }));
  await step("MinutesVersion", data.minutesVersions.length, () => prisma.minutesVersion.createMany({ data: data.minutesVersions, ...opts }));

  await step("Agreement", data.agreements.length, () => prisma.agreement.createMany({ data: data.agreements, ...opts }));
  await step("AgreementVersion", data.agreementVersions.length, () => prisma.agreementVersion.createMany({ data: data.agreementVersions, ...opts }));
  await step("AgreementReview", data.agreementReviews.length, () => prisma.agreementReview.createMany({ data: data.agreementReviews, ...opts }));

  const documents = data.documents.filter((d) => !d.caseId || cases.has(d.caseId));
  const documentIds = new Set(documents.map((d) => d.id));
  const versions = data.documentVersions.filter((v) => documentIds.has(v.documentId));
  const versionIds = new Set(versions.map((v) => v.id));
  const files = data.documentFiles.filter((f) => versionIds.has(f.versionId));
  await step("Document", documents.length, () => prisma.document.createMany({ data: documents, ...opts }));
  await step("DocumentVersion", versions.length, () => prisma.documentVersion.createMany({ data: versions, ...opts }));
  // The PDF bytes in batches of 20 files, which keeps each statement to the server modest.
  let newFiles = 0;
  for (let i = 0; i < files.length; i += 20) {
    newFiles += (await prisma.documentFile.createMany({ data: files.slice(i, i + 20), ...opts })).count;
  }
  if (files.length) log(`  DocumentFile: ${newFiles} new of ${files.length}`);

  await step("Deviation", data.deviations.length, () => prisma.deviation.createMany({ data: data.deviations, ...opts }));
  await step("DeviationMeasure", data.deviationMeasures.length, () => prisma.deviationMeasure.createMany({ data: data.deviationMeasures, ...opts }));
  await step("RepresentationRuleSet", data.ruleSets.length, () => prisma.representationRuleSet.createMany({ data: data.ruleSets, ...opts }));
  await step("RepresentationRule", data.rules.length, () => prisma.representationRule.createMany({ data: data.rules, ...opts }));
  await step("NewsArticle", data.news.length, () => prisma.newsArticle.createMany({ data: data.news, ...opts }));

  // Counters: never below the highest seeded number, never lowered (users may have numbered cases since).
  if (data.counters.length) {
    const values = data.counters.map((c) => Prisma.sql`(${c.bodyId}, ${c.year}, ${c.lastSequence})`);
    const raised = await prisma.$executeRaw`
      INSERT INTO "CaseNumberCounter" ("bodyId", "year", "lastSequence") VALUES ${Prisma.join(values)}
      ON CONFLICT ("bodyId", "year") DO UPDATE
        SET "lastSequence" = EXCLUDED."lastSequence"
        WHERE "CaseNumberCounter"."lastSequence" < EXCLUDED."lastSequence"`;
    log(`  CaseNumberCounter: ${raised} new or raised of ${data.counters.length}`);
  }
}

/** Drops the parts of the seed that would extend meetings, cases and measures that already exist. */
async function withoutExtensions(
  data: SeedData,
  frozen: { meetings: Set<string>; cases: Set<string>; measures: Set<string> },
): Promise<SeedData> {
  if (!frozen.meetings.size && !frozen.cases.size && !frozen.measures.size) return data;
  const meetingOfItem = new Map(data.agendaItems.map((a) => [a.id, a.meetingId]));
  const decisions = data.decisions.filter((d) => !frozen.meetings.has(meetingOfItem.get(d.agendaItemId)!));
  const decisionIds = new Set(decisions.map((d) => d.id));
  const minutes = data.minutes.filter((m) => !frozen.meetings.has(m.meetingId));
  const minutesIds = new Set(minutes.map((m) => m.id));
  const documents = data.documents.filter((d) => !d.meetingId || !frozen.meetings.has(d.meetingId));
  const documentIds = new Set(documents.map((d) => d.id));
  const versions = data.documentVersions.filter((v) => documentIds.has(v.documentId));
  const versionIds = new Set(versions.map((v) => v.id));
  return {
    ...data,
    agendaItems: data.agendaItems.filter((a) => !frozen.meetings.has(a.meetingId)),
    decisions,
    decisionMeasures: data.decisionMeasures.filter((d) => decisionIds.has(d.decisionId)),
    minutes,
    minutesVersions: data.minutesVersions.filter((v) => minutesIds.has(v.minutesId)),
    documents,
    documentVersions: versions,
    documentFiles: data.documentFiles.filter((f) => versionIds.has(f.versionId)),
    statusChanges: data.statusChanges.filter((s) => !frozen.cases.has(s.caseId)),
    routeSteps: data.routeSteps.filter((s) => !frozen.cases.has(s.caseId)),
    measureUpdates: data.measureUpdates.filter((u) => !frozen.measures.has(u.measureId)),
  };
}
