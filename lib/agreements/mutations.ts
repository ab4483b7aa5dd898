import "server-only";
// Writes of the agreement editors. Callers (actions.ts) authorize and validate first (the file too). A new version
// closes the version it replaces (its last day becomes the day before), stores its file as a public document
// (Document → DocumentVersion → DocumentFile, as the seed does), and refreshes that document's search entry in the
// same transaction. Edits are guarded by the row's version: a stale form gets CONFLICT and overwrites nothing.
import { prisma } from "@/lib/db/client";
import { toDate, toDateOrNull } from "@/lib/editors/form";
import { auditIn, isUniqueViolation } from "@/lib/editors/mutations";
import { revalidatePublic } from "@/lib/public-cache";
import { refreshSearchEntries } from "@/lib/search/mutations";
import { extractText } from "@/lib/documents/extract-text";
import { openAdoptionRows } from "@/lib/adoption/mutations";
import type { CheckedUpload } from "@/lib/uploads/file-check";
import type { AddVersionValues, CreateAgreementValues, ReviewValues, UpdateAgreementValues, UpdateVersionValues } from "./schema";

type Fail = { ok: false; error: "CONFLICT" | "NOT_FOUND" | "INVALID"; fieldErrors?: Record<string, "taken" | "invalid"> };
export type AgreementWriteResult = { ok: true; slug: string } | Fail;

const DAY = 86_400_000;
const revalidateAgreements = () => revalidatePublic(["agreements", "search"]);

function agreementData(v: Omit<CreateAgreementValues, "slug">) {
  return {
    kind: v.kind,
    number: v.kind === "SERVICE" && v.number ? Number(v.number) : null,
    title: v.title,
    titleNb: v.titleNb || null,
    summary: v.summary || null,
    summaryNb: v.summaryNb || null,
  };
}

export async function createAgreement(actorId: string, v: CreateAgreementValues): Promise<AgreementWriteResult> {
  try {
    await prisma.$transaction(async (tx) => {
      const last = await tx.agreement.aggregate({ _max: { sortOrder: true } });
      const agreement = await tx.agreement.create({
        data: { slug: v.slug, ...agreementData(v), sortOrder: (last._max.sortOrder ?? 0) + 1 },
        select: { id: true },
      });
      await auditIn(tx, { actorId, action: "agreement.create", entityType: "Agreement", entityId: agreement.id, after: { slug: v.slug, title: v.title } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "INVALID", fieldErrors: { slug: "taken" } };
    throw error;
  }
  revalidateAgreements();
  return { ok: true, slug: v.slug };
}

export async function updateAgreement(actorId: string, v: UpdateAgreementValues): Promise<AgreementWriteResult> {
  const result = await prisma.$transaction(async (tx): Promise<AgreementWriteResult> => {
    const before = await tx.agreement.findUnique({ where: { id: v.agreementId }, select: { slug: true, title: true, version: true } });
    if (!before) return { ok: false, error: "NOT_FOUND" };
    const updated = await tx.agreement.updateMany({ where: { id: v.agreementId, version: v.version }, data: { ...agreementData(v), version: { increment: 1 } } });
    if (updated.count === 0) return { ok: false, error: "CONFLICT" };
    await auditIn(tx, {
      actorId,
      action: "agreement.update",
      entityType: "Agreement",
      entityId: v.agreementId,
      before: { title: before.title, version: before.version },
      after: { title: v.title, version: v.version + 1 },
    });
    return { ok: true, slug: before.slug };
  });
  if (result.ok) revalidateAgreements();
  return result;
}

function versionData(v: Omit<AddVersionValues, "agreementId">) {
  return {
    label: v.label,
    validFrom: toDate(v.validFrom),
    validTo: toDateOrNull(v.validTo),
    adoptedOn: toDateOrNull(v.adoptedOn),
    adoptedBy: v.adoptedBy || null,
    note: v.note || null,
  };
}

export async function addAgreementVersion(actorId: string, v: AddVersionValues, file: CheckedUpload): Promise<AgreementWriteResult> {
  // Read before the transaction: extraction can take a while and must not hold the database.
  const extractedText = await extractText(file.bytes, file.kind);
  try {
    const result = await prisma.$transaction(async (tx): Promise<AgreementWriteResult> => {
      const agreement = await tx.agreement.findUnique({ where: { id: v.agreementId }, select: { slug: true, title: true, titleNb: true } });
      if (!agreement) return { ok: false, error: "NOT_FOUND" };
      const data = versionData(v);
      const created = await tx.agreementVersion.create({ data: { agreementId: v.agreementId, ...data }, select: { id: true } });
      // The version it replaces: every earlier version still valid on the new one's first day ends the day before.
      const closed = await tx.agreementVersion.updateMany({
        where: { agreementId: v.agreementId, id: { not: created.id }, validFrom: { lt: data.validFrom }, OR: [{ validTo: null }, { validTo: { gte: data.validFrom } }] },
        data: { validTo: new Date(data.validFrom.getTime() - DAY), version: { increment: 1 } },
      });
      const document = await tx.document.create({
        data: {
          kind: "AGREEMENT",
          title: `${agreement.title} (${v.label})`,
          titleNb: `${agreement.titleNb ?? agreement.title} (${v.label})`,
          visibility: "PUBLIC",
          agreementVersionId: created.id,
          versions: {
            create: {
              number: 1,
              fileName: file.fileName,
              mimeType: file.mimeType,
              size: file.size,
              sha256: file.sha256,
              extractedText,
              uploadedById: actorId,
              file: { create: { content: file.bytes } },
            },
          },
        },
        select: { id: true },
      });
      await refreshSearchEntries(tx, [{ kind: "DOCUMENT", refId: document.id }]);
      // SSU's adoption is the moment every party gets its own adoption task (issue 21.1), in this transaction.
      const adoptionRows = await openAdoptionRows(tx, created.id);
      await auditIn(tx, {
        actorId,
        action: "agreement.addVersion",
        entityType: "AgreementVersion",
        entityId: created.id,
        after: { agreementId: v.agreementId, label: v.label, validFrom: v.validFrom, validTo: v.validTo || null, documentId: document.id, fileName: file.fileName, closedEarlier: closed.count, adoptionRows },
      });
      return { ok: true, slug: agreement.slug };
    });
    if (result.ok) revalidateAgreements();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "INVALID", fieldErrors: { label: "taken" } };
    throw error;
  }
}

export async function updateAgreementVersion(actorId: string, v: UpdateVersionValues): Promise<AgreementWriteResult> {
  try {
    const result = await prisma.$transaction(async (tx): Promise<AgreementWriteResult> => {
      const before = await tx.agreementVersion.findUnique({
        where: { id: v.versionId },
        select: { label: true, validFrom: true, validTo: true, version: true, agreement: { select: { slug: true } } },
      });
      if (!before) return { ok: false, error: "NOT_FOUND" };
      const updated = await tx.agreementVersion.updateMany({ where: { id: v.versionId, version: v.version }, data: { ...versionData(v), version: { increment: 1 } } });
      if (updated.count === 0) return { ok: false, error: "CONFLICT" };
      // An adoption date added later is SSU's adoption too: the parties' rows open now (never twice).
      await openAdoptionRows(tx, v.versionId);
      await auditIn(tx, {
        actorId,
        action: "agreement.updateVersion",
        entityType: "AgreementVersion",
        entityId: v.versionId,
        before: { label: before.label, validFrom: before.validFrom, validTo: before.validTo, version: before.version },
        after: { label: v.label, validFrom: v.validFrom, validTo: v.validTo || null, version: v.version + 1 },
      });
      return { ok: true, slug: before.agreement.slug };
    });
    if (result.ok) revalidateAgreements();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "INVALID", fieldErrors: { label: "taken" } };
    throw error;
  }
}

export async function recordReview(actorId: string, v: ReviewValues): Promise<AgreementWriteResult> {
  const result = await prisma.$transaction(async (tx): Promise<AgreementWriteResult> => {
    const agreement = await tx.agreement.findUnique({ where: { id: v.agreementId }, select: { slug: true } });
    if (!agreement) return { ok: false, error: "NOT_FOUND" };
    const body = await tx.body.findUnique({ where: { id: v.bodyId }, select: { id: true } });
    if (!body) return { ok: false, error: "INVALID", fieldErrors: { bodyId: "invalid" } };
    const review = await tx.agreementReview.create({
      data: { agreementId: v.agreementId, year: v.year, reviewedOn: toDate(v.reviewedOn), bodyId: v.bodyId, outcome: v.outcome },
      select: { id: true },
    });
    await auditIn(tx, { actorId, action: "agreement.review", entityType: "AgreementReview", entityId: review.id, after: { agreementId: v.agreementId, year: v.year, reviewedOn: v.reviewedOn } });
    return { ok: true, slug: agreement.slug };
  });
  if (result.ok) revalidateAgreements();
  return result;
}
