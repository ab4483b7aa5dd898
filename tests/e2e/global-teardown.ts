// After every journey: no page Next stored for anonymous readers may have been stored without working scripts (its
// hash CSP lets none of its inline scripts run: lib/cache/page-csp.mjs). Any journey can make the cache store a page
// – a visit, a prefetch, a write that expires it – so the check is over the whole run, not one spec. A failure here
// fails the run (Playwright exits non-zero on an error in the global teardown).
import fs from "node:fs";
import { pageCspFailuresFile } from "../helpers/page-csp-failures";

export default function pagesStoredWithWorkingScripts(): void {
  const file = pageCspFailuresFile(Number(process.env.E2E_PORT ?? 3100));
  if (!fs.existsSync(file)) return;
  const pages = fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
  if (pages.length) {
    throw new Error(`${pages.length} cached page(s) were stored with an inline script no hash covers, so none of their scripts run: ${[...new Set(pages)].join(", ")}`);
  }
}
