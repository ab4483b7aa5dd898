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

/** The newest entries first. The caller checks `audit.read`. */
export async function listAuditEntries({ limit = 200 }: { limit?: number } = {}): Promise<AuditRow[]> {
  const rows = await prisma.auditEntry.findMany({
    orderBy: { id: "desc" },
    take: limit,
    include: { actor: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    actor: r.actor?.name ?? null,
    action: r.action,
    outcome: r.outcome,
    entity: r.entityType ? `${r.entityType}${r.entityId ? ` ${r.entityId}` : ""}` : null,
    before: r.before,
    after: r.after,
    ip: r.ip,
  }));
}
