// Where the end-to-end server's portal lists the pages it stored without working scripts (lib/cache/page-csp.mjs,
// SAMAN_PAGE_CSP_FAILURES): one file per test server port, emptied when the server starts, read when the run ends.
import os from "node:os";
import path from "node:path";

export function pageCspFailuresFile(port: number): string {
  return path.join(os.tmpdir(), `saman-e2e-${port}-page-csp-failures.log`);
}
