// One readiness check's answer: ok plus detail for the JSON body of /api/health. No Prisma here.
export type CheckResult = { ok: boolean; error?: string; [detail: string]: unknown };

/** Runs `probe`, turning a thrown error or a timeout into `{ ok: false, error }`. Never throws. */
export async function withTimeout(timeoutMs: number, probe: () => Promise<CheckResult>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    return await Promise.race([probe(), timeout]);
  } catch (error) {
    // Prisma's messages begin with a blank line and the invocation; the cause is on the last line.
    const lines = (error instanceof Error ? error.message : String(error)).split("\n").filter((line) => line.trim());
    return { ok: false, error: (lines.at(-1) ?? "error").trim().slice(0, 300) };
  } finally {
    clearTimeout(timer);
  }
}
