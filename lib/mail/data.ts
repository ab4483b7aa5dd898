import "server-only";
import { prisma } from "@/lib/db/client";
import type { OutgoingEmailStatus } from "@/lib/db/generated/prisma/client";

export const OUTBOX_FILTERS = ["PENDING", "SENT", "FAILED"] as const satisfies readonly OutgoingEmailStatus[];
export type OutboxFilter = (typeof OUTBOX_FILTERS)[number];

/** The newest e-mails first, optionally only one status (e.g. the FAILED ones). The caller checks `outbox.read`. */
/** One page of the outbox, newest first (issue 14.6: paged, never cut silently at a fixed number). */
export function listOutbox({ skip = 0, take = 50, status }: { skip?: number; take?: number; status?: OutboxFilter } = {}) {
  return prisma.outgoingEmail.findMany({
    where: status ? { status } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, failedAt: true, nextAttemptAt: true },
  });
}

/** How many mails are in each status (for the filter links). */
export async function outboxCounts(): Promise<Record<OutboxFilter, number>> {
  const rows = await prisma.outgoingEmail.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<OutboxFilter, number> = { PENDING: 0, SENT: 0, FAILED: 0 };
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
}
