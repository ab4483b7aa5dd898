import "server-only";
// Meeting numbers ("SSU møte 3/2026"): per body and Oslo calendar year, given by the database in the transaction that
// creates the meeting. Renumbering is a separate, audited action of the secretariat.
import { osloIsoDate } from "@/lib/i18n/dates";
import type { Tx } from "../core/mutations";

/**
 * The next meeting number of a body and year. One upsert increments the counter row and takes its row lock until the
 * caller's transaction ends, so parallel creators queue and never get the same number; a rolled-back transaction
 * rolls its increment back too (no gap).
 */
export async function allocateMeetingNumber(tx: Tx, bodyId: string, startsAt: Date): Promise<{ numberYear: number; number: number }> {
  const year = Number(osloIsoDate(startsAt).slice(0, 4));
  const rows = await tx.$queryRaw<{ lastSequence: number }[]>`
    INSERT INTO "MeetingNumberCounter" ("bodyId", "year", "lastSequence") VALUES (${bodyId}, ${year}, 1)
    ON CONFLICT ("bodyId", "year") DO UPDATE SET "lastSequence" = "MeetingNumberCounter"."lastSequence" + 1
    RETURNING "lastSequence"`;
  return { numberYear: year, number: rows[0]!.lastSequence };
}
