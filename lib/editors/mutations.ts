import "server-only";
// The shared tail of every editor write: the audit entry in the same transaction as the write, and recognising a
// unique-constraint violation (a taken year, code or slug) so it becomes a field error instead of a crash.
import { redact } from "@/lib/audit/mutations";
import type { Prisma } from "@/lib/db/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

export async function auditIn(
  tx: Tx,
  entry: { actorId: string; action: string; entityType: string; entityId: string; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: redact(entry.before),
      after: redact(entry.after),
    },
  });
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
