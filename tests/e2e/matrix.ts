// Which journeys run in which project. The desktop project (1280 px) runs the journeys in nynorsk and bokmål: the
// languages are where pages differ (every message, every address). The phone project (320 px) checks the layout, which
// does not depend on the language: it runs the files playwright.config.ts names for it (every page's layout and axe,
// and the journeys most used on a phone), each journey once, in nynorsk (the primary language), and leaves out what
// is plain HTTP or authorization (the same at every width). The narrow-screen checks in shell.spec.ts still load every
// public page in both languages at 320 px. The longest secretariat journeys run in one language on the desktop too
// (DESKTOP_ONE_LANGUAGE). This keeps CI within its time (it ran out at 90 minutes with all four combinations, and
// again with every journey on the phone).
import { basename } from "node:path";
import { test, type TestInfo } from "@playwright/test";

type Lang = "nn" | "nb";

/** The language the phone project runs journeys in. */
const PHONE_LANGUAGE: Lang = "nn";

/**
 * The longest secretariat journeys run in one language on the desktop too, alternating between the files so that both
 * languages go through forms, previews, mails and PDFs. Every page they visit is still loaded and axe-checked in both
 * languages (axe.spec.ts, shell.spec.ts), the catalogs are held to the same keys and valid ICU (Vitest), and the
 * journeys people meet most – public reading, search, the member's home, a partner's case, deviations, the meeting
 * workflow, open data – run in both.
 */
const DESKTOP_ONE_LANGUAGE: Record<string, Lang> = {
  "editors.spec.ts": "nn",
  "membership.spec.ts": "nn",
  "annual-report.spec.ts": "nn",
  "fee-rates-costs.spec.ts": "nn",
  "structure.spec.ts": "nn",
  "follow.spec.ts": "nn",
  "consultation.spec.ts": "nb",
  "adoption.spec.ts": "nb",
  "fees.spec.ts": "nb",
  "indicators.spec.ts": "nb",
  "publishing.spec.ts": "nb",
  "participation.spec.ts": "nb",
  "meeting-flow.spec.ts": "nb",
};

/** Call at the start of a test (or in a describe's beforeEach) that runs in `lang`: skips it where it is not run. */
export function skipUnlessRunInLanguage(info: TestInfo, lang: string) {
  test.skip(info.project.name === "phone" && lang !== PHONE_LANGUAGE, "layout is checked in nynorsk; the desktop project runs the languages (tests/e2e/matrix.ts)");
  const only = DESKTOP_ONE_LANGUAGE[basename(info.file)];
  test.skip(info.project.name === "desktop" && only !== undefined && lang !== only, `this journey runs in ${only} (tests/e2e/matrix.ts)`);
}

/** The language of a page address: bokmål under /nb, nynorsk without a prefix. */
export function languageOfPath(path: string): Lang {
  return path === "/nb" || path.startsWith("/nb/") || path.startsWith("/nb?") ? "nb" : "nn";
}

/** For a describe block (or file) that runs in one language. */
export function journeyLanguage(lang: Lang) {
  test.beforeEach(({}, info) => skipUnlessRunInLanguage(info, lang));
}

/** For HTTP and authorization checks: the desktop project covers them; the viewport changes nothing. */
export function desktopOnly(reason = "HTTP and authorization: the same at every width; the desktop project covers it") {
  test.beforeEach(({}, info) => test.skip(info.project.name !== "desktop", reason));
}
