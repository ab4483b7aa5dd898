import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { documentFactsSelect, documentView, toFacts, type DocumentFacts, type DocumentView } from "@/lib/documents/view";
import type { AgreementKind } from "@/lib/domain/vocabulary";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";

// The agreements register (avtaleverket): the overarching agreement, service agreements 1–11 and the guidelines.

type VersionRecord = {
  id: string;
  label: string;
  validFrom: Date;
  validTo: Date | null;
  adoptedOn: Date | null;
  adoptedBy: string | null;
  note: string | null;
  documents: DocumentFacts[];
};

type AgreementRecord = {
  id: string;
  slug: string;
  kind: AgreementKind;
  number: number | null;
  title: string;
  titleNb: string | null;
  summary: string | null;
  summaryNb: string | null;
  versions: VersionRecord[];
  /** SSU's yearly reviews of this agreement, newest first. */
  reviews: { id: string; year: number; reviewedOn: Date; outcome: string; body: { name: string; nameNb: string | null } }[];
};

export type AgreementVersionView = Omit<VersionRecord, "documents"> & { current: boolean; documents: DocumentView[] };
export type AgreementView = Omit<AgreementRecord, "versions"> & {
  current: AgreementVersionView | null;
  versions: AgreementVersionView[];
};

const load = cachedPublic("agreements", [PUBLIC_TAGS.agreements], async (): Promise<AgreementRecord[]> => {
  const rows = await prisma.agreement.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      kind: true,
      number: true,
      title: true,
      titleNb: true,
      summary: true,
      summaryNb: true,
      versions: {
        orderBy: { validFrom: "desc" },
        select: {
          id: true,
          label: true,
          validFrom: true,
          validTo: true,
          adoptedOn: true,
          adoptedBy: true,
          note: true,
          documents: { orderBy: { createdAt: "asc" }, select: documentFactsSelect },
        },
      },
      reviews: {
        orderBy: [{ reviewedOn: "desc" }, { id: "asc" }],
        select: { id: true, year: true, reviewedOn: true, outcome: true, body: { select: { name: true, nameNb: true } } },
      },
    },
  });
  return rows.map((a) => ({ ...a, versions: a.versions.map((v) => ({ ...v, documents: v.documents.map(toFacts) })) }));
});

function view(viewer: Viewer, a: AgreementRecord, now: Date): AgreementView {
  const inForce = (v: VersionRecord) => v.validFrom.getTime() <= now.getTime() && (v.validTo === null || v.validTo.getTime() >= now.getTime() - 86_400_000);
  // Versions come newest first: the newest one in force is current, so two overlapping versions never both are.
  const currentId = a.versions.find(inForce)?.id ?? null;
  const versions = a.versions.map((v) => ({
    ...v,
    current: v.id === currentId,
    documents: v.documents.map((d) => documentView(viewer, d, now)),
  }));
  return { ...a, versions, current: versions.find((v) => v.current) ?? null };
}

export async function getAgreements(viewer: Viewer, now: Date = new Date()): Promise<AgreementView[]> {
  return (await load()).map((a) => view(viewer, a, now));
}

export async function getAgreement(slug: string, viewer: Viewer, now: Date = new Date()): Promise<AgreementView | null> {
  const found = (await load()).find((a) => a.slug === slug);
  return found ? view(viewer, found, now) : null;
}

// ───────────── the secretariat's editors (never cached) ─────────────

export async function listAgreementsForEditor() {
  return prisma.agreement.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, slug: true, kind: true, title: true, titleNb: true } });
}

export async function getAgreementForEditor(slug: string, now: Date = new Date()) {
  const row = await prisma.agreement.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      number: true,
      title: true,
      titleNb: true,
      summary: true,
      summaryNb: true,
      version: true,
      versions: {
        orderBy: { validFrom: "desc" },
        select: {
          id: true,
          label: true,
          validFrom: true,
          validTo: true,
          adoptedOn: true,
          adoptedBy: true,
          note: true,
          version: true,
          documents: { select: { id: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, fileName: true } } } },
        },
      },
      reviews: { orderBy: [{ reviewedOn: "desc" }, { id: "asc" }], select: { id: true, year: true, reviewedOn: true, outcome: true, body: { select: { name: true, nameNb: true } } } },
    },
  });
  if (!row) return null;
  const inForce = (v: { validFrom: Date; validTo: Date | null }) => v.validFrom.getTime() <= now.getTime() && (v.validTo === null || v.validTo.getTime() >= now.getTime() - 86_400_000);
  return { ...row, currentVersionId: row.versions.find(inForce)?.id ?? null, loadedAt: now };
}
