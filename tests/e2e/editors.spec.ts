// The secretariat's editors, as the demo secretariat user, in nynorsk and bokmål: a new measure and its status
// report show on the public measure page and the plan at once; a new agreement version with a PDF becomes current in
// the public register with the one before under earlier versions; news is a draft until published, then on the
// public list, in RSS and in search, and gone from all of them when unpublished; a stale second edit gets the
// conflict message with the user's text kept.
import { expect as baseExpect, test } from "@playwright/test";
import { getTranslator } from "@/lib/i18n";
import { signInOnPage } from "./sign-in";
import { journeyLanguage } from "./matrix";
const nn = getTranslator("nn");
const nb = getTranslator("nb");

// A save is a server action, a redirect and a render: on a busy CI machine that can take more than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const LANGS = [
  { lang: "nn", prefix: "", m: nn },
  { lang: "nb", prefix: "/nb", m: nb },
] as const;

const PDF = (text: string) => ({ name: "avtale.pdf", mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`) });


/** A word nobody else uses, so search finds exactly this test's content. */
const unique = (tag: string) => `${tag}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.replace(/[^a-z]/g, "x");

for (const { lang, prefix, m } of LANGS) {
  const e = getTranslator(lang, "editors");

  test.describe(`editors (${lang})`, () => {
    journeyLanguage(lang);
    test.beforeEach(async ({ page }) => {
      await signInOnPage(page, "secretariat");
    });

    test("a new measure and its status report show on the public pages at once", async ({ page }, info) => {
      test.setTimeout(90_000);
      const word = unique("tiltak");
      const code = `9.${Date.now() % 100000}${info.project.name === "phone" ? 1 : 2}`;
      await page.goto(`${prefix}/admin/handlingsplan`);
      await page.getByTestId("plan-list").getByRole("link").first().click();
      await page.waitForURL(/\/admin\/handlingsplan\/\d{4}$/);
      const year = page.url().split("/").pop()!;
      await page.getByRole("link", { name: e("plan.newMeasure") }).click();
      await page.getByLabel(e("measure.code")).fill(code);
      await page.getByLabel(e("measure.titleNn")).fill(`Felles opplæring ${word}`);
      await page.getByLabel(m("labels.priorityGroup.CHILDREN_YOUTH")).check();
      await page.getByRole("button", { name: e("measure.create") }).click();
      await expect(page.getByTestId("saved")).toBeVisible();

      const status = page.getByTestId("status");
      await status.getByLabel(e("measure.status")).selectOption("AT_RISK");
      await status.getByLabel(e("measure.progress")).fill("35");
      await status.getByLabel(e("measure.note")).fill(`Manglar ressursar ${word}`);
      await page.getByRole("button", { name: e("measure.statusSubmit") }).click();
      await expect(page.getByTestId("saved")).toBeVisible();
      await expect(page.getByTestId("current-status")).toContainText(m("labels.measureStatus.AT_RISK"));

      await page.getByRole("link", { name: e("publicPage") }).click();
      await expect(page.getByTestId("measure-status")).toHaveText(m("labels.measureStatus.AT_RISK"));
      await expect(page.getByTestId("measure-history")).toContainText(`Manglar ressursar ${word}`);
      await page.goto(`${prefix}/handlingsplan/${year}`);
      await expect(page.getByTestId("measures").filter({ hasText: word })).toContainText(code);
    });

    test("a stale second edit gets the conflict message and keeps the user's text", async ({ page, browser }, info) => {
      test.setTimeout(90_000);
      await page.goto(`${prefix}/admin/handlingsplan`);
      await page.getByTestId("plan-list").getByRole("link").first().click();
      // A measure of its own per project and language, so parallel runs never edit the same one.
      const index = (info.project.name === "phone" ? 2 : 0) + (lang === "nb" ? 1 : 0);
      await page.getByTestId("part-1-measures").getByRole("link").nth(index).click();
      await page.waitForURL(/\/tiltak\//);
      // A second secretariat session (another browser) with the same form open.
      const other = await browser.newContext({ viewport: page.viewportSize() });
      const second = await other.newPage();
      await signInOnPage(second, "secretariat");
      await second.goto(page.url());
      await expect(second.getByTestId("status")).toBeVisible();

      await page.getByLabel(e("measure.note")).fill("Første rapport");
      await page.getByRole("button", { name: e("measure.statusSubmit") }).click();
      await expect(page.getByTestId("saved")).toBeVisible();

      await second.getByLabel(e("measure.note")).fill("Min rapport som ikkje må gå tapt");
      await second.getByRole("button", { name: e("measure.statusSubmit") }).click();
      const summary = second.getByTestId("status").getByTestId("error-summary");
      await expect(summary).toContainText(e("errors.CONFLICT"));
      await expect(summary).toBeFocused();
      await expect(second.getByLabel(e("measure.note"))).toHaveValue("Min rapport som ikkje må gå tapt");
      await second.goto(second.url());
      await expect(second.getByTestId("editor-history")).not.toContainText("Min rapport som ikkje må gå tapt");
      await other.close();
    });

    test("an agreement version with a PDF becomes current; the one before is under earlier versions", async ({ page }) => {
      test.setTimeout(120_000);
      const slug = `e2e-${unique("avtale")}`;
      await page.goto(`${prefix}/admin/avtalar`);
      await page.getByLabel(e("agreements.slug")).fill(slug);
      await page.getByLabel(e("agreements.kind")).selectOption("GUIDELINE");
      await page.getByLabel(e("agreements.titleNn")).fill(`Retningsline ${slug}`);
      await page.getByRole("button", { name: e("agreements.create") }).click();
      await expect(page.getByTestId("saved")).toBeVisible();

      const addVersion = async (label: string, from: string) => {
        const form = page.getByTestId("new-version");
        await form.getByLabel(e("agreements.label")).fill(label);
        await form.getByLabel(e("agreements.validFrom")).fill(from);
        await form.getByLabel(e("agreements.file")).setInputFiles(PDF(label));
        await form.getByRole("button", { name: e("agreements.addVersion") }).click();
        await expect(page.getByTestId("saved")).toBeVisible();
        await expect(page.getByTestId("editor-versions")).toContainText(label);
      };
      await addVersion("Første", "2020-01-01");
      await addVersion("Andre", "2024-03-01");

      await page.goto(`${prefix}/avtalar/${slug}`);
      const current = page.locator("section[aria-labelledby=current]");
      const earlier = page.locator("section[aria-labelledby=earlier]");
      await expect(current).toContainText("Andre");
      await expect(current.getByRole("link", { name: /\(Andre\)/ })).toBeVisible();
      await expect(earlier).toContainText("Første");
      await expect(current).not.toContainText("Første");
      const download = await page.request.get((await current.getByRole("link", { name: /\(Andre\)/ }).getAttribute("href"))!);
      expect(download.headers()["content-type"]).toBe("application/pdf");
      expect((await download.body()).toString("latin1")).toContain("% Andre");
    });

    test("news is a draft until published: then on the list, in RSS and search; unpublished it is gone from all", async ({ page }) => {
      test.setTimeout(120_000);
      const word = unique("nyheit");
      const title = `Nytt frå sekretariatet ${word}`;
      await page.goto(`${prefix}/admin/nyheiter`);
      await page.getByRole("link", { name: e("news.newArticle") }).click();
      await page.getByLabel(e("news.titleNn")).fill(title);
      await page.getByLabel(e("news.leadNn")).fill("Ein kort ingress.");
      await page.getByLabel(e("news.body")).fill(`Første avsnitt om ${word}.\n\n<strong>Viktig</strong> andre avsnitt.`);
      await page.getByRole("button", { name: e("news.create") }).click();
      await expect(page.getByTestId("saved")).toBeVisible();
      await expect(page.getByTestId("news-preview").locator("strong")).toHaveText("Viktig");
      await expect(page.getByTestId("publish-state")).toHaveText(e("news.isDraft"));

      const everywhere = async (visible: boolean) => {
        await page.goto(`${prefix}/nyheiter`);
        await expect(page.getByText(title)).toHaveCount(visible ? 1 : 0);
        const rss = await (await page.request.get("/api/feed/nyheiter.xml")).text();
        expect(rss.includes(title)).toBe(visible);
        await page.goto(`${prefix}/sok?q=${word}`);
        await expect(page.getByTestId("search-results").getByText(title)).toHaveCount(visible ? 1 : 0);
        const sitemap = await (await page.request.get("/sitemap.xml")).text();
        expect(sitemap.includes(word)).toBe(visible);
      };
      await everywhere(false);

      await page.goto(`${prefix}/admin/nyheiter`);
      await page.getByRole("link", { name: title }).click();
      await page.getByRole("button", { name: e("news.publish") }).click();
      await expect(page.getByTestId("saved")).toBeVisible();
      const editor = page.url().split("?")[0]!;
      await everywhere(true);

      await page.goto(editor);
      await page.getByRole("button", { name: e("news.unpublish") }).click();
      await expect(page.getByTestId("publish-state")).toHaveText(e("news.isDraft"));
      await everywhere(false);
    });
  });
}
