// Fees and travel claims (issue 16 item 3), by role and label, nynorsk and bokmål: the user representative reaches
// "Honorar" from home, claims for a meeting the attendance register shows them at (meeting hours prefilled), the
// secretariat approves it, and the payroll CSV holds it with the right sums (example rates: 900 kr per meeting hour,
// 600 kr per preparation hour, 5,30 kr per km). axe on every page. Not a layout journey: desktop only.
import { expect, test, type Browser } from "@playwright/test";
import { nb } from "@/lib/i18n/messages/nb";
import { nn } from "@/lib/i18n/messages/nn";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "@/prisma/seed";
import { expectNoAxeViolations } from "./axe";

async function signIn(browser: Browser, who: DemoUserKey, prefix: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${prefix}/logg-inn`);
  await page.getByLabel("E-postadresse").fill(DEMO_USERS[who].email);
  await page.getByLabel("Passord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByTestId("account")).toBeVisible({ timeout: 30_000 });
  return { context, page };
}

for (const { lang, prefix, all, index } of [
  { lang: "nn", prefix: "", all: nn, index: 0 },
  { lang: "nb", prefix: "/nb", all: nb, index: 1 },
] as const) {
  test(`a user representative claims a fee, the secretariat approves it, the payroll export has it (${lang})`, async ({ browser }, info) => {
    test.skip(info.project.name === "phone", "not a layout journey");
    test.setTimeout(240_000);
    const f = all.fees;
    const rep = await signIn(browser, "userRep", prefix);
    await rep.page.goto(`${prefix}/mitt-saman`);
    await rep.page.getByRole("region", { name: f.page.title }).getByRole("link").click();
    await expect(rep.page).toHaveURL(new RegExp(`${prefix}/mine-honorar$`), { timeout: 30_000 });
    await expect(rep.page.getByRole("heading", { level: 1 })).toHaveText(f.page.title);
    // nn takes the newest meeting not yet claimed, nb the next one (never the same claim).
    const open = rep.page.getByTestId("fee-meetings").getByRole("listitem").filter({ has: rep.page.locator('[data-status="NONE"]') });
    const meetingId = (await open.nth(index).getAttribute("data-meeting"))!;
    // By its meeting from here: once sent, the claim is no longer "not claimed".
    const item = rep.page.locator(`[data-meeting="${meetingId}"]`);
    await item.locator("summary").click();
    await expect(item.getByLabel(f.form.meetingHours)).not.toHaveValue("");
    await item.getByLabel(f.form.meetingHours).fill("2,5");
    await item.getByLabel(f.form.preparationHours).fill("1,5");
    await item.getByLabel(f.form.kilometres).fill("42");
    await item.getByLabel(f.form.expenses).fill("84");
    await item.getByRole("button", { name: f.form.submit }).click();
    await expect(item.getByRole("status")).toHaveText(f.form.saved);
    await expect(item.getByRole("status")).toBeFocused();
    await expectNoAxeViolations(rep.page);
    await rep.page.reload();
    await expect(rep.page.locator(`[data-meeting="${meetingId}"]`).getByTestId("fee-status")).toHaveText(f.page.status.SUBMITTED);
    await rep.context.close();

    const staff = await signIn(browser, "secretariat", prefix);
    await staff.page.goto(`${prefix}/admin/honorar`);
    const waiting = staff.page.getByTestId("fees-waiting").getByRole("listitem").filter({ hasText: "3456,60 kr" }).first();
    await expect(waiting).toBeVisible();
    await expectNoAxeViolations(staff.page);
    const claimant = await waiting.getByRole("heading", { level: 3 }).innerText();
    await waiting.getByLabel(f.admin.approve).check();
    await waiting.getByRole("button", { name: f.admin.submit }).click();
    await expect(staff.page.getByRole("status").filter({ hasText: f.admin.saved })).toBeFocused();

    const year = new Date().getFullYear();
    const response = await staff.page.request.get(`/api/honorar/eksport?fra=${year - 1}-01-01&til=${year}-12-31&lang=${lang}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const csv = await response.text();
    expect(csv).toContain(f.csv.header.join(";"));
    // 2,5 h × 900 + 1,5 h × 600 + 42 km × 5,30 + 84 kr = 3456,60 kr
    expect(csv.split("\r\n").some((line) => line.includes(`;${claimant};`) && line.includes(";2,5;1,5;42;84,00;3456,60;"))).toBe(true);
    await staff.context.close();

    // Nobody else gets the export.
    const rep2 = await signIn(browser, "userRep", prefix);
    expect((await rep2.page.request.get(`/api/honorar/eksport?fra=${year}-01-01&til=${year}-12-31`)).status()).toBe(403);
    await rep2.context.close();
  });
}
