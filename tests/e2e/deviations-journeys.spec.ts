// Cooperation deviations, signed in (demo users, prisma/seed/users.ts), in nynorsk and bokmål: a partner contact
// registers a deviation (a fødselsnummer in the description is refused with a field error, nothing saved); the OU
// member reads the overview (charts with tables beside them, "<5" cells); the secretariat records a follow-up linked
// to an action-plan measure and a second, stale edit gets the conflict message; CSV and PDF downloads work for the
// roles that may see the overview and are refused for the public.
import { expect, test } from "@playwright/test";
import { PDFDocument } from "@cantoo/pdf-lib";
import { isNationalIdNumber } from "../../lib/privacy/national-id";
import { signIn } from "./sign-in";
import { journeyLanguage } from "./matrix";

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric" }).format(new Date()));


/** A fødselsnummer that passes both check digits (synthetic: 15 July 1965). */
function validNationalId(): string {
  for (let n = 0; n < 1000; n++) {
    const candidate = `150765${String(n).padStart(3, "0")}`;
    for (let k = 0; k < 100; k++) {
      const full = candidate + String(k).padStart(2, "0");
      if (isNationalIdNumber(full)) return full;
    }
  }
  throw new Error("no valid number found");
}

const langs = [
  { lang: "nn", prefix: "" },
  { lang: "nb", prefix: "/nb" },
] as const;

for (const { lang, prefix } of langs) {
  test.describe(`deviations, signed in (${lang})`, () => {
    journeyLanguage(lang);
    test("a partner contact is refused a fødselsnummer in the description, then registers", async ({ browser }) => {
      const { context, page } = await signIn(browser, "partner");
      await page.goto(`${prefix}/avvik/registrer`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const form = page.locator("main form");
      await page.locator("#dv-areaId").selectOption({ label: "Bergensregionen" });
      await page.locator("#dv-concernedPartyId").selectOption({ label: "Helse Bergen HF" });
      await page.locator("#dv-category").selectOption("DISCHARGE");
      await page.locator("#dv-month").fill(`${YEAR}-01`);
      await form.locator('input[name="severity"][value="MEDIUM"]').check();
      const fnr = validNationalId();
      await page.locator("#dv-description").fill(`Epikrise kom ikkje fram for pasient ${fnr} ved utskriving.`);
      await form.locator('button[type="submit"]').click();

      // A clear message at the field (and in the summary); no receipt: nothing was saved.
      const fieldError = page.locator("#dv-description-error");
      await expect(fieldError).toContainText("fødselsnummer");
      await expect(page.locator("#dv-description")).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#dv-description")).toHaveAttribute("aria-describedby", /dv-description-error/);
      await expect(page.getByTestId("registration-receipt")).toHaveCount(0);

      await page.locator("#dv-description").fill("Epikrise kom ikkje fram til kommunen ved utskriving i helga.");
      await form.locator('button[type="submit"]').click();
      await expect(page.getByTestId("registration-receipt")).toBeVisible();
      await expect(page.getByTestId("registration-receipt")).toContainText(lang === "nb" ? "Avviket er registrert" : "Avviket er registrert");
      await context.close();
    });

    test("the OU member sees the area overview: charts with tables beside them, small counts as <5", async ({ browser }) => {
      const { context, page } = await signIn(browser, "areaMember");
      await page.goto(`${prefix}/avvik?ar=${YEAR - 1}`);
      await expect(page).toHaveURL(new RegExp(`${prefix}/avvik/bergensregionen\\?ar=${YEAR - 1}$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Bergensregionen");
      const overview = page.getByTestId("deviation-overview");
      const charts = overview.getByTestId("deviation-chart");
      // Four breakdowns, each with its table; one whose counts are all suppressed says so in words instead of drawing
      // an empty chart (in the seed: between the parties).
      await expect(overview.locator('[data-testid="deviation-chart"], [data-testid="chart-all-suppressed"]')).toHaveCount(4);
      await expect(overview.locator("table")).toHaveCount(4);
      for (const words of await overview.getByTestId("chart-all-suppressed").all()) {
        const section = overview.locator("section", { has: words });
        for (const cell of await section.locator("td").allTextContents()) expect(cell.trim()).not.toMatch(/^\d+$/);
      }
      // The month chart has an accessible name and the same numbers as its table; "<5" is in both.
      const monthSection = overview.locator("section", { has: page.locator("#per-month-heading") });
      await expect(monthSection.getByRole("img")).toHaveAccessibleName(/.+/);
      await expect(monthSection.locator("td", { hasText: /^<5$/ }).first()).toBeVisible();
      await expect(monthSection.getByRole("img")).toContainText("<5");
      // Beside on a wide screen, stacked on a phone.
      const chart = await charts.first().boundingBox();
      const table = await monthSection.locator("table").boundingBox();
      expect(chart && table).toBeTruthy();
      if ((page.viewportSize()?.width ?? 0) >= 1024) {
        expect(table!.x).toBeGreaterThan(chart!.x + chart!.width - 1);
        expect(Math.abs(table!.y - chart!.y)).toBeLessThan(chart!.height);
      } else {
        expect(table!.y).toBeGreaterThan(chart!.y + chart!.height - 1);
      }
      // No cell shows a count from 1 to 4.
      for (const text of await overview.locator("td").allTextContents()) expect(text.trim()).not.toMatch(/^[1-4]$/);
      await context.close();
    });

    test("the secretariat records a follow-up linked to a measure; a stale second edit gets the conflict message", async ({ browser }, testInfo) => {
      const { context, page } = await signIn(browser, "secretariat");
      // Each project and language works on its own registration, so parallel runs do not collide.
      const slot = (testInfo.project.name === "phone" ? 2 : 0) + (lang === "nb" ? 1 : 0);
      await page.goto(`${prefix}/avvik/bergen?ar=${YEAR - 1}`);
      const open = page.getByRole("link", { name: lang === "nb" ? /^Åpne avviket/ : /^Opne avviket/ }).nth(slot);
      const detailUrl = new URL((await open.getAttribute("href"))!, page.url()).pathname;
      await page.goto(detailUrl);
      const stale = await context.newPage();
      await stale.goto(detailUrl); // the same version, opened in a second tab

      const text = `Drøfta i områdeutvalet (${lang}, ${testInfo.project.name}); rutinen for epikrise er endra.`;
      await page.locator("#fu-followUp").fill(text);
      const measure = page.locator("#fu-measureIds input[type=checkbox]").first();
      const measureLabel = (await page.locator("#fu-measureIds label").first().textContent())!.trim();
      await measure.check();
      await page.locator("main form button[type=submit]").click();
      await expect(page.locator("main form").getByRole("status")).toContainText(lang === "nb" ? "Oppfølgingen er lagret" : "Oppfølginga er lagra");

      await stale.locator("#fu-followUp").fill("Ein annan tekst frå ein gammal versjon.");
      await stale.locator("main form button[type=submit]").click();
      await expect(stale.locator("main form")).toContainText(
        lang === "nb" ? "Noen andre har lagret oppfølgingen" : "Nokon andre har lagra oppfølginga",
      );

      // The first save stands, with its measure linked.
      await page.reload();
      await expect(page.locator("#fu-followUp")).toHaveValue(text);
      await expect(page.getByLabel(measureLabel)).toBeChecked();
      await context.close();
    });

    test("CSV and PDF downloads are refused for the public and for a partner contact", async ({ browser, request }) => {
      const year = YEAR - 1;
      for (const ext of ["csv", "pdf"]) {
        const response = await request.get(`/api/avvik/rapport/${year}.${ext}?lang=${lang}`);
        expect(response.status()).toBe(401);
        expect(response.headers()["content-type"]).toContain("application/json");
      }
      const partner = await signIn(browser, "partner"); // a partner contact registers, but sees no overview
      for (const ext of ["csv", "pdf"]) {
        expect((await partner.context.request.get(`/api/avvik/rapport/${year}.${ext}?lang=${lang}`)).status()).toBe(403);
      }
      await partner.context.close();
    });

    test("the secretariat downloads the yearly report as PDF and CSV", async ({ browser }) => {
      test.setTimeout(120_000);
      const year = YEAR - 1;
      const { context, page } = await signIn(browser, "secretariat");
      await page.goto(`${prefix}/avvik/rapport/${year}`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Last ned som PDF" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`samhandlingsavvik-${year}.pdf`);
      const response = await context.request.get(`/api/avvik/rapport/${year}.pdf?lang=${lang}`);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      const pdf = await PDFDocument.load(await response.body());
      expect(pdf.getPageCount()).toBeGreaterThan(0);
      expect(pdf.getTitle()).toContain(String(year));
      const csv = await context.request.get(`/api/avvik/rapport/${year}.csv?lang=${lang}`);
      expect(csv.status()).toBe(200);
      const body = await csv.text();
      expect(body).toContain(lang === "nb" ? "Utskrivning" : "Utskriving");
      expect(body).toContain("<5");
      await context.close();
    });

    test("an OU member downloads their own area's report, not another area's", async ({ browser }) => {
      const year = YEAR - 1;
      const { context } = await signIn(browser, "areaMember");
      const own = await context.request.get(`/api/avvik/rapport/${year}.pdf?lang=${lang}`);
      expect(own.status()).toBe(200);
      expect(own.headers()["content-disposition"]).toContain(`samhandlingsavvik-${year}-bergensregionen.pdf`);
      expect((await context.request.get(`/api/avvik/rapport/${year}.csv?omrade=bergen`)).status()).toBe(403);
      await context.close();
    });
  });
}

