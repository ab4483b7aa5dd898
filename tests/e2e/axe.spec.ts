// Every page of the UI shell, in both languages, has no axe-detectable WCAG 2.1 A/AA violations – on the desktop
// and on the 320 px phone project (playwright.config.ts).
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const pages: { path: string; status: number }[] = [
  { path: "/", status: 200 },
  { path: "/nb", status: 200 },
  { path: "/om", status: 200 },
  { path: "/nb/om", status: 200 },
  { path: "/tilgjengelegheit", status: 200 },
  { path: "/nb/tilgjengelegheit", status: 200 },
  // Cooperation deviations: until sign-in exists, what an anonymous visitor gets (the sign-in notice).
  { path: "/avvik", status: 200 },
  { path: "/nb/avvik", status: 200 },
  { path: "/avvik/bergen", status: 200 },
  { path: "/nb/avvik/bergen", status: 200 },
  { path: "/avvik/registrer", status: 200 },
  { path: "/nb/avvik/registrer", status: 200 },
  { path: "/avvik/rapport/2025", status: 200 },
  { path: "/nb/avvik/rapport/2025", status: 200 },
  { path: "/finst-ikkje", status: 404 },
  { path: "/nb/finst-ikkje", status: 404 },
];

for (const { path, status } of pages) {
  test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the skip link, when focused, has no violations either", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.locator(".ds-skip-link")).toBeFocused();
  await expectNoAxeViolations(page);
});
