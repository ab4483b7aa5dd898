import "server-only";
// Reads of fee claims (issue 16 item 3): the meetings a person may claim for – those the attendance register says
// they sat in, in a seat whose category has a fee rate that day – with their claim; the secretariat's queue; the
// payroll export. A claimant reads only their own claims; names of others appear only for the secretariat.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import type { SeatCategory } from "@/lib/domain/vocabulary";
import { dayOf } from "@/lib/membership/rules/dates";
import { prefilledMeetingMinutes, ratesFor, type ClaimRates, type FeeClaimStatus, type FeeRateRow } from "./policy";

const DAY = 86_400_000;
/** How far back a meeting can still be claimed for (a year and a bit: claims come in late). */
export const CLAIM_WINDOW_DAYS = 400;

type Body = { name: string; nameNb: string | null };

/** A receipt as lists show it: never its bytes (those only through the download route, after the policy). */
export type ReceiptMeta = { id: string; fileName: string; mimeType: string; size: number };

export type Claim = {
  id: string;
  /** The claimant (lib/fees/policy.ts canDownloadReceipt decides on it). */
  userId: string;
  status: FeeClaimStatus;
  meetingMinutes: number;
  preparationMinutes: number;
  kilometres: number;
  expensesOre: number;
  note: string | null;
  totalOre: number;
  returnReason: string | null;
  version: number;
  submittedAt: Date;
  decidedAt: Date | null;
  receipts: ReceiptMeta[];
};

const claimSelect = {
  id: true,
  userId: true,
  status: true,
  meetingMinutes: true,
  preparationMinutes: true,
  kilometres: true,
  expensesOre: true,
  note: true,
  totalOre: true,
  returnReason: true,
  version: true,
  submittedAt: true,
  decidedAt: true,
  receipts: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: [{ uploadedAt: "asc" as const }, { id: "asc" as const }] },
} satisfies Prisma.FeeClaimSelect;

export type ClaimableMeeting = {
  meetingId: string;
  startsAt: Date;
  body: Body;
  /** The claimant's own membership the register says sat (the holder's seat, or the deputy's own). */
  membershipId: string;
  seat: SeatCategory;
  rates: ClaimRates & { example: boolean };
  prefillMinutes: number;
  claim: Claim | null;
};

/** All fee rates, newest first (rules as data). */
export async function feeRates(): Promise<FeeRateRow[]> {
  return prisma.feeRate.findMany({ orderBy: [{ seat: "asc" }, { kind: "asc" }, { validFrom: "desc" }], select: { seat: true, kind: true, amountOre: true, validFrom: true, validTo: true, example: true } });
}

/** Every rate with its id, for the secretariat's rate page: by seat category and kind, newest period first. */
export async function rateTable(): Promise<(FeeRateRow & { id: string })[]> {
  return prisma.feeRate.findMany({ orderBy: [{ seat: "asc" }, { kind: "asc" }, { validFrom: "desc" }], select: { id: true, seat: true, kind: true, amountOre: true, validFrom: true, validTo: true, example: true } });
}

/** The meetings this user attended in a fee-entitled seat (newest first), each with its claim if any. */
export async function claimableMeetings(userId: string, now: Date = new Date()): Promise<ClaimableMeeting[]> {
  // Two queries (issue 18 item 2; it was four): the user's person with the meetings they sat in (as holder or called-in
  // deputy) inside the claim window, each with this user's claims; and the rates.
  const [user, rates] = await Promise.all([
    prisma.user.findUnique({
      where: { id: userId },
      select: { person: { select: { memberships: { select: { id: true, seat: true, attendanceSitting: attendanceArgs(userId, now) } } } } },
    }),
    feeRates(),
  ]);
  return claimsFrom(user?.person?.memberships ?? [], rates);
}

/** A membership's meetings sat in inside the claim window, with `userId`'s claims (relation attendanceSitting). */
export function attendanceArgs(userId: string, now: Date) {
  return {
    where: {
      status: { in: ["HOLDER" as const, "DEPUTY" as const] },
      meeting: { cancelledAt: null, startsAt: { lte: now, gte: new Date(now.getTime() - CLAIM_WINDOW_DAYS * DAY) } },
    },
    select: {
      meeting: {
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          body: { select: { name: true, nameNb: true } },
          feeClaims: { where: { userId }, select: { ...claimSelect, membershipId: true } },
        },
      },
    },
  };
}

type SatIn = { id: string; seat: SeatCategory; attendanceSitting: { meeting: { id: string; startsAt: Date; endsAt: Date | null; body: Body; feeClaims: (Claim & { membershipId: string })[] } }[] };

/** The claimable meetings of memberships read with attendanceArgs, newest first; a seat without rates has none. */
export function claimsFrom(memberships: readonly SatIn[], rates: readonly FeeRateRow[]): ClaimableMeeting[] {
  const rows = memberships.flatMap(({ attendanceSitting, ...attendee }) => attendanceSitting.map(({ meeting }) => ({ attendee, meeting })));
  const out: ClaimableMeeting[] = [];
  for (const r of rows) {
    const seatRates = ratesFor(rates, r.attendee.seat, dayOf(r.meeting.startsAt));
    if (!seatRates) continue;
    const claim = r.meeting.feeClaims.find((c) => c.membershipId === r.attendee.id) ?? null;
    out.push({
      meetingId: r.meeting.id,
      startsAt: r.meeting.startsAt,
      body: r.meeting.body,
      membershipId: r.attendee.id,
      seat: r.attendee.seat,
      rates: seatRates,
      prefillMinutes: prefilledMeetingMinutes(r.meeting.startsAt, r.meeting.endsAt),
      claim,
    });
  }
  return out.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
}

export type ReviewClaim = Claim & { claimant: string; seat: SeatCategory; meeting: { id: string; startsAt: Date; body: Body }; rates: ClaimRates };

const reviewSelect = {
  ...claimSelect,
  meetingRateOre: true,
  preparationRateOre: true,
  kilometreRateOre: true,
  membership: { select: { seat: true, person: { select: { givenName: true, familyName: true } } } },
  meeting: { select: { id: true, startsAt: true, body: { select: { name: true, nameNb: true } } } },
} as const;

type ReviewRow = { membership: { seat: SeatCategory; person: { givenName: string; familyName: string } }; meetingRateOre: number; preparationRateOre: number; kilometreRateOre: number } & Claim & {
    meeting: { id: string; startsAt: Date; body: Body };
  };

const toReview = ({ membership, meetingRateOre, preparationRateOre, kilometreRateOre, ...c }: ReviewRow): ReviewClaim => ({
  ...c,
  claimant: `${membership.person.givenName} ${membership.person.familyName}`,
  seat: membership.seat,
  rates: { meetingRateOre, preparationRateOre, kilometreRateOre },
});

/**
 * The secretariat's queue: claims waiting for a decision, oldest first; those decided in the last quarter of an hour
 * (kept in place on the page with their outcome); and the latest decided ones.
 */
export async function claimsForReview(now: Date = new Date()): Promise<{ waiting: ReviewClaim[]; recent: ReviewClaim[]; decided: ReviewClaim[] }> {
  const [waiting, decided] = await Promise.all([
    prisma.feeClaim.findMany({ where: { status: "SUBMITTED" }, orderBy: { submittedAt: "asc" }, select: reviewSelect }),
    prisma.feeClaim.findMany({ where: { status: { not: "SUBMITTED" } }, orderBy: { decidedAt: "desc" }, take: 50, select: reviewSelect }),
  ]);
  const recent = decided.filter((c) => c.decidedAt && now.getTime() - c.decidedAt.getTime() < 15 * 60_000).reverse();
  return { waiting: waiting.map(toReview), recent: recent.map(toReview), decided: decided.map(toReview) };
}

/** Approved claims of meetings from `from` to `to` (Oslo days, inclusive), by meeting date then name: for payroll. */
export async function approvedClaims(from: string, to: string): Promise<ReviewClaim[]> {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY);
  // The meeting's Oslo day decides the period; a margin of a day each way, then the exact test.
  const rows = await prisma.feeClaim.findMany({
    where: { status: "APPROVED", meeting: { startsAt: { gte: new Date(start.getTime() - DAY), lt: new Date(end.getTime() + DAY) } } },
    select: reviewSelect,
  });
  const collator = new Intl.Collator("nn");
  return rows
    .map(toReview)
    .filter((c) => {
      const day = dayOf(c.meeting.startsAt);
      return day >= start && day < end;
    })
    .sort((a, b) => a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime() || collator.compare(a.claimant, b.claimant));
}

/** Claims waiting for the secretariat (the home page's task count). */
export function waitingClaimCount(): Promise<number> {
  return prisma.feeClaim.count({ where: { status: "SUBMITTED" } });
}

export type CostKeyRow = { partyId: string; name: string; nameNb: string | null; weight: number; basis: string; example: boolean };

/**
 * The municipalities' key valid on 1 January of the year (the key agreed for that year), in the parties' order. A
 * municipality with no valid row is left out (weight 0 would say the same, but silently).
 */
export async function costKey(year: number): Promise<CostKeyRow[]> {
  const day = new Date(Date.UTC(year, 0, 1));
  const rows = await prisma.costShareKey.findMany({
    where: { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }], party: { kind: "MUNICIPALITY" } },
    orderBy: [{ party: { sortOrder: "asc" } }, { validFrom: "desc" }],
    select: { partyId: true, weight: true, basis: true, example: true, party: { select: { name: true, nameNb: true } } },
  });
  const seen = new Set<string>();
  const out: CostKeyRow[] = [];
  for (const r of rows) {
    if (seen.has(r.partyId)) continue; // the latest start wins should two rows overlap
    seen.add(r.partyId);
    out.push({ partyId: r.partyId, name: r.party.name, nameNb: r.party.nameNb, weight: r.weight, basis: r.basis, example: r.example });
  }
  return out;
}

/** A receipt's access facts and headers – not its bytes – so the policy decides before anything is read. */
export function receiptForDownload(id: string) {
  return prisma.feeReceipt.findUnique({ where: { id }, select: { id: true, fileName: true, mimeType: true, size: true, sha256: true, claim: { select: { userId: true } } } });
}

export async function receiptContent(id: string): Promise<Uint8Array | null> {
  const row = await prisma.feeReceipt.findUnique({ where: { id }, select: { content: true } });
  return row?.content ?? null;
}
