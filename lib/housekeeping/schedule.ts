import "server-only";
// The housekeeping job runner: one per server process, started from instrumentation.ts. Runs an hour apart (first a
// minute after start); its timers are unref'd so they never keep a stopping process alive. Several instances may run
// it: the purge is idempotent and takes an advisory lock (./mutations.ts). HOUSEKEEPING=off turns it off.
import { sendWeeklyDigests } from "@/lib/follow/mutations";
import { sendDueConsultationReminders } from "@/lib/consultation/mutations";
import { purgeExpired, type PurgeCounts } from "./mutations";
import { HOUSEKEEPING_FIRST_RUN_MS, HOUSEKEEPING_INTERVAL_MS } from "./retention";

let timer: NodeJS.Timeout | null = null;
let running: Promise<PurgeCounts | null> | null = null;

export async function runHousekeeping(now = new Date()): Promise<PurgeCounts | null> {
  if (running) return null;
  running = purgeExpired(now);
  try {
    const counts = await running;
    if (counts && Object.values(counts).some((n) => n > 0)) console.log(`[housekeeping] purged ${JSON.stringify(counts)}`);
    // The followers' weekly digests (issue 16.5) ride on the same hourly schedule; each address at most once a week.
    const digests = await sendWeeklyDigests(now);
    if (digests > 0) console.log(`[housekeeping] queued ${digests} weekly follow digest(s)`);
    // Consultation rounds (issue 21.2): one reminder to those who have not answered, a few days before the deadline.
    const reminders = await sendDueConsultationReminders(now);
    if (reminders > 0) console.log(`[housekeeping] queued ${reminders} consultation reminder(s)`);
    return counts;
  } catch (error) {
    // A failed run (database away for a moment) is tried again at the next interval.
    console.error("[housekeeping] purge failed", error instanceof Error ? error.message : error);
    return null;
  } finally {
    running = null;
  }
}

export function startHousekeeping(): void {
  if (timer || process.env.HOUSEKEEPING === "off") return;
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      void runHousekeeping().finally(() => timer && schedule(HOUSEKEEPING_INTERVAL_MS));
    }, ms);
    timer.unref();
  };
  schedule(HOUSEKEEPING_FIRST_RUN_MS);
  console.log(`housekeeping: purging expired rows every ${HOUSEKEEPING_INTERVAL_MS / 60_000} minutes (README: Housekeeping)`);
}

/** Stops the schedule and waits for a run in progress (graceful stop). */
export async function stopHousekeeping(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  await running?.catch(() => null);
}
