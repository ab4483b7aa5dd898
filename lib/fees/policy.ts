// Fees and travel claims (issue 16 item 3; the spec's economy section: GP and user representatives are paid for
// meeting time, preparation and travel). Pure: which rate applies on a day, what a claim comes to, and who may change
// a claim in which state. Amounts are whole øre; hours are entered as minutes so no sum is ever a float.
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { SeatCategory } from "@/lib/domain/vocabulary";
import type { UploadRules } from "@/lib/uploads/file-check";

/** The closed vocabularies as plain values (tests/unit/fees.test.ts keeps them equal to the Prisma enums). */
export const FEE_RATE_KINDS = ["MEETING_HOUR", "PREPARATION_HOUR", "KILOMETRE"] as const;
export type FeeRateKind = (typeof FEE_RATE_KINDS)[number];
export const FEE_CLAIM_STATUSES = ["SUBMITTED", "APPROVED", "RETURNED"] as const;
export type FeeClaimStatus = (typeof FEE_CLAIM_STATUSES)[number];

export type FeeRateRow = { seat: SeatCategory; kind: FeeRateKind; amountOre: number; validFrom: Date; validTo: Date | null; example: boolean };
export type ClaimRates = { meetingRateOre: number; preparationRateOre: number; kilometreRateOre: number };
export type ClaimAmounts = { meetingMinutes: number; preparationMinutes: number; kilometres: number; expensesOre: number };

/** Upper bounds that catch typing errors (an extra zero) – a claim beyond them is refused with a message. */
export const FEE_LIMITS = { meetingMinutes: 12 * 60, preparationMinutes: 40 * 60, kilometres: 2_000, expensesOre: 20_000_00 } as const;

/** The rate of a kind for a seat category on a day (the @db.Date columns hold UTC midnight of the Oslo day). */
export function rateOn(rates: readonly FeeRateRow[], seat: SeatCategory, kind: FeeRateKind, day: Date): FeeRateRow | null {
  const valid = rates.filter((r) => r.seat === seat && r.kind === kind && r.validFrom <= day && (r.validTo === null || r.validTo >= day));
  // The latest start wins when periods overlap (a new rate entered without closing the old one).
  return valid.sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime())[0] ?? null;
}

/** A seat is fee-entitled on a day when its category has a meeting-hour rate that day (rules as data). */
export function ratesFor(rates: readonly FeeRateRow[], seat: SeatCategory, day: Date): (ClaimRates & { example: boolean }) | null {
  const meeting = rateOn(rates, seat, "MEETING_HOUR", day);
  if (!meeting) return null;
  const preparation = rateOn(rates, seat, "PREPARATION_HOUR", day);
  const kilometre = rateOn(rates, seat, "KILOMETRE", day);
  return {
    meetingRateOre: meeting.amountOre,
    preparationRateOre: preparation?.amountOre ?? 0,
    kilometreRateOre: kilometre?.amountOre ?? 0,
    example: [meeting, preparation, kilometre].some((r) => r?.example),
  };
}

/** The claim's total in øre: hours × rates (rounded to the øre once per line), kilometres × rate, plus expenses. */
export function claimTotal(amounts: ClaimAmounts, rates: ClaimRates): number {
  const hours = (minutes: number, rate: number) => Math.round((minutes * rate) / 60);
  return hours(amounts.meetingMinutes, rates.meetingRateOre) + hours(amounts.preparationMinutes, rates.preparationRateOre) + amounts.kilometres * rates.kilometreRateOre + amounts.expensesOre;
}

/** The claimant may change a claim until it is approved (a returned claim is corrected and sent again). */
export const canEditClaim = (status: FeeClaimStatus | null): boolean => status !== "APPROVED";
/** The secretariat decides a claim that is waiting. */
export const canDecideClaim = (status: FeeClaimStatus): boolean => status === "SUBMITTED";

/** Meeting time prefilled from the meeting: its length when it has an end, else the default. */
export function prefilledMeetingMinutes(startsAt: Date, endsAt: Date | null): number {
  if (!endsAt) return 180;
  const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
  return Math.min(Math.max(minutes, 0), FEE_LIMITS.meetingMinutes);
}

/** Øre as "1234,50" (Norwegian decimal comma; payroll spreadsheets read it). */
export function kroner(ore: number): string {
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/** Minutes as hours with a decimal comma ("2,5"). */
export function hoursText(minutes: number): string {
  const h = minutes / 60;
  return Number.isInteger(h) ? String(h) : h.toFixed(2).replace(/0$/, "").replace(".", ",");
}

/** Two validity periods (inclusive days; null end = open) share at least one day. */
export function periodsOverlap(a: { validFrom: Date; validTo: Date | null }, b: { validFrom: Date; validTo: Date | null }): boolean {
  const aEndsBeforeB = a.validTo !== null && a.validTo < b.validFrom;
  const bEndsBeforeA = b.validTo !== null && b.validTo < a.validFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/**
 * How a new rate fits among the rates of its seat and kind: a new open-ended rate closes an open-ended one that started
 * earlier, the day before it starts (the usual "new rate from 1 January, until further notice"); any other overlap is
 * refused – a bounded new rate inside an open one would leave the days after it without a rate – so at most one rate
 * is valid on any day and the rate of a meeting day is never ambiguous.
 */
export function placeNewRate<T extends { validFrom: Date; validTo: Date | null }>(
  existing: readonly T[],
  next: { validFrom: Date; validTo: Date | null },
): { ok: true; close: T | null } | { ok: false; clash: T } {
  const dayBefore = new Date(next.validFrom.getTime() - 86_400_000);
  let close: T | null = null;
  for (const r of existing) {
    if (!periodsOverlap(r, next)) continue;
    if (next.validTo === null && r.validTo === null && r.validFrom < next.validFrom && close === null) {
      close = r;
      continue;
    }
    return { ok: false, clash: r };
  }
  // Closing the open rate must not make it overlap another one (it ends the day before the new rate starts).
  if (close && existing.some((r) => r !== close && periodsOverlap(r, { validFrom: close.validFrom, validTo: dayBefore }))) {
    return { ok: false, clash: close };
  }
  return { ok: true, close };
}

// ─── Receipts (issue 16 item 3: tickets, tolls and other expenses need a receipt) ───────────────────────────────────

/** Receipts are PDF, JPEG or PNG by content; 5 of at most 5 MB each stay within the request limit (26 MB). */
export const RECEIPT_UPLOAD: UploadRules = { kinds: ["pdf", "jpg", "png"], maxBytes: 5 * 1024 * 1024 };
export const MAX_RECEIPTS = 5;

export type ReceiptProblem = "receiptRequired" | "tooManyFiles";

/** A claim with an expense amount needs at least one receipt; no claim holds more than MAX_RECEIPTS. */
export function receiptProblem(expensesOre: number, receiptCount: number): ReceiptProblem | null {
  if (receiptCount > MAX_RECEIPTS) return "tooManyFiles";
  if (expensesOre > 0 && receiptCount === 0) return "receiptRequired";
  return null;
}

/**
 * Who may download a claim's receipt – and so who is shown a link to it: the claimant (their own claim, whatever
 * seat they hold today) and the secretariat (fee.manage in the role table). Nobody else, not even another member of
 * the same body; the download route answers them 404 so the receipt's existence is not revealed.
 */
export function canDownloadReceipt(viewer: Viewer, claim: { userId: string }): boolean {
  if (viewer.userId === null) return false;
  return viewer.userId === claim.userId || can(viewer, "fee.manage");
}
