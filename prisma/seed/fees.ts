// Demo fees (issue 16 item 3): EXAMPLE rates for the fee-entitled seat categories (GP and user representatives, the
// spec's economy section) – marked `example` until the secretariat enters the agreed ones – and the demo GP's claims
// for SSU's registered meetings, one in each state (approved, returned, waiting); the one with expenses has a demo
// receipt (prisma/seed/fee-receipts.ts). Deterministic ids, skipDuplicates:
// a claim the secretariat or the GP has changed is never reset.
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { claimTotal } from "../../lib/fees/policy";
import { BODY } from "./bodies";
import { insertCostKey } from "./cost-key";
import { insertFeeReceipts } from "./fee-receipts";
import { ids } from "./ids";
import { DEMO_USERS } from "./users";

const EXAMPLE_FROM = new Date("2020-01-01T00:00:00Z");
/** Example rates in øre: 900 kr per meeting hour, 600 kr per preparation hour, 5,30 kr per km (not agreed rates). */
const EXAMPLE = { MEETING_HOUR: 900_00, PREPARATION_HOUR: 600_00, KILOMETRE: 5_30 } as const;
const SEATS = ["GP", "USER_MUNICIPAL", "USER_SPECIALIST"] as const;

export async function insertFees(prisma: PrismaClient, log: (line: string) => void): Promise<void> {
  const rates = SEATS.flatMap((seat) =>
    (Object.keys(EXAMPLE) as (keyof typeof EXAMPLE)[]).map((kind) => ({ id: `seed-fee-rate-${seat}-${kind}`, seat, kind, amountOre: EXAMPLE[kind], validFrom: EXAMPLE_FROM, example: true })),
  );
  const { count: rateCount } = await prisma.feeRate.createMany({ data: rates, skipDuplicates: true });
  log(`  CostShareKey: ${await insertCostKey(prisma)} new (example key)`);
  // The demo GP (SSU seat 13) sat in every registered SSU meeting: the three oldest get a claim each.
  const gpSeat = ids.membership(BODY.ssu, 13);
  const sat = await prisma.meetingAttendance.findMany({
    where: { attendeeId: gpSeat, status: "HOLDER" },
    select: { meeting: { select: { id: true, startsAt: true } } },
  });
  const user = await prisma.user.findUnique({ where: { id: DEMO_USERS.gp.id }, select: { id: true } });
  const secretariat = await prisma.user.findUnique({ where: { id: DEMO_USERS.secretariat.id }, select: { id: true } });
  if (!user) return;
  const meetings = sat.map((s) => s.meeting).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).slice(0, 3);
  const states = ["APPROVED", "RETURNED", "SUBMITTED"] as const;
  const claims = meetings.map((meeting, i) => {
    const amounts = { meetingMinutes: 180, preparationMinutes: 120, kilometres: 42, expensesOre: i === 1 ? 84_00 : 0 };
    const rates = { meetingRateOre: EXAMPLE.MEETING_HOUR, preparationRateOre: EXAMPLE.PREPARATION_HOUR, kilometreRateOre: EXAMPLE.KILOMETRE };
    const status = states[i]!;
    const decided = status !== "SUBMITTED";
    return {
      id: `seed-fee-claim-${meeting.id}`,
      meetingId: meeting.id,
      membershipId: gpSeat,
      userId: user.id,
      status,
      ...amounts,
      ...rates,
      totalOre: claimTotal(amounts, rates),
      note: i === 1 ? "Bompengar Nyborg og parkering." : null,
      returnReason: status === "RETURNED" ? "Legg ved kvittering for parkeringa." : null,
      submittedAt: new Date(meeting.startsAt.getTime() + 2 * 86_400_000),
      decidedAt: decided ? new Date(meeting.startsAt.getTime() + 9 * 86_400_000) : null,
      decidedById: decided ? (secretariat?.id ?? null) : null,
    };
  });
  const { count } = await prisma.feeClaim.createMany({ data: claims, skipDuplicates: true });
  const receipts = await insertFeeReceipts(prisma, claims.map((c) => c.id));
  log(`  FeeRate: ${rateCount} new (examples); FeeClaim: ${count} new; FeeReceipt: ${receipts} new (demo)`);
}
