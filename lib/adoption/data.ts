import "server-only";
// Reads of the adoption tracker (issue 21 item 1): the latest version SSU adopted of each agreement, the
// secretariat's matrix (parties × agreements) with filters, a party's own rows, the reminder's recipients, the public
// count (cached with the agreements) and the agreements whose yearly review is due.
import { subMonths } from "date-fns";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";
import { toDate } from "@/lib/editors/form";
import { ADOPTED_STATUSES, ADOPTING_PARTY_KINDS, OPEN_STATUSES, REVIEW_INTERVAL_MONTHS, type AdoptionStatus } from "./policy";

type Reader = Pick<Prisma.TransactionClient, "agreement" | "party" | "agreementAdoption" | "user">;

export type LatestVersion = {
  agreementId: string;
  slug: string;
  title: string;
  titleNb: string | null;
  versionId: string;
  label: string;
  adoptedOn: Date;
};

const byName = new Intl.Collator("nn");

/** Per agreement, the newest version SSU has adopted (a version with an adoption date); agreements without none. */
export async function latestAdoptedVersions(db: Reader = prisma): Promise<LatestVersion[]> {
  const rows = await db.agreement.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      titleNb: true,
      versions: { where: { adoptedOn: { not: null } }, orderBy: [{ validFrom: "desc" }, { adoptedOn: "desc" }, { id: "asc" }], take: 1, select: { id: true, label: true, adoptedOn: true } },
    },
  });
  return rows.flatMap((a) => {
    const v = a.versions[0];
    return v ? [{ agreementId: a.id, slug: a.slug, title: a.title, titleNb: a.titleNb, versionId: v.id, label: v.label, adoptedOn: v.adoptedOn! }] : [];
  });
}

type PartyRow = { id: string; name: string; nameNb: string | null; kind: (typeof ADOPTING_PARTY_KINDS)[number] };

async function adoptingParties(db: Reader, kind: string): Promise<PartyRow[]> {
  const kinds = kind ? ADOPTING_PARTY_KINDS.filter((k) => k === kind) : [...ADOPTING_PARTY_KINDS];
  const parties = await db.party.findMany({ where: { kind: { in: kinds } }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, name: true, nameNb: true, kind: true } });
  // The specialist service first, then the municipalities, each by name (PGlite's collation is C).
  const rank = (p: PartyRow) => (p.kind === "MUNICIPALITY" ? 1 : 0);
  return (parties as PartyRow[]).sort((a, b) => rank(a) - rank(b) || byName.compare(a.name, b.name));
}

export type MatrixFilters = { kind: string; status: string; agreement: string };
export type MatrixCell = { id: string; status: AdoptionStatus; decidedOn: Date | null; reference: string | null; note: string | null; documentName: string | null } | null;
export type AdoptionMatrix = {
  versions: (LatestVersion & { adopted: number; total: number })[];
  parties: (PartyRow & { cells: MatrixCell[] })[];
};

/** The secretariat's matrix: the filtered parties (rows) × the latest adopted version of the filtered agreements. */
export async function getAdoptionMatrix(filters: MatrixFilters): Promise<AdoptionMatrix> {
  const [all, parties] = await Promise.all([latestAdoptedVersions(), adoptingParties(prisma, filters.kind)]);
  const versions = filters.agreement ? all.filter((v) => v.slug === filters.agreement) : all;
  const rows = await prisma.agreementAdoption.findMany({
    where: { agreementVersionId: { in: versions.map((v) => v.versionId) }, partyId: { in: parties.map((p) => p.id) } },
    select: { id: true, partyId: true, agreementVersionId: true, status: true, decidedOn: true, reference: true, note: true, documentName: true },
  });
  const cell = new Map(rows.map((r) => [`${r.partyId}:${r.agreementVersionId}`, r]));
  const withCells = parties.map((p) => ({
    ...p,
    cells: versions.map((v): MatrixCell => {
      const r = cell.get(`${p.id}:${v.versionId}`);
      return r ? { id: r.id, status: r.status, decidedOn: r.decidedOn, reference: r.reference, note: r.note, documentName: r.documentName } : null;
    }),
  }));
  const shown = filters.status ? withCells.filter((p) => p.cells.some((c) => c?.status === filters.status)) : withCells;
  return {
    versions: versions.map((v, i) => {
      const cells = withCells.map((p) => p.cells[i]).filter((c): c is NonNullable<MatrixCell> => c != null);
      return { ...v, adopted: cells.filter((c) => (ADOPTED_STATUSES as readonly string[]).includes(c.status)).length, total: cells.length };
    }),
    parties: shown,
  };
}

export type OwnAdoption = LatestVersion & {
  adoptionId: string;
  status: AdoptionStatus;
  decidedOn: Date | null;
  reference: string | null;
  note: string | null;
  documentName: string | null;
  version: number;
};

/** A party's own rows for the latest adopted version of each agreement. */
export async function getPartyAdoptions(partyId: string): Promise<OwnAdoption[]> {
  const versions = await latestAdoptedVersions();
  const rows = await prisma.agreementAdoption.findMany({
    where: { partyId, agreementVersionId: { in: versions.map((v) => v.versionId) } },
    select: { id: true, agreementVersionId: true, status: true, decidedOn: true, reference: true, note: true, documentName: true, version: true },
  });
  const byVersion = new Map(rows.map((r) => [r.agreementVersionId, r]));
  return versions.flatMap((v) => {
    const r = byVersion.get(v.versionId);
    return r ? [{ ...v, adoptionId: r.id, status: r.status, decidedOn: r.decidedOn, reference: r.reference, note: r.note, documentName: r.documentName, version: r.version }] : [];
  });
}

/** One row for its edit form, with the party it belongs to (the action authorizes against `partyId`). */
export async function getAdoption(id: string) {
  return prisma.agreementAdoption.findUnique({
    where: { id },
    select: {
      id: true,
      partyId: true,
      status: true,
      decidedOn: true,
      reference: true,
      note: true,
      documentName: true,
      documentSize: true,
      version: true,
      party: { select: { name: true, nameNb: true } },
      agreementVersion: { select: { id: true, label: true, adoptedOn: true, adoptedBy: true, agreement: { select: { slug: true, title: true, titleNb: true } } } },
    },
  });
}

/** The decision document of a row (for the download route, which authorizes first). */
export async function getAdoptionDocument(id: string) {
  return prisma.agreementAdoption.findUnique({ where: { id }, select: { partyId: true, documentName: true, documentContent: true, documentSha256: true } });
}

export type AdoptionCount = { adopted: number; total: number };

/** How many parties have adopted each version (public: counts only, computed from the rows). */
export const getAdoptionCounts = cachedPublic("adoption-counts", [PUBLIC_TAGS.agreements], async (): Promise<Record<string, AdoptionCount>> => {
  const groups = await prisma.agreementAdoption.groupBy({ by: ["agreementVersionId", "status"], _count: { _all: true } });
  const counts: Record<string, AdoptionCount> = {};
  for (const g of groups) {
    const c = (counts[g.agreementVersionId] ??= { adopted: 0, total: 0 });
    c.total += g._count._all;
    if ((ADOPTED_STATUSES as readonly string[]).includes(g.status)) c.adopted += g._count._all;
  }
  return counts;
});

export type ReminderParty = {
  partyId: string;
  name: string;
  nameNb: string | null;
  agreements: { title: string; titleNb: string | null; label: string; status: AdoptionStatus }[];
  contacts: { id: string; name: string; email: string }[];
};

/**
 * Who a reminder goes to: the parties with open rows (not adopted, not declined) of the latest adopted versions SSU
 * adopted on or before `before`, each with its active partner contacts. The mutation reads it again in its transaction.
 */
export async function reminderRecipients(filters: { before: string; agreement: string; kind: string }, db: Reader = prisma): Promise<ReminderParty[]> {
  const cutoff = toDate(filters.before);
  const versions = (await latestAdoptedVersions(db)).filter((v) => v.adoptedOn.getTime() <= cutoff.getTime() && (!filters.agreement || v.slug === filters.agreement));
  const parties = await adoptingParties(db, filters.kind);
  const rows = await db.agreementAdoption.findMany({
    where: { agreementVersionId: { in: versions.map((v) => v.versionId) }, partyId: { in: parties.map((p) => p.id) }, status: { in: [...OPEN_STATUSES] } },
    select: { partyId: true, agreementVersionId: true, status: true },
  });
  const contacts = await db.user.findMany({
    where: { partyId: { in: [...new Set(rows.map((r) => r.partyId))] }, roles: { has: "PARTNER_CONTACT" }, disabledAt: null },
    orderBy: { email: "asc" },
    select: { id: true, name: true, email: true, partyId: true },
  });
  return parties.flatMap((p) => {
    const open = rows.filter((r) => r.partyId === p.id);
    if (open.length === 0) return [];
    const agreements = versions
      .filter((v) => open.some((r) => r.agreementVersionId === v.versionId))
      .map((v) => ({ title: v.title, titleNb: v.titleNb, label: v.label, status: open.find((r) => r.agreementVersionId === v.versionId)!.status }));
    return [{ partyId: p.id, name: p.name, nameNb: p.nameNb, agreements, contacts: contacts.filter((c) => c.partyId === p.id).map(({ id, name, email }) => ({ id, name, email })) }];
  });
}

/** Agreements whose last yearly review (or, never reviewed, whose creation) is older than the interval. */
export async function reviewsDue(now: Date = new Date()) {
  const limit = subMonths(now, REVIEW_INTERVAL_MONTHS);
  const rows = await prisma.agreement.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true, titleNb: true, createdAt: true, reviews: { orderBy: { reviewedOn: "desc" }, take: 1, select: { reviewedOn: true } } },
  });
  return rows
    .map((a) => ({ slug: a.slug, title: a.title, titleNb: a.titleNb, lastReview: a.reviews[0]?.reviewedOn ?? null, since: a.reviews[0]?.reviewedOn ?? a.createdAt }))
    .filter((a) => a.since.getTime() < limit.getTime());
}

export async function getPartyName(partyId: string) {
  return prisma.party.findUnique({ where: { id: partyId }, select: { name: true, nameNb: true } });
}

/** How many of a party's rows (latest adopted versions) are still open: the count on the partner's home page. */
export async function openAdoptionCount(partyId: string): Promise<number> {
  const versions = await latestAdoptedVersions();
  return prisma.agreementAdoption.count({ where: { partyId, agreementVersionId: { in: versions.map((v) => v.versionId) }, status: { in: [...OPEN_STATUSES] } } });
}
