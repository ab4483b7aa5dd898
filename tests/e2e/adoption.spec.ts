// The adoption tracker (issue 21 item 1; spec "Agreements": SSU adopts a version, every party adopts it in its own
// council or board), by role and label, nynorsk and bokmål: the secretariat records a new version adopted by SSU → the
// matrix has a row per adopting party (18 municipalities + Helse Bergen + 3 private non-profit institutions) → the
// reminder preview lists Askøy's contact and sends → Askøy's contact reaches the form from Mitt Saman and marks the
// adoption → the matrix and the public count change. axe on every page; the matrix at 360 px scrolls in its own
// region, never the page. Not a phone-project journey (the one 360 px check is made here).
import { expect as baseExpect, test } from "@playwright/test";
import { getTranslator } from "@/lib/i18n";
import { DEMO_USERS } from "@/prisma/seed";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";
import { skipUnlessRunInLanguage } from "./matrix";
const nn = getTranslator("nn");
const nb = getTranslator("nb");

const expect = baseExpect.configure({ timeout: 15_000 });
const PARTIES = 22;
const PDF = (text: string) => ({ name: "avtale.pdf", mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

for (const { lang, prefix } of [
  { lang: "nn", prefix: "", all: nn },
  { lang: "nb", prefix: "/nb", all: nb },
] as const) {
  test(`SSU adopts a version, every party gets a row, Askøy marks its adoption, matrix and public count change (${lang})`, async ({ browser }, info) => {
    test.skip(info.project.name === "phone", "the one 360 px check is made inside this journey");
    skipUnlessRunInLanguage(info, lang);
    test.setTimeout(240_000);
    const a = getTranslator(lang, "adoption");
    const e = getTranslator(lang, "editors");
    const today = new Date().toISOString().slice(0, 10);
    const slug = `e2e-vedtak-${lang}-${Date.now().toString(36)}`;
    const title = `Retningsline ${slug}`;
    const label = "2027";

    // The secretariat records the agreement and a version adopted by SSU today.
    const staff = await signIn(browser, "secretariat", prefix);
    await staff.page.goto(`${prefix}/admin/avtalar`);
    await staff.page.getByLabel(e("agreements.slug")).fill(slug);
    await staff.page.getByLabel(e("agreements.kind")).selectOption("GUIDELINE");
    await staff.page.getByLabel(e("agreements.titleNn")).fill(title);
    await staff.page.getByRole("button", { name: e("agreements.create") }).click();
    await expect(staff.page.getByTestId("saved")).toBeVisible();
    const form = staff.page.getByTestId("new-version");
    await form.getByLabel(e("agreements.label")).fill(label);
    await form.getByLabel(e("agreements.validFrom")).fill(today);
    await form.getByLabel(e("agreements.adoptedOn")).fill(today);
    await form.getByLabel(e("agreements.adoptedBy")).fill("SSU");
    await form.getByLabel(e("agreements.file")).setInputFiles(PDF(label));
    await form.getByRole("button", { name: e("agreements.addVersion") }).click();
    await expect(staff.page.getByTestId("saved")).toBeVisible();

    // The matrix, filtered to this agreement: one row per party, all not started.
    await staff.page.goto(`${prefix}/admin/avtalar`);
    await staff.page.getByRole("link", { name: a("matrix.nav") }).click();
    await expect(staff.page.getByRole("heading", { level: 1 })).toHaveText(a("matrix.title"));
    await staff.page.getByLabel(a("matrix.agreement"), { exact: true }).selectOption(slug);
    await staff.page.getByRole("button", { name: a("matrix.apply"), exact: true }).click();
    const table = staff.page.getByRole("table", { name: a("matrix.caption") });
    await expect(table.getByRole("columnheader", { name: a("matrix.column", { agreement: title, label }) })).toBeVisible();
    await expect(table.locator("tbody tr")).toHaveCount(PARTIES);
    const askoyRow = table.getByRole("row", { name: /Askøy/ });
    await expect(askoyRow).toContainText(a("status.NOT_STARTED"));
    await expect(table.locator("tfoot")).toContainText(a("matrix.totalCell", { adopted: 0, total: PARTIES }));
    await expectNoAxeViolations(staff.page);

    // The reminder: the preview names Askøy's contact; sending puts it in the outbox.
    await staff.page.getByLabel(a("reminder.before")).fill(today);
    await staff.page.getByRole("button", { name: a("reminder.preview") }).click();
    const preview = staff.page.getByTestId("reminder-preview");
    await expect(preview).toContainText(DEMO_USERS.partner.name);
    await preview.getByRole("button", { name: a("reminder.send") }).click();
    await expect(staff.page.getByTestId("reminder-sent")).toBeFocused();
    await expectNoAxeViolations(staff.page);

    // One check at 360 px: the table scrolls inside its labelled region; the page does not scroll sideways.
    if (lang === "nn") {
      await staff.page.setViewportSize({ width: 360, height: 800 });
      const region = staff.page.getByRole("region", { name: a("matrix.region") });
      await expect(region).toBeVisible();
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await staff.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoAxeViolations(staff.page);
      await staff.page.setViewportSize({ width: 1280, height: 800 });
    }

    // Askøy's contact: from Mitt Saman to the list, to the form; marks the adoption.
    const partner = await signIn(browser, "partner", prefix);
    await partner.page.goto(`${prefix}/mitt-saman`);
    const homeLink = a("own.homeLink").split(":")[0]!.replace("{party}", "Askøy kommune");
    await partner.page.getByRole("link", { name: new RegExp(`^${escape(homeLink)}`) }).click();
    await expect(partner.page.getByRole("heading", { level: 1 })).toHaveText(a("own.title"));
    await expectNoAxeViolations(partner.page);
    await partner.page.getByRole("link", { name: a("own.edit", { agreement: title }) }).click();
    await partner.page.getByLabel(a("form.status")).selectOption("ADOPTED");
    await partner.page.getByLabel(a("form.decidedOn")).fill(today);
    await partner.page.getByLabel(a("form.reference")).fill("PS 45/2026");
    await expectNoAxeViolations(partner.page);
    await partner.page.getByRole("button", { name: a("form.submit") }).click();
    await expect(partner.page.getByTestId("saved")).toHaveText(a("form.saved"));
    await expect(partner.page.getByTestId("own-adoptions").getByRole("listitem").filter({ hasText: title })).toContainText(a("status.ADOPTED"));
    await partner.context.close();

    // The matrix and the public count change.
    await staff.page.reload();
    await expect(table.getByRole("row", { name: /Askøy/ })).toContainText(a("status.ADOPTED"));
    await expect(table.locator("tfoot")).toContainText(a("matrix.totalCell", { adopted: 1, total: PARTIES }));
    await staff.context.close();

    const anonymous = await browser.newContext();
    const visitor = await anonymous.newPage();
    await visitor.goto(`${prefix}/avtalar/${slug}`);
    await expect(visitor.getByTestId("adoption-count")).toContainText(a("publicCount", { adopted: 1, total: PARTIES, label }));
    await expectNoAxeViolations(visitor);
    await anonymous.close();
  });
}
