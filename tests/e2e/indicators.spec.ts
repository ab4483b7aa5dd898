// Indicators / styringsinformasjon (issue 21 item 3), by role and label, nynorsk and bokmål: the secretariat uploads
// a CSV file with one bad row → sees the row and the reason, nothing imported; corrects it in the text area → imported;
// the public page shows the new numbers in the chart's table alternative; a municipality indicator shows small counts
// as "færre enn 5"; the indicator links to its action-plan measure and the measure back. axe on every page; the
// public page at 360 px has no horizontal scroll. Not a phone-project journey (the 360 px check is made here).
import { expect as baseExpect, test } from "@playwright/test";
import { getTranslator } from "@/lib/i18n";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";
import { skipUnlessRunInLanguage } from "./matrix";

const expect = baseExpect.configure({ timeout: 15_000 });

for (const { lang, prefix, odd } of [
  { lang: "nn", prefix: "", odd: 0 },
  { lang: "nb", prefix: "/nb", odd: 1 },
] as const) {
  test(`a CSV with one bad row is refused with the row and reason, the fixed file is imported and shown (${lang})`, async ({ browser }, info) => {
    test.skip(info.project.name === "phone", "the one 360 px check is made inside this journey");
    skipUnlessRunInLanguage(info, lang);
    test.setTimeout(180_000);
    const m = getTranslator(lang, "indicators");
    // A year of its own per run and language (a reused server keeps earlier runs' rows).
    const year = String(2040 + 2 * Math.floor(Math.random() * 30) + odd);
    const a = getTranslator(lang, "indicators.admin");
    const name = lang === "nn" ? "Reinnleggingar innan 30 dagar, 80 år og eldre" : "Reinnleggelser innen 30 dager, 80 år og eldre";
    const good = ["indikator;periode;eining;verdi;teljar;nemnar", `reinnleggingar-80-ar;${year};bergen;15,2;790;5200`, `reinnleggingar-80-ar;${year};voss;13,8;58;420`];
    const bad = [good[0], good[1], `reinnleggingar-80-ar;${year};voss;tretten;58;420`].join("\n");

    const staff = await signIn(browser, "secretariat", prefix);
    const page = staff.page;
    await page.goto(`${prefix}/admin`);
    await page.getByRole("link", { name: a("nav"), exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a("title"));
    await expectNoAxeViolations(page);

    // One bad row: refused with its line and reason, nothing imported.
    await page.getByLabel(a("import.file")).setInputFiles({ name: "indikatorar.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await page.getByRole("button", { name: a("import.submit"), exact: true }).click();
    const refused = page.getByTestId("import-refused");
    await expect(refused).toBeFocused();
    await expect(refused).toContainText(a("import.line", { line: 3, reason: a("csvErrors.value", { text: "tretten" }) }));
    await expect(page.getByTestId("import-errors").getByRole("listitem")).toHaveCount(1);
    await expectNoAxeViolations(page);
    const visitor = await browser.newContext();
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${prefix}/styringsinformasjon/reinnleggingar-80-ar`);
    await expect(publicPage.getByRole("table", { name: new RegExp(name) }).getByRole("columnheader", { name: year })).toHaveCount(0);

    // The file's text stays in the text area; the secretariat corrects the row there and imports.
    const text = page.getByLabel(a("import.text"));
    await expect(text).toHaveValue(bad);
    await text.fill(good.join("\n"));
    await page.getByRole("button", { name: a("import.submit"), exact: true }).click();
    await expect(page.getByTestId("import-done")).toContainText(a("import.done", { count: 2, created: 2 }).split("(")[0]!);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);

    // The public page: chart (an image with a title) and its table alternative with the same numbers; the trend in words.
    await publicPage.goto(`${prefix}/`);
    await publicPage.getByRole("contentinfo").getByRole("link", { name: m("footerLink") }).click();
    await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(m("title"));
    await expectNoAxeViolations(publicPage);
    await publicPage.getByRole("link", { name }).click();
    await expect(publicPage.getByRole("img", { name: m("chart.title", { name, unit: "prosent" }) })).toBeVisible();
    const table = publicPage.getByRole("table", { name: new RegExp(name) });
    await expect(table.getByRole("columnheader", { name: year })).toBeVisible();
    await expect(table.getByRole("row", { name: /^Bergen\s/ })).toContainText("15,2");
    await expect(table.getByRole("row", { name: /^Voss/ })).toContainText("13,8");
    await expect(publicPage.getByTestId("indicator-trend")).toContainText(`${year}`);
    await expectNoAxeViolations(publicPage);

    // 360 px: no horizontal scroll of the page (the table scrolls in its own region).
    await publicPage.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => publicPage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(publicPage);
    await publicPage.setViewportSize({ width: 1280, height: 900 });

    // Small counts as for deviations: Fedje's liggedøgn read "færre enn 5"; the measure it follows links back.
    await publicPage.goto(`${prefix}/styringsinformasjon/utskrivingsklare-liggedogn`);
    await expect(publicPage.getByTestId("indicator-table").getByRole("row", { name: /Fedje/ })).toContainText(m("suppressed", { n: 5 }));
    await expectNoAxeViolations(publicPage);
    await publicPage.getByRole("region", { name: m("measures.heading") }).getByRole("link").first().click();
    await expect(publicPage.getByRole("link", { name: lang === "nn" ? "Liggedøgn for utskrivingsklare pasientar" : "Liggedøgn for utskrivningsklare pasienter" })).toBeVisible();
    await staff.context.close();
    await visitor.close();
  });
}
