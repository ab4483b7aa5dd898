// Issue 14 (items 6–8): the language switch keeps the query; /mote lists upcoming meetings first, then the past ones;
// (issue 18.2) a search finds Norwegian compounds; list pages do not scroll sideways at 360 px and keep their status
// column; the secretariat edits /kontakt's details and an anonymous visitor's accessibility feedback reaches the
// secretariat's inbox. nn and nb, axe on each page.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS } from "../../prisma/seed";
import { expectNoAxeViolations } from "./axe";
import { signInOnPage } from "./sign-in";
import { skipUnlessRunInLanguage } from "./matrix";

const LANGS = [
  { lang: "nn", prefix: "", other: "/nb", switchTo: "Bokmål", upcoming: "Kommande møte", past: /^Tidlegare møte i \d{4}$/, signIn: "Logg inn", compound: "Den felles legemiddellista skal følgje pasienten" },
  { lang: "nb", prefix: "/nb", other: "", switchTo: "Nynorsk", upcoming: "Kommende møter", past: /^Tidligere møter i \d{4}$/, signIn: "Logg inn", compound: "Den felles legemiddellisten skal følge pasienten" },
] as const;


/** No horizontal scrolling: the page is no wider than the window. */
async function expectNoSidewaysScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, `${page.url()} is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
}

/** A test's own client address (TRUST_PROXY in the e2e server), so the feedback rate limit counts per test. */
const ownAddress = (page: Page) => page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });

for (const L of LANGS) {
  test(`(${L.lang}) the language switch keeps the path and the query string`, async ({ page }, info) => {
    skipUnlessRunInLanguage(info, L.lang);
    await page.goto(`${L.prefix}/sok?q=handlingsplan&type=MINUTES`);
    await expectNoAxeViolations(page);
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(new RegExp(`${L.other}/sok\\?q=handlingsplan&type=MINUTES$`));
    await expect(page.getByRole("searchbox")).toHaveValue("handlingsplan");
  });

  test(`(${L.lang}) a search for "legemiddel" finds the compound "legemiddellista" (issue 18.2)`, async ({ page }, info) => {
    skipUnlessRunInLanguage(info, L.lang);
    await page.goto(`${L.prefix}/sok?q=legemiddel`);
    await expectNoAxeViolations(page);
    await expect(page.getByRole("status")).toContainText("«legemiddel»");
    await expect(page.getByTestId("search-results").getByRole("link", { name: L.compound })).toBeVisible();
  });

  test(`(${L.lang}) /mote shows the upcoming meetings first, soonest first, then this year's past ones, newest first`, async ({ page }, info) => {
    skipUnlessRunInLanguage(info, L.lang);
    await page.goto(`${L.prefix}/mote`);
    await expectNoAxeViolations(page);
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    const upcomingAt = headings.indexOf(L.upcoming);
    const pastAt = headings.findIndex((h) => L.past.test(h));
    expect(upcomingAt).toBeGreaterThanOrEqual(0);
    expect(pastAt).toBeGreaterThan(upcomingAt);
    const times = async (testId: string) =>
      page.getByTestId(testId).locator("time").evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute("datetime")!)));
    const upcoming = await times("calendar-upcoming");
    const past = await times("calendar");
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming).toEqual([...upcoming].sort((a, b) => a - b));
    expect(past).toEqual([...past].sort((a, b) => b - a));
    // "Past" means over, so every past meeting has started. (Comparing past starts with upcoming starts would be
    // wrong: a long meeting still going is upcoming though it began before a short one that is over; CI met it at
    // midnight with meetings other journeys had just created.)
    expect(Math.max(...past)).toBeLessThan(Date.now());
    // Other years are one link away.
    await page.getByRole("link", { name: new RegExp(`${new Date().getFullYear() - 1}$`) }).click();
    await expect(page).toHaveURL(new RegExp(`/mote\\?ar=${new Date().getFullYear() - 1}$`));
    await expect(page.getByTestId("calendar").locator("time").first()).toBeVisible();
  });
}

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("public list pages do not scroll sideways", async ({ page }) => {
    for (const path of ["/mote", "/nb/mote", "/sok?q=helse", "/nb/sok?q=helse", "/kontakt", "/tilgjengelegheit"]) {
      await page.goto(path);
      await expectNoSidewaysScroll(page);
    }
  });

  test("the case desk, audit log, users and feedback lists stack their rows and keep the status visible", async ({ page }) => {
    test.setTimeout(120_000);
    await signInOnPage(page, DEMO_USERS.admin.email, "");
    for (const path of ["/saksbehandling", "/admin/revisjonslogg", "/admin/brukar", "/admin/tilbakemeldingar?vis=alle", "/nb/saksbehandling"]) {
      await page.goto(path);
      await expectNoSidewaysScroll(page);
    }
    await page.goto("/saksbehandling");
    const status = page.getByTestId("desk-inbox").locator("tbody tr").first().locator("td[data-label='Status']");
    await expect(status).toBeVisible();
    expect((await status.boundingBox())!.x + (await status.boundingBox())!.width).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
  });
});

test.describe("contact details and accessibility feedback", () => {
  test("the secretariat edits the contact details, and /kontakt shows them in both languages", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one editor of the single contact row at a time");
    test.setTimeout(120_000);
    await signInOnPage(page, DEMO_USERS.secretariat.email, "");
    const phone = `+47 55 ${String(Date.now()).slice(-6, -4)} ${String(Date.now()).slice(-4, -2)} ${String(Date.now()).slice(-2)}`;
    await page.goto("/admin/kontakt");
    await expectNoAxeViolations(page);
    await page.getByLabel("Telefonnummer").fill(phone);
    await page.getByRole("button", { name: "Lagre kontaktinformasjonen" }).click();
    await expect(page.getByTestId("saved")).toHaveText("Kontaktinformasjonen er lagra.");
    // An invalid address is refused at the field, with the typed value kept.
    await page.getByLabel("E-postadresse").fill("ikkje-ei-adresse");
    await page.getByRole("button", { name: "Lagre kontaktinformasjonen" }).click();
    await expect(page.getByLabel("E-postadresse")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("E-postadresse")).toHaveValue("ikkje-ei-adresse");
    await expectNoAxeViolations(page);
    for (const L of LANGS) {
      await page.goto(`${L.prefix}/kontakt`);
      await expect(page.getByTestId("contact-details")).toContainText(phone);
      await expect(page.getByTestId("contact-details").getByRole("link", { name: "samarbeid@saman.example.no" })).toHaveAttribute("href", "mailto:samarbeid@saman.example.no");
      await expectNoAxeViolations(page);
    }
  });

  for (const L of LANGS) {
    test(`(${L.lang}) an anonymous visitor sends accessibility feedback, and the secretariat finds it in its inbox`, async ({ page, browser }, info) => {
      skipUnlessRunInLanguage(info, L.lang);
      test.setTimeout(120_000);
      await ownAddress(page);
      const text = `Tabellen på møtesida er vanskeleg å lese med skjermlesar (${L.lang}, ${Date.now()}).`;
      await page.goto(`${L.prefix}/tilgjengelegheit`);
      await expect(page.getByRole("link", { name: "uutilsynet.no" })).toHaveAttribute("href", "https://www.uutilsynet.no/");
      await expectNoAxeViolations(page);
      const form = page.getByTestId("feedback");
      // The message is required; name and e-mail are not.
      await form.getByRole("button").click();
      await expect(form.getByRole("textbox", { name: L.lang === "nn" ? "Melding" : "Melding" })).toHaveAttribute("aria-invalid", "true");
      await form.getByRole("textbox", { name: "Melding" }).fill(text);
      await form.getByRole("button").click();
      await expect(page.getByTestId("saved")).toBeVisible();
      await expect(page).toHaveURL(/sendt=1/);
      await expectNoAxeViolations(page);

      // axe needs a page of its own context (not browser.newPage()).
      const staffContext = await browser.newContext();
      const staff = await staffContext.newPage();
      await signInOnPage(staff, DEMO_USERS.secretariat.email, L.prefix);
      await staff.goto(`${L.prefix}/admin/tilbakemeldingar`);
      const item = staff.getByTestId("feedback-inbox").getByRole("listitem").filter({ hasText: text });
      await expect(item).toBeVisible();
      await expectNoAxeViolations(staff);
      await item.getByRole("button").click();
      await expect(staff.getByTestId("saved")).toBeVisible();
      await expect(staff.getByTestId("feedback-inbox").getByRole("listitem").filter({ hasText: text })).toHaveCount(0);
      await staffContext.close();
    });
  }
});
