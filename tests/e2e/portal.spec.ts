// The public portal's journeys ("done when" of the portal issue), in nynorsk and bokmål, axe-clean on every page
// they visit: the latest SSU minutes from the front page on a phone-width screen, a word found only inside a PDF,
// a body's calendar subscription that parses as iCalendar, and a measure of the action plan followed to its decisions.
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { BAROMETER_WORD, INTERNAL_LEGAL_BASIS } from "@/prisma/seed";
import { expectNoAxeViolations } from "./axe";
import { menuLink } from "./menu";
import { journeyLanguage } from "./matrix";

const LANGS = [
  {
    lang: "nn",
    prefix: "",
    nav: { organisation: "Organisering", actionPlan: "Handlingsplan", search: "Søk" },
    ssu: "Strategisk samarbeidsutval",
    minutesHeading: "Referat",
    minutesItem: /^Referat frå møtet /,
    searchLabel: "Søkjeord",
    calendarLink: /Abonner på møtekalenderen til Strategisk samarbeidsutval/,
    decisions: "Vedtak knytte til tiltaket",
    exempt: `Unnateke frå innsyn – ${INTERNAL_LEGAL_BASIS}`,
  },
  {
    lang: "nb",
    prefix: "/nb",
    nav: { organisation: "Organisering", actionPlan: "Handlingsplan", search: "Søk" },
    ssu: "Strategisk samarbeidsutvalg",
    minutesHeading: "Referater",
    minutesItem: /^Referat fra møtet /,
    searchLabel: "Søkeord",
    calendarLink: /Abonner på møtekalenderen til Strategisk samarbeidsutvalg/,
    decisions: "Vedtak knyttet til tiltaket",
    exempt: `Unntatt fra innsyn – ${INTERNAL_LEGAL_BASIS}`,
  },
] as const;

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const L of LANGS) {
  test.describe(`portal (${L.lang})`, () => {
    journeyLanguage(L.lang);
    test("a visitor finds the latest SSU minutes from the front page and reads them on a phone", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 720 });
      await page.goto(`${L.prefix}/`);
      await expect(page.locator("html")).toHaveAttribute("lang", L.lang);
      await expectNoAxeViolations(page);
      await (await menuLink(page, L.nav.organisation)).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisering");
      await expectNoAxeViolations(page);
      await page.getByTestId("org-diagram").getByRole("link", { name: L.ssu }).click();
      await expect(page).toHaveURL(new RegExp(`${L.prefix}/ssu$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(L.ssu);
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);

      // The newest of the seeded minutes (each with its PDF): the publishing journey may have published newer ones on
      // the same server, written in the editor and without a PDF.
      const minutes = page.getByTestId("body-minutes").locator('a[href*="/mote/seed-mtg-ssu-"]');
      await expect(minutes.first()).toHaveText(L.minutesItem);
      await minutes.first().click();
      await expect(page).toHaveURL(/\/mote\/seed-mtg-ssu-/);
      const text = page.getByTestId("minutes");
      await expect(text).toBeVisible();
      await expect(text.locator("p").first()).toBeVisible();
      await expect(page.getByTestId("minutes-pdf")).toHaveAttribute("href", /^\/api\/dokument\//);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });

    test("a search for a word that only appears inside a PDF finds the paper", async ({ page, request }) => {
      await page.goto(`${L.prefix}/`);
      await (await menuLink(page, L.nav.search)).click();
      await page.getByLabel(L.searchLabel).fill(BAROMETER_WORD);
      await page.getByLabel(L.searchLabel).press("Enter");
      const results = page.getByTestId("search-results").getByRole("listitem");
      await expect(results).toHaveCount(1);
      await expect(results.first().locator("mark")).toHaveText(BAROMETER_WORD);
      await expectNoAxeViolations(page);
      await results.first().getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`${L.prefix}/mote/seed-mtg-ssu-`));
      const paper = page.getByTestId("documents").getByRole("link", { name: /Måling(ar|er) av samhandling/ });
      await expect(paper).toBeVisible();
      const download = await request.get((await paper.getAttribute("href"))!);
      expect(download.status()).toBe(200);
      expect(download.headers()["content-type"]).toBe("application/pdf");
      await expectNoAxeViolations(page);
    });

    test("a typo still finds the paper", async ({ page }) => {
      await page.goto(`${L.prefix}/sok?q=samhandlingsbaromteret`);
      await expect(page.getByTestId("search-results").getByRole("listitem")).toHaveCount(1);
      await expect(page.getByRole("status").filter({ hasText: BAROMETER_WORD })).toBeVisible();
    });

    test("subscribing to a body's calendar gives an iCalendar feed that parses", async ({ page, request }) => {
      await page.goto(`${L.prefix}/ssu`);
      const link = page.getByRole("link", { name: L.calendarLink });
      const url = await link.getAttribute("href");
      expect(url).toBe("/api/kalender/ssu.ics");
      const response = await request.get(url!);
      expect(response.headers()["content-type"]).toMatch(/^text\/calendar/);
      const text = await response.text();
      expect(text.includes("\r\n")).toBe(true);
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      expect(events.length).toBeGreaterThan(4);
      for (const event of events) {
        expect(event.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Oslo");
        expect(event.summary).toContain("Strategisk samarbeidsutval");
        // Every event links back to its meeting (also meetings other journeys created on this server).
        expect(String(event.component.getFirstPropertyValue("url"))).toMatch(/\/mote\/[^/?#]+$/);
      }
      expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Oslo");
    });

    test("a measure of the action plan leads to its decisions", async ({ page }) => {
      await page.goto(`${L.prefix}/`);
      await (await menuLink(page, L.nav.actionPlan)).click();
      await expectNoAxeViolations(page);
      await page.getByTestId("measures").getByRole("link", { name: /^1\.1 / }).click();
      await expect(page).toHaveURL(new RegExp(`${L.prefix}/handlingsplan/tiltak/`));
      await expect(page.getByRole("heading", { level: 2, name: L.decisions })).toBeVisible();
      await expect(page.getByTestId("measure-history").getByRole("listitem").first()).toBeVisible();
      await expectNoAxeViolations(page);
      const decisions = page.getByTestId("measure-decisions").getByRole("listitem");
      expect(await decisions.count()).toBeGreaterThan(0);
      const decisionText = (await decisions.first().locator("p").textContent())!.trim();
      await decisions.first().getByRole("link").click();
      await expect(page).toHaveURL(/\/mote\//);
      await expect(page.getByTestId("agenda").getByText(decisionText)).toBeVisible();
    });

    test("a restricted paper shows only that it is exempt, with its legal basis, and cannot be downloaded", async ({ page, request }) => {
      // SSU's autumn meeting in the previous year handles the secretariat's budget (an internal document).
      await page.goto(`${L.prefix}/mote?organ=ssu&ar=${new Date().getFullYear() - 1}`);
      const meetings = await page.getByTestId("calendar").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
      let found = false;
      for (const href of meetings) {
        await page.goto(href);
        if ((await page.getByText(L.exempt).count()) > 0) {
          found = true;
          break;
        }
      }
      expect(found).toBe(true);
      // The agenda item is public; the internal paper's own title ("… (internt)") is not shown.
      await expect(page.getByText(/\(internt\)/)).toHaveCount(0);
      await expectNoAxeViolations(page);
      const links = await page.getByTestId("documents").getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      for (const href of links) expect((await request.get(href)).status()).toBe(200);
      // The restricted version's address, guessed from the seed's ids, answers 404.
      const id = new URL(page.url()).pathname.split("/").pop()!.replace(/^seed-mtg-/, "");
      expect((await request.get(`/api/dokument/seed-doc-budsjett-${id}-v1`)).status()).toBe(404);
    });
  });
}

test("feeds are RSS 2.0 with items, the sitemap lists both languages and robots.txt points to it", async ({ request }) => {
  for (const feed of ["/api/feed/nyheiter.xml", "/api/feed/referat.xml"]) {
    const response = await request.get(feed);
    expect(response.headers()["content-type"]).toMatch(/^application\/rss\+xml/);
    const xml = await response.text();
    expect(xml).toMatch(/<rss version="2.0"/);
    expect((xml.match(/<item>/g) ?? []).length).toBeGreaterThan(0);
  }
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/nb/ssu</loc>");
  expect(sitemap).toContain("/omradeutval/nordhordland</loc>");
  expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
