import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { toStoredJson } from "./json";

/**
 * Stores today's report with the snapshot it was computed from, replacing every stored report. Two instances storing
 * at once is harmless: whichever row stays is checked against its own snapshot when read.
 */
export async function storeCompliance(day: Date, snapshot: string, report: unknown): Promise<void> {
  await prisma.$transaction([
    prisma.complianceSnapshot.deleteMany({}),
    prisma.complianceSnapshot.create({ data: { day, snapshot, report: toStoredJson(report) as Prisma.InputJsonObject } }),
  ]);
}
