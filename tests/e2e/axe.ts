// Accessibility check shared by the journeys: axe-core against WCAG 2.1 A and AA (what the Norwegian regulation
// and Saman's accessibility statement promise). Fails with a readable list of violations and the elements involved.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

export async function expectNoAxeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  // After a client-side navigation React sets the new <title> a moment after the new content shows: wait for it, so
  // axe judges the page as it settles, not the instant between.
  await expect(page).toHaveTitle(/\S/);
  // Legacy mode runs axe in the page itself. The default mode finishes every run in a new blank page (for
  // cross-origin frames; the portal renders no frames at all), which made a check take 2–3 times as
  // long. Only violations are reported in full; the passes are not needed. Both find the same violations.
  // (`options` replaces what `withTags` set: it comes first.)
  let builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags([...WCAG_TAGS]).setLegacyMode(true);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const report = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(" ")}: ${node.failureSummary ?? ""}`).join("\n"),
  );
  expect(report, `axe found WCAG 2.1 A/AA violations on ${page.url()}`).toEqual([]);
}
