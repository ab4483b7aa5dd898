import "server-only";
import { prisma } from "@/lib/db/client";

/** The newest e-mails first. The caller checks `outbox.read`. */
export function listOutbox({ limit = 100 }: { limit?: number } = {}) {
  return prisma.outgoingEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
