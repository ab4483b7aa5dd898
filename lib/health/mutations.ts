import "server-only";
// The write probe of the readiness check: a real row written and rolled back, so a database that answers reads but
// cannot write (read-only standby, full disk, broken WAL) is reported, and nothing is left behind.
import { prisma } from "@/lib/db/client";
import { withTimeout, type CheckResult } from "./check";

class ProbeRollback extends Error {}

export async function checkDatabaseWritable(timeoutMs = 3000): Promise<CheckResult> {
  return withTimeout(timeoutMs, async () => {
    try {
      await prisma.$transaction(async (tx) => {
        // _prisma_migrations exists in every migrated database; the row never commits.
        await tx.$executeRaw`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at)
          VALUES (${`health-${crypto.randomUUID()}`.slice(0, 36)}, 'health-probe', 'health-probe', now())`;
        throw new ProbeRollback();
      });
    } catch (error) {
      if (!(error instanceof ProbeRollback)) throw error;
    }
    return { ok: true };
  });
}
