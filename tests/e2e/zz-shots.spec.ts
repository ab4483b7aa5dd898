import { test } from "@playwright/test";
import { signIn } from "./sign-in";
test("shots", async ({ browser }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  for (const [w, h] of [[1280, 900], [360, 800]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto("/styringsinformasjon/utskrivingsklare-liggedogn");
    await page.screenshot({ path: `/tmp/ind-liggedogn-${w}.png`, fullPage: true });
    await page.goto("/nb/styringsinformasjon/samhandlingsavvik-kvartal");
    await page.screenshot({ path: `/tmp/ind-avvik-nb-${w}.png`, fullPage: true });
    await page.goto("/styringsinformasjon");
    await page.screenshot({ path: `/tmp/ind-list-${w}.png`, fullPage: true });
  }
  const staff = await signIn(browser, "secretariat", "");
  await staff.page.goto("/admin/indikatorar");
  await staff.page.setViewportSize({ width: 360, height: 800 });
  await staff.page.screenshot({ path: `/tmp/ind-admin-360.png`, fullPage: true });
});
