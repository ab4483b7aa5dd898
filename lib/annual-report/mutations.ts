import "server-only";
// Writes of the annual report (issue 21 item 4). A draft is generated from the facts of the year (data.ts) and
// stored; the secretariat edits the sections and publishes. Every write is one statement guarded by the report's
// version (a stale form gets CONFLICT, a double click changes nothing twice) with its audit entry in the same
// transaction. A published report is never silently replaced by a new draft: withdraw it first.
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { auditIn } from "@/lib/editors/mutations";
import { locales } from "@/lib/i18n";
import { href } from "@/lib/i18n/paths";
import { gatherFacts } from "./data";
import { composeDraft } from "./draft";
import { ADMIN_PATH, adminReportPath, annualReportPath } from "./policy";
import type { GenerateInput, PublishInput, SectionsInput } from "./schema";

export type AnnualReportError = "NOT_FOUND" | "CONFLICT" | "EXISTS" | "PUBLISHED";
type Result = { ok: true; version: number } | { ok: false; error: AnnualReportError };

const ENTITY = "AnnualReport";

function revalidate(year: number) {
  try {
    for (const lang of locales) for (const path of [ADMIN_PATH, adminReportPath(year), "/arsmelding", annualReportPath(year)]) revalidatePath(href(lang, path));
  } catch {
    // Outside a Next request (tests, scripts) there is nothing to revalidate.
  }
}

/** Makes the draft of a year from the portal's data; an existing draft is replaced only when `replace` is ticked. */
export async function generateReport(actorId: string, input: GenerateInput, now: Date = new Date()): Promise<Result> {
  const facts = await gatherFacts(input.year, now);
  const sections = composeDraft(input.language, facts, now);
  const result = await prisma.$transaction(async (tx): Promise<Result> => {
    const existing = await tx.annualReport.findUnique({ where: { year: input.year }, select: { status: true, version: true } });
    if (existing?.status === "PUBLISHED") return { ok: false, error: "PUBLISHED" };
    if (existing && !input.replace) return { ok: false, error: "EXISTS" };
    const row = existing
      ? await tx.annualReport.update({
          where: { year: input.year },
          data: { sections, language: input.language, generatedAt: now, updatedById: actorId, version: { increment: 1 } },
          select: { version: true },
        })
      : await tx.annualReport.create({ data: { year: input.year, sections, language: input.language, generatedAt: now, updatedById: actorId }, select: { version: true } });
    await auditIn(tx, {
      actorId,
      action: existing ? "annualReport.regenerate" : "annualReport.generate",
      entityType: ENTITY,
      entityId: String(input.year),
      before: existing ? { version: existing.version } : null,
      after: { language: input.language, version: row.version },
    });
    return { ok: true, version: row.version };
  });
  if (result.ok) revalidate(input.year);
  return result;
}

async function missingOrStale(year: number): Promise<Result> {
  const exists = await prisma.annualReport.count({ where: { year } });
  return { ok: false, error: exists ? "CONFLICT" : "NOT_FOUND" };
}

/** Saves the edited sections of the report as it was when the form was shown. */
export async function saveReport(actorId: string, input: SectionsInput): Promise<Result> {
  const result = await prisma.$transaction(async (tx): Promise<Result | null> => {
    const updated = await tx.annualReport.updateMany({
      where: { year: input.year, version: input.version },
      data: { sections: input.sections, updatedById: actorId, version: { increment: 1 } },
    });
    if (updated.count === 0) return null;
    await auditIn(tx, { actorId, action: "annualReport.edit", entityType: ENTITY, entityId: String(input.year), before: { version: input.version }, after: { version: input.version + 1 } });
    return { ok: true, version: input.version + 1 };
  });
  if (!result) return missingOrStale(input.year);
  revalidate(input.year);
  return result;
}

/** Publishes (or withdraws to a draft) the report as it was when the page was shown. */
export async function setPublished(actorId: string, input: PublishInput, publish: boolean, now: Date = new Date()): Promise<Result> {
  const result = await prisma.$transaction(async (tx): Promise<Result | null> => {
    const updated = await tx.annualReport.updateMany({
      where: { year: input.year, version: input.version, status: publish ? "DRAFT" : "PUBLISHED" },
      data: { status: publish ? "PUBLISHED" : "DRAFT", publishedAt: publish ? now : null, updatedById: actorId, version: { increment: 1 } },
    });
    if (updated.count === 0) return null;
    await auditIn(tx, {
      actorId,
      action: publish ? "annualReport.publish" : "annualReport.withdraw",
      entityType: ENTITY,
      entityId: String(input.year),
      before: { version: input.version },
      after: { version: input.version + 1 },
    });
    return { ok: true, version: input.version + 1 };
  });
  if (!result) return missingOrStale(input.year);
  revalidate(input.year);
  return result;
}
