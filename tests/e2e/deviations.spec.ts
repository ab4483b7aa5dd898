// Cooperation deviations as an anonymous visitor sees them: every deviation page asks for sign-in (with a link to
// /logg-inn that brings them back) and shows no deviation data; the CSV export answers 401. The signed-in journeys
// (register, overview, follow-up, report) are covered at the policy and data layer by tests/integration/deviations.test.ts.
import { expect, test } from "@playwright/test";

const pages = [
  { path: "/avvik", lang: "nn", heading: "Du må logge inn", link: "Logg inn", next: "/avvik" },
  { path: "/nb/avvik", lang: "nb", heading: "Du må logge inn", link: "Logg inn", next: "/nb/avvik" },
  { path: "/avvik/bergen", lang: "nn", heading: "Du må logge inn", link: "Logg inn", next: "/avvik/bergen" },
  { path: "/avvik/registrer", lang: "nn", heading: "Du må logge inn", link: "Logg inn", next: "/avvik/registrer" },
  { path: "/nb/avvik/registrer", lang: "nb", heading: "Du må logge inn", link: "Logg inn", next: "/nb/avvik/registrer" },
  { path: "/avvik/rapport/2025", lang: "nn", heading: "Du må logge inn", link: "Logg inn", next: "/avvik/rapport/2025" },
  { path: "/avvik/seed-avvik-2025-01", lang: "nn", heading: "Du må logge inn", link: "Logg inn", next: "/avvik/seed-avvik-2025-01" },
];

for (const p of pages) {
  test(`${p.path} asks an anonymous visitor to sign in and shows no deviations`, async ({ page }) => {
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", p.lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.heading);
    const signIn = page.getByRole("main").getByRole("link", { name: p.link });
    const loginPath = p.lang === "nb" ? "/nb/logg-inn" : "/logg-inn";
    await expect(signIn).toHaveAttribute("href", `${loginPath}?callbackUrl=${encodeURIComponent(p.next)}`);
    // Nothing of the overview, the registrations or the form reaches the page.
    await expect(page.getByTestId("deviation-overview")).toHaveCount(0);
    await expect(page.getByTestId("deviation-details")).toHaveCount(0);
    await expect(page.locator("form textarea")).toHaveCount(0);
    await expect(page.getByRole("main")).not.toContainText("Utskriving");
  });
}

test("an unknown year for the report is a 404, not a sign-in page", async ({ page }) => {
  const response = await page.goto("/avvik/rapport/1999");
  expect(response?.status()).toBe(404);
});

test("the CSV export refuses an anonymous visitor", async ({ request }) => {
  const response = await request.get("/api/avvik/rapport/2025.csv");
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.text()).not.toContain(";");
  expect((await request.get("/api/avvik/rapport/nope.csv")).status()).toBe(404);
});
