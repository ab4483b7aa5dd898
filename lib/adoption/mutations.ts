import "server-only";
// Writes of the adoption tracker (issue 21 item 1). Rows are opened for every adopting party in the transaction that
// records SSU's adoption of a version (lib/agreements/mutations.ts), once per party and version (unique constraint,
// skipDuplicates). A party's contact updates only their own party's rows, guarded by the row's version (CONFLICT).
// Reminders are queued in the outbox in the same transaction, once per request key and contact (dedupeKey).
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { auditIn, type Tx } from "@/lib/editors/mutations";
import { toDate } from "@/lib/editors/form";
import { formatDate, href, localize, type Locale, getTranslator } from "@/lib/i18n";
import { enqueueMail } from "@/lib/mail";
import { revalidatePublic } from "@/lib/public-cache";
import { siteOrigin } from "@/lib/site-url";
import type { CheckedUpload } from "@/lib/uploads/file-check";
import { reminderRecipients } from "./data";
import { ADOPTING_PARTY_KINDS } from "./policy";
import type { AdoptionInput, ReminderInput } from "./schema";

export const OWN_ADOPTIONS_PATH = "/mine-vedtak";
export const MATRIX_PATH = "/admin/avtalar/vedtak";

/**
 * Opens one NOT_STARTED row per adopting party for a version SSU has adopted, when it is the agreement's newest adopted
 * version (an older version recorded later is history, not a new task). Call inside the version's transaction.
 */
export async function openAdoptionRows(tx: Tx, versionId: string): Promise<number> {
  const version = await tx.agreementVersion.findUnique({ where: { id: versionId }, select: { agreementId: true, adoptedOn: true } });
  if (!version?.adoptedOn) return 0;
  const newest = await tx.agreementVersion.findFirst({
    where: { agreementId: version.agreementId, adoptedOn: { not: null } },
    orderBy: [{ validFrom: "desc" }, { adoptedOn: "desc" }, { id: "asc" }],
    select: { id: true },
  });
  if (newest?.id !== versionId) return 0;
  const parties = await tx.party.findMany({ where: { kind: { in: [...ADOPTING_PARTY_KINDS] } }, select: { id: true } });
  const { count } = await tx.agreementAdoption.createMany({ data: parties.map((p) => ({ agreementVersionId: versionId, partyId: p.id })), skipDuplicates: true });
  return count;
}

export type AdoptionError = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT";

const revalidate = () => {
  revalidatePublic(["agreements"]);
  try {
    revalidatePath(MATRIX_PATH);
  } catch {
    // Outside a Next request (tests, scripts) there is nothing to revalidate.
  }
};

/** A party's contact records where their party stands. The DB decides: an active partner contact of the row's party. */
export async function updateAdoption(actorId: string, input: AdoptionInput, file: CheckedUpload | null): Promise<{ ok: true } | { ok: false; error: AdoptionError }> {
  const result = await prisma.$transaction(async (tx): Promise<{ ok: true } | { ok: false; error: AdoptionError }> => {
    const [actor, row] = await Promise.all([
      tx.user.findUnique({ where: { id: actorId }, select: { partyId: true, roles: true, disabledAt: true } }),
      tx.agreementAdoption.findUnique({ where: { id: input.adoptionId }, select: { partyId: true, status: true, version: true } }),
    ]);
    if (!row) return { ok: false, error: "NOT_FOUND" };
    if (!actor || actor.disabledAt || !actor.roles.includes("PARTNER_CONTACT") || actor.partyId !== row.partyId) return { ok: false, error: "FORBIDDEN" };
    const updated = await tx.agreementAdoption.updateMany({
      where: { id: input.adoptionId, version: input.version },
      data: {
        status: input.status,
        decidedOn: input.status === "NOT_STARTED" || !input.decidedOn ? null : toDate(input.decidedOn),
        reference: input.reference || null,
        note: input.note || null,
        ...(file ? { documentName: file.fileName, documentSize: file.size, documentSha256: file.sha256, documentContent: file.bytes } : {}),
        updatedById: actorId,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) return { ok: false, error: "CONFLICT" };
    await auditIn(tx, {
      actorId,
      action: "adoption.update",
      entityType: "AgreementAdoption",
      entityId: input.adoptionId,
      before: { status: row.status, version: row.version },
      after: { status: input.status, decidedOn: input.decidedOn || null, reference: input.reference || null, document: file?.fileName ?? null, version: input.version + 1 },
    });
    return { ok: true };
  });
  if (result.ok) revalidate();
  return result;
}

/**
 * Reminds the contacts of every party with open rows (of versions SSU adopted on or before the chosen day). One mail
 * per contact listing that party's open agreements; the request key makes a double click (or a retry) queue nothing new.
 */
export async function sendAdoptionReminder(actorId: string, input: ReminderInput): Promise<{ ok: true; parties: number; mails: number }> {
  const lang: Locale = "nn";
  const m = getTranslator(lang, "adoption.mail");
  return prisma.$transaction(async (tx) => {
    const parties = await reminderRecipients(input, tx);
    let mails = 0;
    for (const party of parties) {
      const list = party.agreements.map((a) => `- ${localize(lang, a.title, a.titleNb)} (${a.label})`).join("\n");
      for (const contact of party.contacts) {
        await enqueueMail(tx, {
          to: contact.email,
          subject: m("subject", { party: party.name }),
          text: m("body", { name: contact.name, party: party.name, date: formatDate(lang, toDate(input.before), "long"), list, link: `${siteOrigin()}${href(lang, OWN_ADOPTIONS_PATH)}` }),
          dedupeKey: `adoption-reminder:${input.requestKey}:${contact.id}`,
        });
        mails += 1;
      }
    }
    await auditIn(tx, {
      actorId,
      action: "adoption.remind",
      entityType: "AgreementAdoption",
      entityId: input.requestKey,
      after: { before: input.before, agreement: input.agreement || null, kind: input.kind || null, openParties: parties.length, mails },
    });
    // The parties reached: those with at least one contact (the others are named in the preview).
    return { ok: true as const, parties: parties.filter((p) => p.contacts.length > 0).length, mails };
  });
}
