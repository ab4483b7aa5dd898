// The compliance view is for the secretariat and the bodies' members: everyone else gets the sign-in notice and
// none of the composition's details; the admin membership page likewise. (The staff journeys – the report and the
// forms – come with sign-in.)
import { expect, test } from "@playwright/test";

for (const [path, heading] of [
  ["/samsvar", "Samsvar med retningslina"],
  ["/nb/samsvar/ssu", "Samsvar: Strategisk samarbeidsutvalg"],
] as const) {
  test(`${path} asks an anonymous visitor to sign in and shows no report`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("h1")).toHaveText(heading);
    await expect(page.locator("main").getByRole("heading", { level: 2 })).toHaveText(path.startsWith("/nb") ? "Krever innlogging" : "Krev innlogging");
    await expect(page.locator("[data-rule]")).toHaveCount(0);
    await expect(page.locator("form[method=get]")).toHaveCount(0);
  });
}

test("the admin membership page refuses an anonymous visitor and shows no form", async ({ page }) => {
  await page.goto("/admin/medlemskap/ssu");
  await expect(page.locator("main").getByRole("heading", { level: 2 })).toHaveText("Krev innlogging");
  await expect(page.locator("form")).toHaveCount(0);
});

test("an unknown body is not found", async ({ page }) => {
  const response = await page.goto("/samsvar/finst-ikkje");
  expect(response?.status()).toBe(404);
});
