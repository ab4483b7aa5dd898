import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { isoOf } from "../rules/dates";
import { parseOnce } from "@/lib/cache/parse-once";
import { fromStoredJson } from "./json";

// Issue 18 item 2: the compliance report is stored, not recomputed for every render. A stored report carries the
// database snapshot it was computed from. Database triggers write one ComplianceChange row, with the writing
// transaction's id, for every statement that changes what the rules read (migration compliance_snapshot), in the same
// transaction as the change – whichever code path, script or instance made it. The report is valid while no such row
// is visible now that its snapshot did not see. Only rows from transactions at or after the snapshot's xmin can be
// unseen, so the check reads a few index entries, not the log.

/** Today's stored report, if nothing it depends on has changed since: one statement. */
export async function readStoredCompliance<T>(day: Date): Promise<T | null> {
  const rows = await prisma.$queryRaw<{ report: string }[]>`
    SELECT s.report::text AS report FROM "ComplianceSnapshot" s
    WHERE s.day = ${isoOf(day)}::date
      AND NOT EXISTS (
        SELECT 1 FROM "ComplianceChange" c
        WHERE c.xid >= txid_snapshot_xmin(s.snapshot::txid_snapshot)
          AND NOT txid_visible_in_snapshot(c.xid, s.snapshot::txid_snapshot))
    ORDER BY s."computedAt" DESC
    LIMIT 1`;
  // Parsed once per process while the report is the same (lib/cache/parse-once.ts): it is read on every member page.
  return rows[0] ? parseOnce("compliance-report", rows[0].report, fromStoredJson<T>) : null;
}

/**
 * Computes a report in one REPEATABLE READ transaction and returns the snapshot it saw: the first statement fixes
 * the transaction's snapshot, so the data read after it is exactly what the snapshot says.
 */
export async function computeWithSnapshot<T>(compute: (tx: Prisma.TransactionClient) => Promise<T>): Promise<{ snapshot: string; value: T }> {
  return prisma.$transaction(
    async (tx) => {
      const [{ snapshot }] = (await tx.$queryRaw<{ snapshot: string }[]>`SELECT txid_current_snapshot()::text AS snapshot`) as [{ snapshot: string }];
      return { snapshot, value: await compute(tx) };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
