// Signs a demo user (prisma/seed/users.ts) in through the sign-in form, in a context of its own, as a person would.
// Shared by the journeys; older specs still carry their own copies (to be moved here).
import { expect, type Browser } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "@/prisma/seed";

export async function signIn(browser: Browser, who: DemoUserKey, prefix: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${prefix}/logg-inn`);
  await page.getByLabel("E-postadresse").fill(DEMO_USERS[who].email);
  await page.getByLabel("Passord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByTestId("account")).toBeVisible({ timeout: 30_000 });
  return { context, page };
}
