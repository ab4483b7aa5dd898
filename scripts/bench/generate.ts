// npm run bench:generate – a large, realistic, deterministic dataset for the benchmark: the seed's real structure
// plus ten years of activity (~1,500 meetings, ~8,000 cases, ~20,000 documents with text, ~2,000 measures), written
// into its own embedded database directory (BENCH_DATA_DIR, default data/bench) with createMany batches, then the
// search index is rebuilt. Deterministic: a fixed anchor date and a seeded random generator.
import fs from "node:fs";
import path from "node:path";
import { createPrisma } from "../../lib/db/client";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import type { Prisma, PrismaClient } from "../../lib/db/generated/prisma/client";
import { migrate } from "../../lib/db/migrate";
import { reindexSearch } from "../../lib/search/mutations";
import { BODY, ids, seed } from "../../prisma/seed";
import { mulberry32 } from "../lib/seeded-random";

export const BENCH_DATA_DIR = process.env.BENCH_DATA_DIR ?? "data/bench";
export const BENCH_ANCHOR = new Date("2026-11-22T11:00:00Z");
const YEARS = 10;
const MEETINGS_PER_BODY_YEAR = 14;
const ITEMS_PER_MEETING = 5;
const ATTACHMENTS_PER_MEETING = 7; // with the case papers and minutes: ~20,000 documents
const MEASURES_PER_PART = 125;

const WORDS = (
  "samhandling pasientforløp utskriving kommune spesialisthelsetenesta helsefellesskap fastlege brukarrepresentant " +
  "legemiddelliste tenesteavtale handlingsplan tiltak rapport kompetanse rehabilitering psykisk helse rus barn unge " +
  "eldre kroniske lidingar koordinering varsling e-meldingar innlegging tilvising avvik oppfølging evaluering prosjekt " +
  "arbeidsgruppe område sjukehus heimeteneste sjukeheim legevakt ressursar kapasitet budsjett økonomi digitalisering " +
  "velferdsteknologi opplæring rettleiing prioritering kvalitet pasienttryggleik dokumentasjon samarbeidsavtale " +
  "ansvar oppgåvedeling informasjon journal epikrise pårørande frivillige forebygging meistring heimebuande"
).split(/\s+/);

function sentence(rand: () => number, words = 10 + Math.floor(rand() * 6)): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const text = out.join(" ");
  return text[0]!.toUpperCase() + text.slice(1) + ".";
}

function paragraph(rand: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rand)).join(" ");
}

async function inBatches<T>(label: string, rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
  console.log(`  ${label}: ${rows.length}`);
}

export async function generateBench(prisma: PrismaClient): Promise<void> {
  const started = Date.now();
  await seed(prisma, { now: BENCH_ANCHOR });
  const rand = mulberry32(20261122);
  const anchorYear = BENCH_ANCHOR.getUTCFullYear();
  const bodies = await prisma.body.findMany({ select: { id: true, slug: true, shortName: true }, orderBy: { sortOrder: "asc" } });
  const contact = { contactName: "Sekretariatet", contactEmail: "sekretariatet@example.no" };

  const meetings: Prisma.MeetingCreateManyInput[] = [];
  const items: Prisma.AgendaItemCreateManyInput[] = [];
  const cases: Prisma.CaseCreateManyInput[] = [];
  const numbers: Prisma.CaseNumberCreateManyInput[] = [];
  const decisions: Prisma.DecisionCreateManyInput[] = [];
  const minutes: Prisma.MinutesCreateManyInput[] = [];
  const minutesVersions: Prisma.MinutesVersionCreateManyInput[] = [];
  const documents: Prisma.DocumentCreateManyInput[] = [];
  const versions: Prisma.DocumentVersionCreateManyInput[] = [];
  const plans: Prisma.ActionPlanCreateManyInput[] = [];
  const parts: Prisma.ActionPlanPartCreateManyInput[] = [];
  const measures: Prisma.MeasureCreateManyInput[] = [];
  const links: Prisma.DecisionMeasureCreateManyInput[] = [];
  const statuses = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "DELAYED", "COMPLETED", "CANCELLED"] as const;
  const groups = ["CHILDREN_YOUTH", "SEVERE_MENTAL_ILLNESS_SUBSTANCE", "FRAIL_ELDERLY", "MULTIPLE_CHRONIC"] as const;

  // Action plans for the eight years before the seed's two.
  const measuresByYear = new Map<number, string[]>();
  for (let year = anchorYear - YEARS + 1; year <= anchorYear - 2; year++) {
    const planId = `bench-plan-${year}`;
    plans.push({ id: planId, year, title: `Felles handlingsplan ${year}`, titleNb: `Felles handlingsplan ${year}`, adoptedOn: new Date(Date.UTC(year, 1, 10)), adoptedByBodyId: ids.body(BODY.ssu) });
    for (const number of [1, 2]) {
      const partId = `${planId}-del-${number}`;
      parts.push({ id: partId, planId, number, title: number === 1 ? "Oppfølging av samarbeidsavtalane" : "Andre samarbeidstiltak" });
      for (let n = 1; n <= MEASURES_PER_PART; n++) {
        const id = `bench-measure-${year}-${number}-${n}`;
        measuresByYear.set(year, [...(measuresByYear.get(year) ?? []), id]);
        measures.push({
          id,
          partId,
          code: `${number}.${n}`,
          title: sentence(rand, 5).slice(0, -1),
          description: paragraph(rand, 3),
          priorityGroups: [groups[Math.floor(rand() * groups.length)]!],
          responsibleBodyId: bodies[Math.floor(rand() * bodies.length)]!.id,
          status: statuses[Math.floor(rand() * statuses.length)]!,
          progress: Math.floor(rand() * 101),
          deadline: new Date(Date.UTC(year, 11, 31)),
        });
      }
    }
  }

  let caseNo = 0;
  for (let year = anchorYear - YEARS + 1; year <= anchorYear; year++) {
    for (const body of bodies) {
      let sequence = 1000;
      for (let k = 0; k < MEETINGS_PER_BODY_YEAR; k++) {
        const month = Math.floor((k * 12) / MEETINGS_PER_BODY_YEAR);
        const startsAt = new Date(Date.UTC(year, month, 3 + (k % 3) * 8, 8, 0));
        const endsAt = new Date(startsAt.getTime() + 4 * 3_600_000);
        const past = endsAt < BENCH_ANCHOR;
        const meetingId = `bench-mtg-${body.slug}-${year}-${String(k + 1).padStart(2, "0")}`;
        meetings.push({
          id: meetingId,
          bodyId: body.id,
          title: `Møte ${k + 1}/${year}`,
          startsAt,
          endsAt,
          location: "Haukeland universitetssjukehus, møterom Ulriken",
          status: past ? "MINUTES_PUBLISHED" : "PLANNED",
          createdAt: startsAt,
          updatedAt: startsAt,
        });
        const minuteLines: string[] = [];
        for (let p = 1; p <= ITEMS_PER_MEETING; p++) {
          caseNo++;
          sequence++;
          const caseId = `bench-case-${caseNo}`;
          const title = sentence(rand, 6).slice(0, -1);
          cases.push({
            id: caseId,
            reference: `BENCH-${year}-${String(caseNo).padStart(5, "0")}`,
            title,
            description: paragraph(rand, 2),
            status: past ? "DECIDED" : "SCHEDULED",
            targetBodyId: body.id,
            currentBodyId: body.id,
            submittedAt: new Date(startsAt.getTime() - 30 * 86_400_000),
            ...contact,
          });
          const numberId = `bench-cn-${body.slug}-${year}-${sequence}`;
          numbers.push({ id: numberId, bodyId: body.id, year, sequence, caseId, assignedAt: startsAt });
          const itemId = `${meetingId}-ai-${p}`;
          items.push({ id: itemId, meetingId, position: p, kind: "CASE", title, caseNumberId: numberId });
          if (past) {
            const decisionId = `${itemId}-vedtak`;
            const text = paragraph(rand, 1);
            decisions.push({ id: decisionId, agendaItemId: itemId, caseId, kind: "CONSENSUS", text, decidedAt: startsAt });
            const yearMeasures = measuresByYear.get(year);
            if (yearMeasures && p === 1) links.push({ decisionId, measureId: yearMeasures[Math.floor(rand() * yearMeasures.length)]! });
            minuteLines.push(`<h3>Sak ${body.shortName} ${sequence}/${year}: ${title}</h3><p>${paragraph(rand, 3)}</p><p><strong>Vedtak:</strong> ${text}</p>`);
          }
          const restricted = caseNo % 20 === 0;
          const docId = `bench-doc-${caseNo}-paper`;
          documents.push({
            id: docId,
            kind: "CASE_PAPER",
            title: `Saksframlegg: ${title}`,
            visibility: restricted ? "BODY_MEMBERS" : "PUBLIC",
            legalBasis: restricted ? "Offentleglova § 14 (organinternt dokument)" : null,
            bodyId: body.id,
            meetingId,
            agendaItemId: itemId,
            caseId,
            createdAt: startsAt,
            updatedAt: startsAt,
          });
          versions.push({ id: `${docId}-v1`, documentId: docId, number: 1, fileName: `saksframlegg-${caseNo}.pdf`, mimeType: "application/pdf", size: 40_000 + Math.floor(rand() * 200_000), sha256: "0".repeat(64), extractedText: paragraph(rand, 6), uploadedAt: startsAt });
        }
        for (let a = 1; a <= ATTACHMENTS_PER_MEETING + (past ? 0 : 1); a++) {
          const docId = `${meetingId}-vedlegg-${a}`;
          documents.push({ id: docId, kind: "ATTACHMENT", title: `Vedlegg ${a}: ${sentence(rand, 4).slice(0, -1)}`, bodyId: body.id, meetingId, createdAt: startsAt, updatedAt: startsAt });
          versions.push({ id: `${docId}-v1`, documentId: docId, number: 1, fileName: `vedlegg-${a}.pdf`, mimeType: "application/pdf", size: 20_000 + Math.floor(rand() * 400_000), sha256: "0".repeat(64), extractedText: paragraph(rand, 5), uploadedAt: startsAt });
        }
        if (past) {
          const minutesId = `${meetingId}-referat`;
          const html = `<h2>Referat</h2><p>${paragraph(rand, 2)}</p>${minuteLines.join("\n")}`;
          minutes.push({ id: minutesId, meetingId, createdAt: endsAt, updatedAt: endsAt });
          minutesVersions.push({ id: `${minutesId}-v1`, minutesId, number: 1, html, text: html.replace(/<[^>]+>/g, " "), approvedAt: endsAt, publishedAt: new Date(endsAt.getTime() + 7 * 86_400_000), createdAt: endsAt });
          const docId = `${meetingId}-referat-pdf`;
          documents.push({ id: docId, kind: "MINUTES", title: `Referat ${body.shortName} ${k + 1}/${year}`, bodyId: body.id, meetingId, createdAt: endsAt, updatedAt: endsAt });
          versions.push({ id: `${docId}-v1`, documentId: docId, number: 1, fileName: `referat-${k + 1}-${year}.pdf`, mimeType: "application/pdf", size: 90_000, sha256: "0".repeat(64), extractedText: null, uploadedAt: endsAt });
        }
      }
    }
  }

  await inBatches("ActionPlan", plans, (d) => prisma.actionPlan.createMany({ data: d, skipDuplicates: true }));
  await inBatches("ActionPlanPart", parts, (d) => prisma.actionPlanPart.createMany({ data: d, skipDuplicates: true }));
  await inBatches("Measure", measures, (d) => prisma.measure.createMany({ data: d, skipDuplicates: true }));
  await inBatches("Meeting", meetings, (d) => prisma.meeting.createMany({ data: d, skipDuplicates: true }));
  await inBatches("Case", cases, (d) => prisma.case.createMany({ data: d, skipDuplicates: true }));
  await inBatches("CaseNumber", numbers, (d) => prisma.caseNumber.createMany({ data: d, skipDuplicates: true }));
  await inBatches("AgendaItem", items, (d) => prisma.agendaItem.createMany({ data: d, skipDuplicates: true }));
  await inBatches("Decision", decisions, (d) => prisma.decision.createMany({ data: d, skipDuplicates: true }));
  await inBatches("DecisionMeasure", links, (d) => prisma.decisionMeasure.createMany({ data: d, skipDuplicates: true }));
  await inBatches("Minutes", minutes, (d) => prisma.minutes.createMany({ data: d, skipDuplicates: true }));
  await inBatches("MinutesVersion", minutesVersions, (d) => prisma.minutesVersion.createMany({ data: d, skipDuplicates: true }), 500);
  await inBatches("Document", documents, (d) => prisma.document.createMany({ data: d, skipDuplicates: true }));
  await inBatches("DocumentVersion", versions, (d) => prisma.documentVersion.createMany({ data: d, skipDuplicates: true }));
  const index = await reindexSearch(prisma);
  console.log(`  SearchEntry: ${index.entries}, SearchWord: ${index.words}`);
  console.log(`bench data generated in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Generates into BENCH_DATA_DIR unless it already holds a finished dataset (marker file). */
export async function ensureBenchData(): Promise<void> {
  const marker = path.join(path.dirname(path.resolve(BENCH_DATA_DIR)), `${path.basename(BENCH_DATA_DIR)}.done`);
  if (fs.existsSync(marker) && fs.existsSync(BENCH_DATA_DIR)) return;
  fs.rmSync(BENCH_DATA_DIR, { recursive: true, force: true });
  const db = await startEmbeddedDatabase({ dataDir: BENCH_DATA_DIR, port: 0 });
  try {
    await migrate(db.url);
    const prisma = createPrisma(db.url);
    try {
      await generateBench(prisma);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await db.close();
  }
  fs.writeFileSync(marker, new Date().toISOString());
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await ensureBenchData();
}
