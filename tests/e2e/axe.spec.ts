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
  { path: "/logg-inn", status: 200 },
  { path: "/nb/logg-inn", status: 200 },
  { path: "/logg-inn/gloymt-passord", status: 200 },
  { path: "/nb/logg-inn/gloymt-passord", status: 200 },
  { path: "/logg-inn/nytt-passord?token=0123456789abcdef", status: 200 },
  { path: "/nb/logg-inn/nytt-passord", status: 200 },
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

// The admin pages, signed in as the demo admin (prisma/seed/users.ts).
const adminPages = ["/admin", "/admin/brukar/ny", "/admin/brukar/seed-user-medlem", "/admin/revisjonslogg", "/admin/utboks"];
for (const path of [...adminPages, ...adminPages.map((p) => `/nb${p}`)]) {
  test(`${path} (signed in as admin) has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    await page.goto("/logg-inn");
    await page.getByLabel("E-postadresse").fill("admin@saman.example.no");
    await page.getByLabel("Passord", { exact: true }).fill("Saman-demo-2026");
    await page.getByRole("button", { name: "Logg inn" }).click();
    await expect(page.getByTestId("account")).toBeVisible();
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the form errors on the sign-in page have no violations", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.locator("form").getByRole("alert")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the skip link, when focused, has no violations either", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.locator(".ds-skip-link")).toBeFocused();
  await expectNoAxeViolations(page);
});
