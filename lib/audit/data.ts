import "server-only";
import { prisma } from "@/lib/db/client";

export type AuditRow = {
  id: string;
  at: Date;
  actor: string | null;
  action: string;
  outcome: "OK" | "DENIED" | "FAILED";
  entity: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

export type AuditFilters = { outcome?: "OK" | "DENIED" | "FAILED"; action?: string };

/** One page of entries, newest first, and the total (issue 14.6). The caller checks `audit.read`. */
export async function listAuditEntries(
  { skip = 0, take = 100, filters = {} }: { skip?: number; take?: number; filters?: AuditFilters } = {},
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = {
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.auditEntry.findMany({ where, orderBy: { id: "desc" }, skip, take, include: { actor: { select: { name: true } } } }),
    prisma.auditEntry.count({ where }),
  ]);
  return { total, rows: rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    actor: r.actor?.name ?? null,
    action: r.action,
    outcome: r.outcome,
    entity: r.entityType ? `${r.entityType}${r.entityId ? ` ${r.entityId}` : ""}` : null,
    before: r.before,
    after: r.after,
    ip: r.ip,
  })) };
}
