// The demo receipt (issue 16 item 3: expenses need a receipt): the seeded claim with tickets and tolls gets a small
// PDF receipt, rendered deterministically (prisma/seed/pdf.ts: fixed metadata, the meeting's date, no clock), so a
// second seed run gives the same bytes. Only an untouched seeded claim with no receipts gets it: a receipt the GP
// removed in a correction is never put back.
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { kroner } from "../../lib/fees/policy";
import { renderPdf } from "./pdf";

export async function insertFeeReceipts(prisma: PrismaClient, claimIds: readonly string[]): Promise<number> {
  const claims = await prisma.feeClaim.findMany({
    where: { id: { in: [...claimIds] }, expensesOre: { gt: 0 }, version: 1, receipts: { none: {} } },
    select: { id: true, expensesOre: true, submittedAt: true, meeting: { select: { startsAt: true } } },
    orderBy: { id: "asc" },
  });
  for (const claim of claims) {
    const pdf = await renderPdf({
      title: "Kvittering – bompengar og parkering (demo)",
      date: claim.meeting.startsAt,
      subject: "Demokvittering for eit honorarkrav",
      blocks: [
        { type: "h1", text: "Kvittering (demo)" },
        { type: "p", label: "Bompengar Nyborg", text: `${kroner(claim.expensesOre - 40_00)} kr` },
        { type: "p", label: "Parkering", text: "40,00 kr" },
        { type: "p", label: "Sum", text: `${kroner(claim.expensesOre)} kr` },
        { type: "p", text: "Laga av demodataa i Saman – ikkje ei ekte kvittering." },
      ],
    });
    await prisma.feeReceipt.createMany({
      data: [
        {
          id: `seed-fee-receipt-${claim.id}`,
          claimId: claim.id,
          fileName: "kvittering-bompengar.pdf",
          mimeType: "application/pdf",
          size: pdf.size,
          sha256: pdf.sha256,
          content: Buffer.from(pdf.bytes),
          uploadedAt: claim.submittedAt,
        },
      ],
      skipDuplicates: true,
    });
  }
  return claims.length;
}
