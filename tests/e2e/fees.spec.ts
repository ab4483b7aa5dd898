// Fees and travel claims (issue 16 item 3), by role and label, nynorsk and bokmål: the user representative reaches
// "Honorar" from home, claims for a meeting the attendance register shows them at (meeting hours prefilled) with a
// toll amount – refused without a receipt (the error on the receipts field, what was typed kept), sent with one – the
// secretariat opens the claim, downloads the receipt (attachment, nosniff, no-store, the very bytes), approves it, and
// the payroll CSV holds it with the right sums (example rates: 900 kr per meeting hour, 600 kr per preparation hour,
// 5,30 kr per km) and its receipt count. Another signed-in user and an anonymous visitor get 404 on the receipt.
// axe on every page. The journey runs on desktop; the claim form's layout is checked once on the phone project.
import { expect, test } from "@playwright/test";
import { getTranslator } from "@/lib/i18n";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";
import { skipUnlessRunInLanguage } from "./matrix";

/** A 1×1 PNG and a tiny valid PDF: receipts the content check accepts. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

for (const { lang, prefix, index, receipt } of [
  { lang: "nn", prefix: "", index: 0, receipt: { name: "bompengar-nn.png", mimeType: "image/png", buffer: PNG } },
  { lang: "nb", prefix: "/nb", index: 1, receipt: { name: "bompenger-nb.pdf", mimeType: "application/pdf", buffer: PDF } },
] as const) {
  test(`a user representative claims a fee, the secretariat approves it, the payroll export has it (${lang})`, async ({ browser }, info) => {
    test.skip(info.project.name === "phone", "not a layout journey");
    skipUnlessRunInLanguage(info, lang);
    test.setTimeout(240_000);
    const f = getTranslator(lang, "fees");
    const rep = await signIn(browser, "userRep", prefix);
    await rep.page.goto(`${prefix}/mitt-saman`);
    await rep.page.getByRole("region", { name: f("page.title") }).getByRole("link").click();
    await expect(rep.page).toHaveURL(new RegExp(`${prefix}/mine-honorar$`), { timeout: 30_000 });
    await expect(rep.page.getByRole("heading", { level: 1 })).toHaveText(f("page.title"));
    // nn takes the newest meeting not yet claimed, nb the next one (never the same claim).
    const open = rep.page.getByTestId("fee-meetings").getByRole("listitem").filter({ has: rep.page.locator('[data-status="NONE"]') });
    const meetingId = (await open.nth(index).getAttribute("data-meeting"))!;
    // By its meeting from here: once sent, the claim is no longer "not claimed".
    const item = rep.page.locator(`[data-meeting="${meetingId}"]`);
    await item.locator("summary").click();
    await expect(item.getByLabel(f("form.meetingHours"))).not.toHaveValue("");
    await item.getByLabel(f("form.meetingHours")).fill("2,5");
    await item.getByLabel(f("form.preparationHours")).fill("1,5");
    await item.getByLabel(f("form.kilometres")).fill("42");
    await item.getByLabel(f("form.expenses")).fill("84");
    // Tolls without a receipt: refused, the error on the receipts field, the summary says it, what was typed kept.
    await item.getByRole("button", { name: f("form.submit") }).click();
    const summary = item.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(f("errors.field.receiptRequired"));
    const receipts = item.getByLabel(f("form.receipts"), { exact: true });
    await expect(receipts).toHaveAttribute("aria-invalid", "true");
    await expect(receipts).toHaveAccessibleDescription(new RegExp(f("errors.field.receiptRequired").replace(/[.()]/g, "\\$&")));
    await expect(item.getByLabel(f("form.kilometres"))).toHaveValue("42");
    await expect(item.getByLabel(f("form.expenses"))).toHaveValue("84");
    await expectNoAxeViolations(rep.page);
    // With the receipt it goes through.
    await receipts.setInputFiles(receipt);
    await item.getByRole("button", { name: f("form.submit") }).click();
    await expect(item.getByRole("status")).toHaveText(f("form.saved"));
    await expect(item.getByRole("status")).toBeFocused();
    await expectNoAxeViolations(rep.page);
    await rep.page.reload();
    const sent = rep.page.locator(`[data-meeting="${meetingId}"]`);
    await expect(sent.getByTestId("fee-status")).toHaveText(f("page.status.SUBMITTED"));
    // The claimant sees the receipt on the claim (file name and size).
    await expect(sent.getByTestId("fee-receipts").getByRole("link", { name: new RegExp(`^${receipt.name} \\(\\d+ B\\)$`) })).toBeVisible();
    await rep.context.close();

    const staff = await signIn(browser, "secretariat", prefix);
    await staff.page.goto(`${prefix}/admin/honorar`);
    const waiting = staff.page.getByTestId("fees-waiting").getByRole("listitem").filter({ hasText: "3456,60 kr" }).filter({ hasText: receipt.name }).first();
    await expect(waiting).toBeVisible();
    await expectNoAxeViolations(staff.page);
    // The secretariat opens the receipt before deciding: the very bytes, as a download that is never sniffed or cached.
    const link = waiting.getByRole("link", { name: new RegExp(`^${receipt.name} `) });
    const receiptUrl = (await link.getAttribute("href"))!;
    expect(receiptUrl).toMatch(/^\/api\/honorar\/kvittering\/[A-Za-z0-9_-]+$/);
    const download = await staff.page.request.get(receiptUrl);
    expect(download.status()).toBe(200);
    const headers = download.headers();
    expect(headers["content-type"]).toBe(receipt.mimeType);
    expect(headers["content-disposition"]).toMatch(new RegExp(`^attachment; filename="${receipt.name}"`));
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["cache-control"]).toContain("no-store");
    expect(headers["cache-control"]).toContain("private");
    expect(Buffer.compare(await download.body(), receipt.buffer)).toBe(0);
    const claimant = await waiting.getByRole("heading", { level: 3 }).innerText();
    await waiting.getByLabel(f("admin.approve")).check();
    await waiting.getByRole("button", { name: f("admin.submit") }).click();
    await expect(staff.page.getByRole("status").filter({ hasText: f("admin.saved") })).toBeFocused();

    const year = new Date().getFullYear();
    const response = await staff.page.request.get(`/api/honorar/eksport?fra=${year - 1}-01-01&til=${year}-12-31&lang=${lang}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const csv = await response.text();
    expect(csv).toContain(f.raw("csv.header").join(";"));
    // 2,5 h × 900 + 1,5 h × 600 + 42 km × 5,30 + 84 kr = 3456,60 kr
    // …with its receipt counted in the last column.
    expect(csv.split("\r\n").some((line) => line.includes(`;${claimant};`) && line.includes(";2,5;1,5;42;84,00;3456,60;") && line.endsWith(";1"))).toBe(true);
    await staff.context.close();

    // Nobody else gets the export; another signed-in fee claimant and an anonymous visitor get 404 on the receipt.
    const rep2 = await signIn(browser, "userRep", prefix);
    expect((await rep2.page.request.get(`/api/honorar/eksport?fra=${year}-01-01&til=${year}-12-31`)).status()).toBe(403);
    await rep2.context.close();
    const gp = await signIn(browser, "gp", prefix);
    const denied = await gp.page.request.get(receiptUrl);
    expect(denied.status()).toBe(404);
    expect(denied.headers()["content-disposition"]).toBeUndefined();
    await gp.context.close();
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get(receiptUrl)).status()).toBe(404);
    await anonymous.close();
  });
}

// The claim form at phone width (the phone project's 320 px; also checked at 360 px): no sideways scrolling, axe clean,
// with the GP's returned claim open – its attached receipt offered for removal and the file input.
test("the claim form fits a phone and is axe clean", async ({ browser }, info) => {
  test.skip(info.project.name !== "phone", "a layout check");
  const f = getTranslator("nn", "fees");
  const gp = await signIn(browser, "gp", "");
  for (const width of [320, 360]) {
    await gp.page.setViewportSize({ width, height: 800 });
    await gp.page.goto("/mine-honorar");
    const returned = gp.page.getByTestId("fee-meetings").getByRole("listitem").filter({ has: gp.page.locator('[data-status="RETURNED"]') });
    await expect(returned.getByLabel(f("form.receipts"), { exact: true })).toBeVisible();
    await expect(returned.getByRole("group", { name: f("form.attached") })).toBeVisible();
    await expect(returned.getByTestId("fee-receipts").getByRole("link", { name: /^kvittering-bompengar\.pdf / })).toBeVisible();
    expect(await gp.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await expectNoAxeViolations(gp.page);
    await returned.screenshot({ path: info.outputPath(`claim-form-${width}.png`) });
  }
  await gp.context.close();
});
