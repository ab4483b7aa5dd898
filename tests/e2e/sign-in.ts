// Signs a user in through the sign-in form, as a person would: the one helper every journey uses (issue 19.9).
// `who` is a demo user (prisma/seed/users.ts), an e-mail address with the demo password, or an address and password.
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "@/prisma/seed";

export type Who = DemoUserKey | `${string}@${string}` | { email: string; password: string };

function credentials(who: Who): { email: string; password: string } {
  if (typeof who !== "string") return who;
  return who.includes("@") ? { email: who, password: DEMO_PASSWORD } : { email: DEMO_USERS[who as DemoUserKey].email, password: DEMO_PASSWORD };
}

/** Signs in on this page (its context keeps the session). `prefix` is "" (nynorsk) or "/nb". */
export async function signInOnPage(page: Page, who: Who, prefix = "") {
  const { email, password } = credentials(who);
  await page.goto(`${prefix}/logg-inn`);
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  // Generous: it bounds a busy 2-core machine's first render; it loosens no assertion.
  await expect(page.getByTestId("account")).toBeVisible({ timeout: 30_000 });
}

/** Signs in in a new browser context of its own (several people in one journey). */
export async function signIn(browser: Browser, who: Who, prefix = "") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInOnPage(page, who, prefix);
  return { context, page };
}
