// Another helsefellesskap runs Saman from a description of itself (issue 20 item 4; playwright.structure.config.ts:
// a portal seeded from prisma/structure/fjordkysten.json – two areas, one health trust, 25 municipalities, no faglege
// samarbeidsutval). Its own name on every page, its parties and areas on the about page, a body and its members, the
// compliance view of its rules (G3, S1–S7, O1–O8, K1–K2; F1 concerns no body here), and a partner submitting a case.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../e2e/axe";
import { signInOnPage } from "../e2e/sign-in";

const NAME = "Helsefellesskapet Fjordkysten";

test("the front page, the about page and a body show this helsefellesskap, in nynorsk and bokmål", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(`Saman – ${NAME}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NAME);
  await expect(page.getByRole("contentinfo")).toContainText(NAME);
  await expect(page.getByText("Velkomen til Saman")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/om");
  const main = page.getByRole("main");
  await expect(main).toContainText(`Saman er den felles nettstaden til ${NAME}.`);
  await expect(main.getByRole("listitem").filter({ hasText: "Helse Fjordkysten HF" })).toBeVisible();
  await expect(main).toContainText("25 kommunar i 2 utvalsområde");
  await expect(main.getByRole("term").filter({ hasText: "Nordre Fjordkysten" })).toBeVisible();
  await expect(main).toContainText("Havbrekke, Skarvøy");
  await expectNoAxeViolations(page);

  await page.goto("/nb/om");
  await expect(page.getByRole("main")).toContainText("25 kommuner i 2 utvalgsområder");
  await expect(page.getByRole("contentinfo")).toContainText(NAME);

  // The area committee of the southern area: its members, one from each of its 12 municipalities.
  await page.goto("/omradeutval/sondre");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Områdeutval Søndre Fjordkysten");
  await expect(page.getByRole("main")).toContainText("Kalvøy kommune");
  await expect(page.getByRole("main")).toContainText("Mosvær kommune");
  await expect(page.getByRole("main")).not.toContainText("Havbrekke kommune");
  await expectNoAxeViolations(page);

  // No faglege samarbeidsutval: the organisation page lists the five bodies and nothing invented.
  await page.goto("/organisering");
  await expect(page.getByRole("main").getByRole("link", { name: "Områdeutval Nordre Fjordkysten" }).first()).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("Fagleg samarbeidsutval");
});

test("the secretariat's compliance view evaluates this helsefellesskap's rules", async ({ page }) => {
  await signInOnPage(page, "secretariat");
  await page.goto("/samsvar");
  const main = page.getByRole("main");
  await expect(main).toContainText("Regelsett: Retningsline for representasjon i Helsefellesskapet Fjordkysten.");
  await expect(page.locator("li[data-rule=G3]")).toHaveAttribute("data-status", "ok");
  // Every municipality is listed with where it sits (G3): one of the 25, in its own area committee.
  await expect(main.getByRole("definition").filter({ hasText: "OU Søndre" }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // SSU: the composition rules hold; S8 asks for the year's meetings (the generated demo has none yet).
  await page.goto("/samsvar/ssu");
  for (const code of ["S1", "S2", "S3", "S5", "S6", "S7"]) await expect(page.locator(`li[data-rule=${code}]`)).toHaveAttribute("data-status", "ok");
  await expect(page.locator("li[data-rule=S8]")).toHaveAttribute("data-status", "warning");
  await expect(page.locator("li[data-rule=F1]")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/samsvar/omradeutval-sondre");
  for (const code of ["G4", "O1", "O4", "O7", "O8"]) await expect(page.locator(`li[data-rule=${code}]`)).toHaveAttribute("data-status", "ok");
  await expect(page.locator("li[data-rule][data-status=breach]")).toHaveCount(0);
});

test("a municipality's contact person submits a case to SSU", async ({ page }) => {
  await signInOnPage(page, "kontakt@saman.example.no");
  await page.goto("/meld-inn-sak");
  const ssu = await page.locator("#case-targetBodyId option", { hasText: "Strategisk" }).first().getAttribute("value");
  await page.locator("#case-targetBodyId").selectOption(ssu!);
  await page.getByLabel("Tittel", { exact: true }).fill(`Felles rutine for utskriving ${Date.now()}`);
  await page.getByLabel("Kva gjeld saka?").fill("Kommunane i Søndre Fjordkysten og helseføretaket treng ein felles rutine for utskriving.");
  await page.locator("#case-contactEmail").fill("kontakt@havbrekke.example.no");
  await page.locator("#case-priorityGroups input").first().check();
  await page.getByLabel(/Eg stadfestar/).check();
  await page.getByRole("button", { name: "Send inn saka" }).click();
  await expect(page.getByTestId("case-receipt")).toContainText("Saka er motteken");
  await expect(page.getByTestId("case-reference")).toHaveText(/^SAK-\d{4}-\d{4}$/);
  await expectNoAxeViolations(page);
});
