// The UI shell: front page with meetings and minutes from the seed, both languages and their URLs, the language
// switch, the skip link, the about and accessibility pages, 404s, and no sideways scrolling at 320 px.
import { expect, test, type Locator, type Page } from "@playwright/test";

/** Text without soft hyphens (long words in headings carry U+00AD so they can break on narrow screens). */
const plain = (text: string | null) => (text ?? "").replaceAll("\u00AD", "").trim();

async function meetingIds(page: Page, testId: string): Promise<string[]> {
  const hrefs = await page.getByTestId(testId).getByRole("link").evaluateAll((links) =>
    links.map((link) => link.getAttribute("href") ?? ""),
  );
  return hrefs.map((href) => href.split("/").pop() ?? "");
}

test.describe("front page", () => {
  test("nynorsk: upcoming meetings and latest minutes from the database", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");
    await expect(page).toHaveTitle("Saman – Helsefellesskapet i Bergen-området");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Helsefellesskapet i Bergen-området");

    const upcoming = page.getByRole("region", { name: "Komande møte" });
    const upcomingItems = upcoming.getByTestId("upcoming-meetings").getByRole("listitem");
    await expect(upcomingItems.first()).toBeVisible();
    const upcomingCount = await upcomingItems.count();
    expect(upcomingCount).toBeGreaterThan(0);
    expect(upcomingCount).toBeLessThanOrEqual(5);
    for (const item of await upcomingItems.all()) {
      await expect(item.getByRole("heading", { level: 3 }).getByRole("link")).toHaveAttribute("href", /^\/mote\/[^/]+$/);
      // Date and time in Oslo, written out in nynorsk: "tysdag 8. desember 2026, kl. 10.00–14.00".
      await expect(item.locator("time")).toHaveText(/^\p{L}+dag \d{1,2}\. \p{L}+ \d{4}, kl\. \d{2}\.\d{2}/u);
      await expect(item.getByText(/^(Tid|Stad)$/)).toHaveCount(2);
    }

    const minutes = page.getByRole("region", { name: "Siste referat" });
    const minutesItems = minutes.getByTestId("latest-minutes").getByRole("listitem");
    await expect(minutesItems.first()).toBeVisible();
    expect(await minutesItems.count()).toBeLessThanOrEqual(5);
    for (const item of await minutesItems.all()) {
      await expect(item.getByRole("link")).toHaveAttribute("href", /^\/mote\/[^/]+$/);
      await expect(item).toContainText(/Referat frå møtet \d{1,2}\. \p{L}+ \d{4}/u);
    }

    // Soonest first; newest minutes first.
    const upcomingDates = await upcoming.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
    expect([...upcomingDates].sort()).toEqual(upcomingDates);
    const minutesDates = await minutes.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
    expect([...minutesDates].sort().reverse()).toEqual(minutesDates);
  });

  test("bokmål: the same meetings, in bokmål, linking under /nb", async ({ page }) => {
    await page.goto("/");
    const nnUpcoming = await meetingIds(page, "upcoming-meetings");
    const nnMinutes = await meetingIds(page, "latest-minutes");

    const response = await page.goto("/nb");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expect(page.getByRole("region", { name: "Kommende møter" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Siste referater" })).toBeVisible();

    expect(await meetingIds(page, "upcoming-meetings")).toEqual(nnUpcoming);
    expect(await meetingIds(page, "latest-minutes")).toEqual(nnMinutes);
    for (const link of await page.getByTestId("upcoming-meetings").getByRole("link").all()) {
      await expect(link).toHaveAttribute("href", /^\/nb\/mote\/[^/]+$/);
    }
    await expect(page.getByTestId("upcoming-meetings").locator("time").first()).toHaveText(
      /^\p{L}+dag \d{1,2}\. \p{L}+ \d{4}, kl\. \d{2}\.\d{2}/u,
    );
    await expect(page.getByTestId("latest-minutes").getByText(/Referat fra møtet/).first()).toBeVisible();
  });
});

test.describe("languages and addresses", () => {
  test("nynorsk has no prefix, bokmål is under /nb, /nn redirects to the unprefixed address", async ({ page }) => {
    await page.goto("/nn");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");

    await page.goto("/nn/tilgjengelegheit");
    await expect(page).toHaveURL(/\/tilgjengelegheit$/);
    expect(new URL(page.url()).pathname).toBe("/tilgjengelegheit");
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");

    await page.goto("/nb/tilgjengelegheit");
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  });

  test("the language switch leads to the same page in the other language and back", async ({ page }) => {
    await page.goto("/tilgjengelegheit");
    const toBokmal = page.getByRole("link", { name: "Bokmål", exact: true });
    await expect(toBokmal).toHaveAttribute("hreflang", "nb");
    await expect(toBokmal).toHaveAttribute("lang", "nb");
    await expect(toBokmal).toHaveAttribute("href", "/nb/tilgjengelegheit");
    await toBokmal.click();
    await expect(page).toHaveURL(/\/nb\/tilgjengelegheit$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    expect(plain(await page.getByRole("heading", { level: 1 }).textContent())).toBe("Tilgjengelighetserklæring");

    const toNynorsk = page.getByRole("link", { name: "Nynorsk", exact: true });
    await expect(toNynorsk).toHaveAttribute("hreflang", "nn");
    await expect(toNynorsk).toHaveAttribute("lang", "nn");
    await toNynorsk.click();
    // Anchored after the port: "/nb/tilgjengelegheit" must not pass while the navigation is still under way.
    await expect(page).toHaveURL(/:\d+\/tilgjengelegheit$/);
    expect(new URL(page.url()).pathname).toBe("/tilgjengelegheit");
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");
    expect(plain(await page.getByRole("heading", { level: 1 }).textContent())).toBe("Tilgjengelegheitserklæring");
  });

  test("the language switch on the front page", async ({ page }) => {
    await page.goto("/nb");
    await page.getByRole("link", { name: "Nynorsk", exact: true }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");
    await expect(page.getByRole("link", { name: "Bokmål", exact: true })).toHaveAttribute("href", "/nb");
  });

  test("pages name their other-language version for search engines", async ({ page }) => {
    await page.goto("/om");
    await expect(page.locator('link[rel="alternate"][hreflang="nb"]')).toHaveAttribute("href", /\/nb\/om$/);
    await expect(page.locator('link[rel="alternate"][hreflang="nn"]')).toHaveAttribute("href", /\/om$/);
  });
});

/** At phone width (≤ 640 px) the links sit behind the "Meny" disclosure (issue 14, item 2): open it there. */
async function openMenuOnPhone(menu: Locator, name: string) {
  await expect(menu).toHaveAttribute("data-enhanced", "true");
  const disclosure = menu.getByRole("button", { name });
  if (!(await disclosure.isVisible())) return;
  await expect(disclosure).toHaveAttribute("aria-expanded", "false");
  await disclosure.click();
  await expect(disclosure).toHaveAttribute("aria-expanded", "true");
}

test.describe("layout", () => {
  test("landmarks: header, labelled main menu, main, footer", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("banner")).toBeVisible();
    const menu = page.getByRole("navigation", { name: "Hovudmeny" });
    await expect(menu).toBeVisible();
    await openMenuOnPhone(menu, "Meny");
    await expect(menu.getByRole("link", { name: "Framsida" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("main")).toHaveAttribute("id", "main");
    await expect(page.getByRole("contentinfo")).toBeVisible();

    await page.goto("/nb/om");
    const nbMenu = page.getByRole("navigation", { name: "Hovedmeny" });
    await openMenuOnPhone(nbMenu, "Meny");
    await expect(nbMenu.getByRole("link", { name: "Forsiden" })).toHaveAttribute("href", "/nb");
    await expect(nbMenu.getByRole("link", { name: "Forsiden" })).not.toHaveAttribute("aria-current", "page");
  });

  test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
    await page.goto("/tilgjengelegheit");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Hopp til hovudinnhaldet" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator("main#main")).toBeFocused();
    // The next Tab continues inside the main content, not in the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);

    await page.goto("/nb");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Hopp til hovedinnholdet" })).toBeFocused();
  });

  test("keyboard focus is visible", async ({ page }) => {
    await page.goto("/om");
    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab"); // home link in the header
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { width: style.outlineWidth, style: style.outlineStyle, shadow: style.boxShadow };
    });
    expect(outline.style === "solid" || outline.shadow !== "none").toBe(true);
    expect(outline.style === "solid" ? parseFloat(outline.width) : 1).toBeGreaterThan(0);
  });

  test("footer links lead to the about page and the accessibility statement", async ({ page }) => {
    await page.goto("/");
    const footer = page.getByRole("contentinfo");
    await footer.getByRole("link", { name: "Om Saman" }).click();
    await expect(page).toHaveURL(/\/om$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Om Saman");
    await page.getByRole("contentinfo").getByRole("link", { name: "Tilgjengelegheitserklæring" }).click();
    await expect(page).toHaveURL(/\/tilgjengelegheit$/);

    await page.goto("/nb");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Tilgjengelighetserklæring" })).toHaveAttribute(
      "href",
      "/nb/tilgjengelegheit",
    );
  });
});

test.describe("content pages", () => {
  for (const lang of ["nn", "nb"] as const) {
    const prefix = lang === "nn" ? "" : "/nb";

    test(`accessibility statement (${lang})`, async ({ page }) => {
      const response = await page.goto(`${prefix}/tilgjengelegheit`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const title = lang === "nn" ? "Tilgjengelegheitserklæring" : "Tilgjengelighetserklæring";
      await expect(page).toHaveTitle(`${title} – Saman`);
      expect(plain(await page.getByRole("heading", { level: 1 }).textContent())).toBe(title);
      const main = page.getByRole("main");
      await expect(main).toContainText("WCAG 2.1");
      await expect(main).toContainText("AA");
      await expect(main).toContainText("samarbeidssekretariatet");
      await expect(main.getByRole("link", { name: "uutilsynet.no" })).toHaveAttribute("href", "https://www.uutilsynet.no/");
    });

    test(`about page (${lang})`, async ({ page }) => {
      const response = await page.goto(`${prefix}/om`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page).toHaveTitle("Om Saman – Saman");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Om Saman");
      await expect(page.getByRole("main")).toContainText("Haraldsplass");
      await expect(page.getByRole("main")).toContainText("Nordhordland");
    });
  }

  test("unknown pages are a 404 in the language of the address", async ({ page }) => {
    const nn = await page.goto("/finst-ikkje");
    expect(nn?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fann ikkje sida");
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");
    await expect(page.getByRole("main").getByRole("link", { name: "Gå til framsida" })).toHaveAttribute("href", "/");

    const nb = await page.goto("/nb/finst-ikke");
    expect(nb?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fant ikke siden");
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    // Next sends an empty document for notFound() on a dynamic page; the front server puts the rendered 404 page in
    // its place (scripts/lib/not-found-page.ts).
    for (const [path, lang, heading] of [
      ["/finst-ikkje", "nn", "Fann ikkje sida"],
      ["/mote/finst-ikkje", "nn", "Fann ikkje sida"],
      ["/nyheiter/finst-ikkje", "nn", "Fann ikkje sida"],
      ["/nb/omradeutval/finst-ikke", "nb", "Fant ikke siden"],
    ] as const) {
      test(`${path} is a readable 404`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page).toHaveTitle(`${heading} – Saman`);
        await expect(page.getByRole("main").getByRole("link", { name: lang === "nn" ? "Gå til framsida" : "Gå til forsiden" })).toBeVisible();
        await expect(page.getByRole("banner")).toBeVisible();
      });
    }
  });

  test("the health check answers", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.ok).toBe(true);
    expect(Object.keys(body.checks).sort()).toEqual(["database", "disk", "migrations", "outbox", "writable"]);
    const live = await request.get("/api/health/live");
    expect(await live.json()).toEqual({ ok: true });
    const unknown = await request.get("/api/finst-ikkje");
    expect(unknown.status()).toBe(404);
  });
});

test.describe("narrow screens", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ["/", "/nb", "/om", "/nb/om", "/tilgjengelegheit", "/nb/tilgjengelegheit", "/finst-ikkje"]) {
    test(`${path} does not scroll sideways at 320 px`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }
});
