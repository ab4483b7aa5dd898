import "server-only";
// Writes of fee claims (issue 16 item 3). A claim is accepted only for a meeting the attendance register says the
// claimant sat in, in a seat whose category has a rate that day; the rates are copied into the claim. Claimant edits
// and the secretariat's decision are compare-and-set on the claim's version (two tabs, two secretaries → CONFLICT,
// nothing doubled); the form's idempotency key makes a double click one submission. Receipts are written in the
// claim's transaction. A returned claim's mail to the claimant is queued in the decision's transaction.
import { revalidatePath } from "next/cache";
import { audit } from "@/lib/audit/mutations";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { formatDate, href, localize, type Locale, getTranslator } from "@/lib/i18n";
import { enqueueMail } from "@/lib/mail";
import { dayOf } from "@/lib/membership/rules/dates";
import { siteOrigin } from "@/lib/site-url";
import type { ReceiptChanges } from "./claim-form-data";
import { canDecideClaim, canEditClaim, claimTotal, placeNewRate, ratesFor, receiptProblem, type ReceiptProblem } from "./policy";
import type { ClaimInput, DecisionInput, RateInput } from "./schema";

export type ClaimError = "NOT_ATTENDED" | "NOT_ENTITLED" | "CONFLICT" | "LOCKED" | "RECEIPT_REQUIRED" | "TOO_MANY_RECEIPTS";
export type DecisionError = "NOT_FOUND" | "CONFLICT";
export type RateError = "OVERLAP";

export const CLAIMS_PATH = "/mine-honorar";

function revalidate(): void {
  try {
    revalidatePath("/[lang]/mine-honorar", "layout");
    revalidatePath("/[lang]/admin/honorar", "layout");
    revalidatePath("/[lang]/admin/honorar/satsar", "page");
  } catch (error) {
    // Outside a request (scripts, tests) there is no render cache to revalidate.
    if (!String(error).includes("static generation store missing")) throw error;
  }
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Submits a new claim (version 0) or corrects one not yet approved (its current version), with its receipts: new ones
 * added, ticked ones removed, and the receipt rule (expenses need a receipt; at most MAX_RECEIPTS) checked on what the
 * claim ends up with. Idempotent with the form's key: a submission whose key is already on the claim (a double click,
 * a retried post) changes nothing and answers ok – one claim, one set of receipts. Submissions of one seat's claim for
 * one meeting queue on an advisory lock, so a racing duplicate sees the first one's key.
 */
export async function submitClaim(
  input: ClaimInput,
  userId: string,
  now: Date = new Date(),
  receipts: ReceiptChanges = { add: [], remove: [] },
): Promise<{ ok: true; claimId: string; replay?: true } | { ok: false; error: ClaimError }> {
  try {
    const result = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`saman:fee-claim:${input.meetingId}:${input.membershipId}`}))`;
      if (input.idempotencyKey) {
        const replay = await tx.feeClaim.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, userId: true } });
        if (replay) return replay.userId === userId ? { ok: true as const, claimId: replay.id, replay: true as const } : { ok: false as const, error: "CONFLICT" as const };
      }
      const sat = await tx.meetingAttendance.findFirst({
        where: { meetingId: input.meetingId, attendeeId: input.membershipId, status: { in: ["HOLDER", "DEPUTY"] }, meeting: { cancelledAt: null, startsAt: { lte: now } } },
        select: { meeting: { select: { startsAt: true } }, attendee: { select: { seat: true, person: { select: { user: { select: { id: true } } } } } } },
      });
      // The register decides: only the person who sat may claim, and only for their own membership.
      if (!sat?.attendee || sat.attendee.person.user?.id !== userId) return { ok: false as const, error: "NOT_ATTENDED" as const };
      const rates = ratesFor(await tx.feeRate.findMany(), sat.attendee.seat, dayOf(sat.meeting.startsAt));
      if (!rates) return { ok: false as const, error: "NOT_ENTITLED" as const };
      const amounts = { meetingMinutes: input.meetingHours, preparationMinutes: input.preparationHours, kilometres: input.kilometres, expensesOre: input.expenses };
      const data = {
        ...amounts,
        note: input.note || null,
        meetingRateOre: rates.meetingRateOre,
        preparationRateOre: rates.preparationRateOre,
        kilometreRateOre: rates.kilometreRateOre,
        totalOre: claimTotal(amounts, rates),
        status: "SUBMITTED" as const,
        returnReason: null,
        submittedAt: now,
        idempotencyKey: input.idempotencyKey ?? null,
      };
      const existing = await tx.feeClaim.findUnique({
        where: { meetingId_membershipId: { meetingId: input.meetingId, membershipId: input.membershipId } },
        select: { id: true, status: true, version: true, receipts: { select: { id: true } } },
      });
      const removed = existing ? existing.receipts.filter((r) => receipts.remove.includes(r.id)).map((r) => r.id) : [];
      const kept = (existing?.receipts.length ?? 0) - removed.length;
      const problem = receiptProblem(data.expensesOre, kept + receipts.add.length);
      let claimId: string;
      if (!existing) {
        if (input.version !== 0) return { ok: false as const, error: "CONFLICT" as const };
        if (problem) return { ok: false as const, error: RECEIPT_ERRORS[problem] };
        claimId = (await tx.feeClaim.create({ data: { ...data, meetingId: input.meetingId, membershipId: input.membershipId, userId }, select: { id: true } })).id;
      } else {
        if (!canEditClaim(existing.status)) return { ok: false as const, error: "LOCKED" as const };
        if (existing.version !== input.version) return { ok: false as const, error: "CONFLICT" as const };
        if (problem) return { ok: false as const, error: RECEIPT_ERRORS[problem] };
        const updated = await tx.feeClaim.updateMany({ where: { id: existing.id, version: input.version, status: { not: "APPROVED" } }, data: { ...data, version: { increment: 1 } } });
        if (updated.count !== 1) return { ok: false as const, error: "CONFLICT" as const };
        claimId = existing.id;
        if (removed.length > 0) await tx.feeReceipt.deleteMany({ where: { claimId, id: { in: removed } } });
      }
      for (const file of receipts.add) {
        await tx.feeReceipt.create({
          data: { claimId, fileName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256, content: file.bytes, uploadedAt: now },
        });
      }
      await audit(
        {
          actorId: userId,
          action: existing ? "fee.claim.resubmit" : "fee.claim.submit",
          entityType: "FeeClaim",
          entityId: claimId,
          after: { totalOre: data.totalOre, receiptsAdded: receipts.add.map((f) => f.fileName), receiptsRemoved: removed.length },
        },
        tx,
      );
      return { ok: true as const, claimId };
    });
    if (result.ok && !("replay" in result)) revalidate();
    return result;
  } catch (error) {
    // Two first submissions at once slipping past the lock: a unique key (meeting and seat, or the idempotency key)
    // refuses the second, which rolls back whole; the same key is then the first one's answer.
    if (!isUniqueViolation(error)) throw error;
    if (input.idempotencyKey) {
      const winner = await prisma.feeClaim.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, userId: true } });
      if (winner?.userId === userId) return { ok: true, claimId: winner.id, replay: true };
    }
    return { ok: false, error: "CONFLICT" };
  }
}

const RECEIPT_ERRORS = { receiptRequired: "RECEIPT_REQUIRED", tooManyFiles: "TOO_MANY_RECEIPTS" } as const satisfies Record<ReceiptProblem, ClaimError>;

/** Approves a waiting claim, or returns it with a reason (mailed to the claimant in the same transaction). */
export async function decideClaim(input: DecisionInput, actorId: string, now: Date = new Date()): Promise<{ ok: true } | { ok: false; error: DecisionError }> {
  const result = await prisma.$transaction(async (tx) => {
    const claim = await tx.feeClaim.findUnique({
      where: { id: input.claimId },
      select: { status: true, version: true, totalOre: true, user: { select: { email: true, name: true, disabledAt: true } }, meeting: { select: { startsAt: true, body: { select: { name: true, nameNb: true } } } } },
    });
    if (!claim) return { ok: false as const, error: "NOT_FOUND" as const };
    if (!canDecideClaim(claim.status) || claim.version !== input.version) return { ok: false as const, error: "CONFLICT" as const };
    const approve = input.decision === "approve";
    const updated = await tx.feeClaim.updateMany({
      where: { id: input.claimId, version: input.version, status: "SUBMITTED" },
      data: { status: approve ? "APPROVED" : "RETURNED", returnReason: approve ? null : input.reason, decidedById: actorId, decidedAt: now, version: { increment: 1 } },
    });
    if (updated.count !== 1) return { ok: false as const, error: "CONFLICT" as const };
    if (!approve && !claim.user.disabledAt) {
      const lang: Locale = "nn";
      const m = getTranslator(lang, "fees.mail");
      const meeting = m("meeting", { body: localize(lang, claim.meeting.body.name, claim.meeting.body.nameNb), date: formatDate(lang, claim.meeting.startsAt, "long") });
      await enqueueMail(tx, {
        to: claim.user.email,
        subject: m("returnedSubject", { meeting }),
        text: m("returnedBody", { name: claim.user.name, meeting, reason: input.reason, link: `${siteOrigin()}${href(lang, CLAIMS_PATH)}` }),
        dedupeKey: `fee-returned:${input.claimId}:${input.version + 1}`,
      });
    }
    await audit({ actorId, action: approve ? "fee.claim.approve" : "fee.claim.return", entityType: "FeeClaim", entityId: input.claimId, after: { totalOre: claim.totalOre } }, tx);
    return { ok: true as const };
  });
  if (result.ok) revalidate();
  return result;
}


export type RateClash = { validFrom: string; validTo: string | null };

/**
 * Adds a fee rate (the secretariat; rules as data). Rates of the same seat and kind never overlap: an open-ended
 * earlier rate is closed the day before, any other overlap is refused with the clashing period. Callers queue on an
 * advisory lock per seat and kind, so two secretaries adding at once cannot both pass the check. Audited with the
 * closed rate's old end. A new rate is never an example (only the seed marks examples).
 */
export async function addRate(input: RateInput, actorId: string): Promise<{ ok: true; rateId: string; closedId: string | null } | { ok: false; error: RateError; clash: RateClash }> {
  const validFrom = new Date(`${input.validFrom}T00:00:00Z`);
  const validTo = input.validTo ? new Date(`${input.validTo}T00:00:00Z`) : null;
  const result = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`saman:fee-rate:${input.seat}:${input.kind}`}))`;
    const existing = await tx.feeRate.findMany({ where: { seat: input.seat, kind: input.kind }, select: { id: true, validFrom: true, validTo: true } });
    const placed = placeNewRate(existing, { validFrom, validTo });
    if (!placed.ok) {
      const clash = { validFrom: placed.clash.validFrom.toISOString().slice(0, 10), validTo: placed.clash.validTo?.toISOString().slice(0, 10) ?? null };
      return { ok: false as const, error: "OVERLAP" as const, clash };
    }
    if (placed.close) {
      const end = new Date(validFrom.getTime() - 86_400_000);
      await tx.feeRate.update({ where: { id: placed.close.id }, data: { validTo: end } });
      await audit({ actorId, action: "fee.rate.close", entityType: "FeeRate", entityId: placed.close.id, before: { validTo: null }, after: { validTo: end } }, tx);
    }
    const created = await tx.feeRate.create({ data: { seat: input.seat, kind: input.kind, amountOre: input.amount, validFrom, validTo, example: false }, select: { id: true } });
    await audit({ actorId, action: "fee.rate.create", entityType: "FeeRate", entityId: created.id, after: { seat: input.seat, kind: input.kind, amountOre: input.amount, validFrom, validTo } }, tx);
    return { ok: true as const, rateId: created.id, closedId: placed.close?.id ?? null };
  });
  if (result.ok) revalidate();
  return result;
}
