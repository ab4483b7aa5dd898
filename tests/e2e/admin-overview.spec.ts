// The secretariat's landing page (/admin): signed in, "Administrasjon" in the main menu leads to the overview; the
// seeded new case in Nordhordland waits for triage there, and its link opens the case desk filtered to new cases.
// Desktop and the 320 px phone project; nynorsk and bokmål.
import { expect, test } from "@playwright/test";
import { menuLink } from "./menu";
import { signInOnPage } from "./sign-in";

/** The seeded case that stays RECEIVED (prisma/seed/content-inbox.ts; no journey moves it). */
const WAITING_CASE = "Jordmortenester i små kommunar";


for (const t of [
  { lang: "nn", prefix: "", received: "Motteken", desk: "Saksbehandling", upcoming: "Dei neste 60 dagane" },
  { lang: "nb", prefix: "/nb", received: "Mottatt", desk: "Saksbehandling", upcoming: "De neste 60 dagene" },
]) {
  test(`(${t.lang}) the secretariat sees a waiting case on the overview and follows the link to it`, async ({ page }) => {
    test.setTimeout(90_000);
    await signInOnPage(page, "secretariat", t.prefix);
    await (await menuLink(page, "Administrasjon")).click();
    await expect(page).toHaveURL(new RegExp(`${t.prefix}/admin$`), { timeout: 30_000 }); // the first render is slow on a busy machine
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrasjon");

    // Meetings of the next 60 days, each with its workflow status and a link to its admin page.
    const meetings = page.getByTestId("overview-meetings");
    await expect(meetings.getByRole("heading", { name: t.upcoming })).toBeVisible();

    const cases = page.getByTestId("overview-cases");
    const link = cases.getByRole("link", { name: new RegExp(`^${t.received}: \\d+$`) });
    await expect(link).toBeVisible();
    const count = Number((await link.textContent())!.split(": ")[1]);
    expect(count).toBeGreaterThanOrEqual(1);
    await link.click();

    await expect(page).toHaveURL(new RegExp(`${t.prefix}/saksbehandling\\?status=RECEIVED$`), { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.desk);
    const inbox = page.getByTestId("desk-inbox");
    // Only new cases (their number may change meanwhile: other journeys submit and triage on the same server).
    for (const status of await inbox.locator("tbody tr td:nth-child(3)").allTextContents()) expect(status).toBe(t.received);
    const row = inbox.getByRole("row").filter({ hasText: WAITING_CASE });
    await expect(row).toBeVisible();
    await row.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(WAITING_CASE);
  });
}
