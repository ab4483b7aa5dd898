import "server-only";
// The audit log: sign-ins and failures, denied attempts, every write. Never a password, token, e-mail address or
// phone number: callers pass ids and the fields that changed, and `redact` removes contact details defensively.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";

export type AuditInput = {
  actorId: string | null;
  action: string;
  outcome?: "OK" | "DENIED" | "FAILED";
  entityType?: string;
  entityId?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  ip?: string | null;
  at?: Date;
};

const SECRET_KEYS = /password|token|secret|hash|email|phone/i;

export function redact(value: Record<string, unknown> | null | undefined): Prisma.InputJsonValue | undefined {
  if (!value) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!SECRET_KEYS.test(key)) out[key] = v instanceof Date ? v.toISOString() : v;
  return out as Prisma.InputJsonValue;
}

/** An IPv4 address keeps its first three parts, IPv6 its first four groups (privacy, still useful against abuse). */
export function truncateIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  if (ip.includes(".") && !ip.includes(":")) return ip.split(".").slice(0, 3).concat("0").join(".");
  return ip.split(":").slice(0, 4).join(":") + "::";
}

/** Writes the entry; pass a transaction to record it atomically with the write it describes. */
export async function audit(entry: AuditInput, db: Pick<Prisma.TransactionClient, "auditEntry"> = prisma): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      outcome: entry.outcome ?? "OK",
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      before: redact(entry.before),
      after: redact(entry.after),
      ip: truncateIp(entry.ip),
      ...(entry.at ? { at: entry.at } : {}),
    },
  });
}
