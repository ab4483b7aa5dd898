// Signs a user in, as a person would: the one helper every journey uses (issue 19.9).
// `who` is a demo user (prisma/seed/users.ts), an e-mail address with the demo password, or an address and password.
//
// Storage state per role: the first sign-in of an account in a Playwright worker goes through the form; later ones
// reuse that session's cookie (the session is a database row the portal re-checks on every request, so the reuse
// sees exactly what a fresh sign-in would). A reused session is at most REUSE_MS old, well inside the 30-minute idle
// limit (lib/auth/limits.ts), and a journey that signs out or tests the form itself asks for `{ fresh: true }`.
import { expect, type Browser, type Cookie, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "@/prisma/seed";

export type Who = DemoUserKey | `${string}@${string}` | { email: string; password: string };
export type SignInOptions = { fresh?: boolean };

const REUSE_MS = 15 * 60_000;
const HOME_PATH = "/mitt-saman";
const sessions = new Map<string, { cookies: Cookie[]; at: number }>();

function credentials(who: Who): { email: string; password: string } {
  if (typeof who !== "string") return who;
  return who.includes("@") ? { email: who, password: DEMO_PASSWORD } : { email: DEMO_USERS[who as DemoUserKey].email, password: DEMO_PASSWORD };
}

/** Only accounts with the demo password are shared between journeys; an address with its own password is not. */
function reusable(who: Who, options: SignInOptions): string | null {
  if (options.fresh || typeof who !== "string") return null;
  const kept = sessions.get(credentials(who).email);
  return kept && Date.now() - kept.at < REUSE_MS ? credentials(who).email : null;
}

/** Signs in on this page (its context keeps the session). `prefix` is "" (nynorsk) or "/nb". */
export async function signInOnPage(page: Page, who: Who, prefix = "", options: SignInOptions = {}) {
  const { email, password } = credentials(who);
  const reuse = reusable(who, options);
  if (reuse) {
    await page.context().addCookies(sessions.get(reuse)!.cookies);
    // Where the sign-in form lands (lib/auth/actions.ts: the home page when there is no page to return to).
    await page.goto(`${prefix}${HOME_PATH}`);
  } else {
    await page.goto(`${prefix}/logg-inn`);
    await page.getByLabel("E-postadresse").fill(email);
    await page.getByLabel("Passord", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Logg inn" }).click();
  }
  // Generous: it bounds a busy 2-core machine's first render; it loosens no assertion.
  await expect(page.getByTestId("account")).toBeVisible({ timeout: 30_000 });
  if (!reuse && typeof who === "string" && !options.fresh) {
    const cookies = (await page.context().cookies()).filter((c) => c.name.endsWith("session-token"));
    if (cookies.length > 0) sessions.set(email, { cookies, at: Date.now() });
  }
}

/** Signs in in a new browser context of its own (several people in one journey). */
export async function signIn(browser: Browser, who: Who, prefix = "", options: SignInOptions = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInOnPage(page, who, prefix, options);
  return { context, page };
}
