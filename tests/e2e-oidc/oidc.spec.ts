// Sign-in through OpenID Connect (playwright.oidc.config.ts: a portal configured with OIDC_* and the local test
// provider, tests/helpers/oidc-provider.ts). The provider's identity signs in the existing user with the same e-mail
// address; an identity whose address no enabled user has is refused with a clear message and no session; sign-out
// ends the session for good. (That the button is absent without configuration: tests/e2e/access.spec.ts.)
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS } from "../../prisma/seed";

const issuer = `http://127.0.0.1:${process.env.OIDC_MOCK_PORT ?? 3215}`;

async function provideIdentity(page: Page, identity: { sub: string; email: string; name: string }) {
  const response = await page.request.post(`${issuer}/__test/identity`, { data: identity });
  expect(response.ok()).toBe(true);
}

test("the provider's user signs in as the Saman user with that e-mail address, and sign-out ends the session", async ({ page, context }) => {
  await provideIdentity(page, { sub: "oidc-42", email: DEMO_USERS.secretariat.email.toUpperCase(), name: "Sekretariatet hos IdP" });
  await page.goto("/logg-inn?callbackUrl=%2Fsamsvar");
  const button = page.getByRole("button", { name: "Logg inn med Testidentitet" });
  await expect(button).toBeVisible();
  await button.click();

  // Back from the provider, signed in as the existing user, on the page asked for (the secretariat's compliance view).
  await expect(page).toHaveURL(/\/samsvar$/);
  await expect(page.getByTestId("account")).toContainText(DEMO_USERS.secretariat.name);
  await expect(page.locator("li[data-rule=G3]")).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByTestId("sign-in-link")).toBeVisible();
  // Replaying the old cookie gives nothing: the session row is gone.
  await context.addCookies([cookie]);
  await page.goto("/samsvar");
  await expect(page.getByTestId("sign-in-link")).toBeVisible();
  await expect(page.locator("li[data-rule]")).toHaveCount(0);
});

test("an identity no Saman user has is refused with a clear message, and nobody is signed in", async ({ page, context }) => {
  await provideIdentity(page, { sub: "oidc-ukjend", email: "ukjend@kommune.example.no", name: "Ukjend Person" });
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med Testidentitet" }).click();
  await expect(page).toHaveURL(/\/logg-inn\?error=AccessDenied/);
  await expect(page.getByTestId("oidc-error")).toContainText("det finst ingen aktiv brukar i Saman med e-postadressa frå identitetstenesta di");
  await expect(page.getByTestId("sign-in-link")).toBeVisible();
  expect((await context.cookies()).some((c) => c.name.endsWith("next-auth.session-token"))).toBe(false);
});

test("the sign-in page in bokmål offers the provider too, and the refusal is in bokmål", async ({ page }) => {
  await page.goto("/nb/logg-inn?error=AccessDenied");
  await expect(page.getByRole("button", { name: "Logg inn med Testidentitet" })).toBeVisible();
  await expect(page.getByTestId("oidc-error")).toContainText("det finnes ingen aktiv bruker i Saman");
});
