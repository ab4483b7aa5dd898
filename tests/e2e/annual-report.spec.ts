// The annual report (issue 21 item 4), by role and label, nynorsk and bokmål: the secretariat generates the draft of a
// year from Saman's data (nynorsk: the seed's last full year; bokmål: the year before, written in bokmål), edits the
// introduction, previews it (marked as a draft), publishes → a visitor finds it under Årsmeldingar, reads the edited
// text and opens the PDF with the same text → the secretariat withdraws it → the visitor gets "not found". axe on
// every page, at 1280 px and (nynorsk) at 360 px. Not a phone-project journey (the 360 px check is made here).
import { expect as baseExpect, test } from "@playwright/test";
import { getTranslator } from "@/lib/i18n";
import { pdfStrings } from "../helpers/pdf-text";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";
import { skipUnlessRunInLanguage } from "./matrix";

const expect = baseExpect.configure({ timeout: 15_000 });
const THIS_YEAR = new Date().getFullYear();

for (const { lang, prefix, year } of [
  { lang: "nn", prefix: "", year: THIS_YEAR - 1 },
  { lang: "nb", prefix: "/nb", year: THIS_YEAR - 2 },
] as const) {
  test(`the secretariat generates, edits and publishes the annual report ${year}; a visitor reads it and its PDF (${lang})`, async ({ browser }, info) => {
    test.skip(info.project.name === "phone", "the one 360 px check is made inside this journey");
    skipUnlessRunInLanguage(info, lang);
    test.setTimeout(180_000);
    const m = getTranslator(lang, "annualReport");
    const marker = `Helsefellesskapet samarbeidde godt i ${year} (${lang}-${Date.now().toString(36)}).`;

    // From the staff pages to the annual report, and a draft of the year in the page's language.
    const staff = await signIn(browser, "secretariat", prefix);
    await staff.page.goto(`${prefix}/admin`);
    await staff.page.getByRole("link", { name: m("nav"), exact: true }).click();
    await expect(staff.page.getByRole("heading", { level: 1 })).toHaveText(m("admin.title"));
    await expectNoAxeViolations(staff.page);
    await staff.page.getByLabel(m("admin.year"), { exact: true }).selectOption(String(year));
    await staff.page.getByLabel(m("admin.reportLanguage")).selectOption(lang);
    // A rerun on a reused server replaces its own earlier (withdrawn) draft.
    await staff.page.getByLabel(m("admin.replace")).check();
    await staff.page.getByRole("button", { name: m("admin.generate") }).click();
    await expect(staff.page.getByTestId("annual-report-outcome")).toBeFocused();
    await expect(staff.page.getByTestId("annual-report-outcome")).toHaveText(m("admin.generated", { year }));
    await expect(staff.page.getByRole("heading", { level: 1 })).toHaveText(m("editor.title", { year }));
    await expectNoAxeViolations(staff.page);

    // The draft holds the year's facts; the secretariat rewrites the introduction.
    const meetings = staff.page.getByRole("group", { name: m.markup("editor.section", { number: 2, title: m("draft.titles.meetings"), own: (text) => text }) });
    await expect(meetings.getByLabel(m("editor.body"))).toHaveValue(new RegExp(`${year}`));
    const intro = staff.page.getByRole("group", { name: m.markup("editor.section", { number: 1, title: m("draft.titles.intro"), own: (text) => text }) });
    await intro.getByLabel(m("editor.body")).fill(`${marker}\n\n- ${m("draft.titles.meetings")}\n- ${m("draft.titles.actionPlan")}`);
    await staff.page.getByRole("button", { name: m("editor.save") }).click();
    await expect(staff.page.getByTestId("annual-report-outcome")).toHaveText(m("editor.saved"));
    await expect(staff.page.getByTestId("annual-report-outcome")).toBeFocused();
    await expect(intro.getByLabel(m("editor.body"))).toHaveValue(new RegExp(marker.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));

    // The preview is the reader's page, marked as a draft.
    await staff.page.getByRole("link", { name: m("editor.preview") }).click();
    await expect(staff.page.getByRole("heading", { level: 1 })).toHaveText(m("public.reportTitle", { year }));
    await expect(staff.page.getByText(m("public.draftNotice"))).toBeVisible();
    await expect(staff.page.getByText(marker)).toBeVisible();
    await expectNoAxeViolations(staff.page);

    // Publish.
    await staff.page.getByRole("link", { name: m("public.edit") }).click();
    await expect(staff.page.getByTestId("annual-report-status")).toHaveText(m("editor.isDraft"));
    await staff.page.getByRole("button", { name: m("editor.publish") }).click();
    await expect(staff.page.getByTestId("annual-report-outcome")).toHaveText(m("editor.published"));
    await expect(staff.page.getByTestId("annual-report-status")).toContainText(m("editor.isPublished").split("{date}")[0]!);

    // A visitor finds it in the list, reads the edited text, and the PDF says the same.
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await page.goto(`${prefix}/arsmelding`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m("public.title"));
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: m("public.item", { year }), exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m("public.reportTitle", { year }));
    await expect(page.getByText(marker)).toBeVisible();
    await expect(page.getByText(m("public.draftNotice"))).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: `2. ${m("draft.titles.meetings")}` })).toBeVisible();
    await expectNoAxeViolations(page);
    const pdfHref = await page.getByRole("link", { name: m("public.pdf") }).getAttribute("href");
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const text = (await pdfStrings(new Uint8Array(await pdf.body()))).join(" ");
    expect(text).toContain(m("public.reportTitle", { year }));
    expect(text).toContain(marker.slice(0, 40));

    if (lang === "nn") {
      await page.setViewportSize({ width: 360, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoAxeViolations(page);
      await staff.page.setViewportSize({ width: 360, height: 800 });
      await staff.page.reload();
      expect(await staff.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoAxeViolations(staff.page);
      await staff.page.setViewportSize({ width: 1280, height: 800 });
    }

    // Withdrawn, it is gone for the visitor, page and PDF.
    await staff.page.getByRole("button", { name: m("editor.withdraw") }).click();
    await expect(staff.page.getByTestId("annual-report-outcome")).toHaveText(m("editor.withdrawn"));
    expect((await page.goto(`${prefix}/arsmelding/${year}`))?.status()).toBe(404);
    expect((await page.request.get(pdfHref!)).status()).toBe(404);
    await visitor.close();
    await staff.context.close();
  });
}
