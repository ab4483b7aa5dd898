import "server-only";
// The combined meeting document's inputs, its input hash, and the stored copy. A request computes the hash of what
// the document is built from (cheap: no file bytes); while the stored row's hash matches it is served, otherwise the
// PDF is rebuilt and stored, so a changed, corrected or withdrawn paper shows in the next download on every
// instance – no per-instance state decides the answer.
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { downloadPath } from "@/lib/documents/view";
import { formatDate, localize, getTranslator } from "@/lib/i18n";
import { composeNotice } from "../notice/compose";
import { buildBundle, type BundleInput, type BundlePaper } from "./build";
import { inEdition, type BundleEdition } from "./policy";

/** Bumped when the layout changes, so stored copies are rebuilt (2: fonts embedded as subsets, headings in bold). */
const LAYOUT_REVISION = 2;

export async function getBundleMeeting(meetingId: string) {
  return prisma.meeting.findUnique({ where: { id: meetingId }, select: { id: true, bodyId: true, status: true, startsAt: true, body: { select: { shortName: true, name: true, nameNb: true } } } });
}

async function loadFacts(meetingId: string) {
  return prisma.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      bodyId: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      body: { select: { name: true, shortName: true } },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          caseNumber: { select: { sequence: true, year: true, body: { select: { shortName: true } } } },
          decision: { select: { kind: true, text: true } },
        },
      },
      documents: {
        where: { kind: { not: "MINUTES" } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          title: true,
          visibility: true,
          legalBasis: true,
          publicFrom: true,
          bodyId: true,
          agendaItemId: true,
          withdrawnAt: true,
          withdrawalReason: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, sha256: true, mimeType: true } },
        },
      },
    },
  });
}
type Facts = NonNullable<Awaited<ReturnType<typeof loadFacts>>>;
type Doc = Facts["documents"][number];

type Planned = { input: Omit<BundleInput, "meetingPapers" | "items"> & { meetingPapers: PlannedPaper[]; items: { heading: string; decision: string | null; papers: PlannedPaper[] }[] }; hash: string };
type PlannedPaper = Omit<BundlePaper, "pdf"> & { versionId: string | null };

/** What the edition holds and says, without file bytes, and the hash of it all. */
function plan(facts: Facts, edition: BundleEdition, origin: string, now: Date): Planned {
  const all = getTranslator("nn");
  const m = getTranslator("nn", "meetingWorkflow.bundle");
  const number = (i: Facts["agendaItems"][number]) => (i.caseNumber ? `${i.caseNumber.body.shortName} ${i.caseNumber.sequence}/${i.caseNumber.year} ` : "");
  const paper = (d: Doc): PlannedPaper => {
    const latest = d.versions[0] ?? null;
    const link = latest ? `${origin}${downloadPath(latest.id)}` : null;
    if (d.withdrawnAt) return { id: d.id, title: d.title, versionId: null, link: null, note: m("withdrawn", { date: formatDate("nn", d.withdrawnAt, "long"), reason: d.withdrawalReason ?? "" }) };
    if (!inEdition(edition, facts.bodyId, { visibility: d.visibility, bodyId: d.bodyId ?? facts.bodyId, publicFrom: d.publicFrom }, now)) {
      // Never the title of a paper the edition's reader may not read: its kind and legal basis only.
      return { id: d.id, title: all(`labels.documentKind.${d.kind}`), versionId: null, link: null, note: m("exempt", { basis: d.legalBasis ?? all("documents.exemptNoBasis") }) };
    }
    if (!latest) return { id: d.id, title: d.title, versionId: null, link: null, note: null };
    if (latest.mimeType !== "application/pdf") return { id: d.id, title: d.title, versionId: null, link, note: m("notPdf", { link: link ?? "" }) };
    return { id: d.id, title: d.title, versionId: latest.id, link, note: null };
  };
  const itemIds = new Set(facts.agendaItems.map((i) => i.id));
  const agenda = facts.agendaItems.map((i, n) => `${n + 1}. ${number(i)}${i.title}`);
  const notice = composeNotice({
    meetingId: facts.id,
    bodyName: facts.body.name,
    startsAt: facts.startsAt,
    endsAt: facts.endsAt,
    location: facts.location,
    agenda: facts.agendaItems.map((i) => ({ number: number(i).trim() || null, title: i.title })),
    papers: facts.documents.filter((d) => !d.withdrawnAt && d.visibility !== "SECRETARIAT").map((d) => ({ title: paper(d).title, restricted: d.visibility !== "PUBLIC" })),
    origin,
  });
  const input: Planned["input"] = {
    title: m("title"),
    subtitle: `${localize("nn", facts.body.name, null)} ${formatDate("nn", facts.startsAt, "long")}${facts.title ? ` – ${facts.title}` : ""}`,
    edition: m(`edition.${edition}`),
    notice: `${notice.subject}\n\n${notice.text}`,
    agenda,
    meetingPapers: facts.documents.filter((d) => !d.agendaItemId || !itemIds.has(d.agendaItemId)).map(paper),
    items: facts.agendaItems.map((i, n) => ({
      heading: `${n + 1}. ${number(i)}${i.title}`,
      decision: i.decision ? `${all(`labels.decisionKind.${i.decision.kind}`)}: ${i.decision.text}` : null,
      papers: facts.documents.filter((d) => d.agendaItemId === i.id).map(paper),
    })),
    labels: { contents: m("contents"), notice: m("notice"), agenda: m("agenda"), noPapers: m("noPapers") },
    lang: "nn",
  };
  const fingerprint = {
    LAYOUT_REVISION,
    edition,
    input,
    files: facts.documents.map((d) => [d.id, d.versions[0]?.sha256 ?? null]),
  };
  return { input, hash: createHash("sha256").update(JSON.stringify(fingerprint)).digest("hex") };
}

/** The edition's PDF: the stored copy while its inputs are unchanged, else built now and stored. */
export async function getBundle(meetingId: string, edition: BundleEdition, origin: string, now: Date = new Date()): Promise<{ bytes: Uint8Array; hash: string; pageCount: number } | null> {
  const facts = await loadFacts(meetingId);
  if (!facts) return null;
  const planned = plan(facts, edition, origin, now);
  const stored = await prisma.meetingBundle.findUnique({ where: { meetingId_edition: { meetingId, edition } }, select: { inputHash: true, content: true, pageCount: true } });
  if (stored && stored.inputHash === planned.hash) return { bytes: stored.content, hash: planned.hash, pageCount: stored.pageCount };
  const versionIds = [...planned.input.meetingPapers, ...planned.input.items.flatMap((i) => i.papers)].flatMap((p) => (p.versionId ? [p.versionId] : []));
  const files = await prisma.documentFile.findMany({ where: { versionId: { in: versionIds } }, select: { versionId: true, content: true } });
  const bytes = new Map(files.map((f) => [f.versionId, f.content]));
  const withBytes = (p: PlannedPaper): BundlePaper => ({ id: p.id, title: p.title, note: p.note, link: p.link, pdf: p.versionId ? (bytes.get(p.versionId) ?? null) : null });
  const built = await buildBundle({
    ...planned.input,
    meetingPapers: planned.input.meetingPapers.map(withBytes),
    items: planned.input.items.map((i) => ({ ...i, papers: i.papers.map(withBytes) })),
  });
  const content = Buffer.from(built.bytes);
  // Two instances building at once store the same bytes; the last write wins and nothing is lost.
  await prisma.meetingBundle.upsert({
    where: { meetingId_edition: { meetingId, edition } },
    create: { meetingId, edition, inputHash: planned.hash, pageCount: built.pageCount, content },
    update: { inputHash: planned.hash, pageCount: built.pageCount, content, builtAt: now },
  });
  return { bytes: built.bytes, hash: planned.hash, pageCount: built.pageCount };
}
