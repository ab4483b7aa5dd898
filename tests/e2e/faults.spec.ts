// Forms survive faults (issue 17 item 2): the portal's database goes away (the e2e server's TCP proxy cuts every
// connection) just as a partner submits a case. The form answers in the user's language, keeps what was typed and
// its idempotency key, the outcome message takes the focus, and trying again once the database is back makes exactly
// one case. The case form's local draft survives a reload. Runs in its own project after all other journeys.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed";
import { expectNoAxeViolations } from "./axe";
import { waitForMail } from "./mailbox";

const CONTROL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 2001}`;
const database = (state: "down" | "up") => fetch(`${CONTROL}/db/${state}`, { method: "POST" });

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.afterEach(async () => {
  await database("up");
});

// The hospital's partner contact, from an address of its own: every other journey submits as Askøy's contact from
// 127.0.0.1, and the case quota (SUBMIT_LIMITS, per user and per address and hour) would refuse a retry here.
async function partner(browser: Browser, prefix: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77" } });
  const page = await context.newPage();
  await page.goto(`${prefix}/logg-inn`);
  await page.locator("#email").fill(DEMO_USERS.hospitalPartner.email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("form button[type=submit]").click();
  await expect(page.getByTestId("account")).toBeVisible();
  return page;
}

async function fillCase(page: Page, title: string, contact: string) {
  const ssu = await page.locator("#case-targetBodyId option", { hasText: "Strategisk" }).first().getAttribute("value");
  await page.locator("#case-targetBodyId").selectOption(ssu!);
  await page.locator("#case-title").fill(title);
  await page.locator("#case-description").fill("Kommunane og sjukehuset treng ein felles rutine for utskriving av skrøpelege eldre.");
  await page.locator("#case-contactEmail").fill(contact);
  await page.locator("#case-priorityGroups input[value=FRAIL_ELDERLY]").check();
  await page.locator("#case-noPatientData").check();
}

const LANGS = [
  { lang: "nn", prefix: "", unavailable: "Vi fekk ikkje kontakt med databasen. Det du skreiv er teke vare på – prøv igjen.", received: "Saka er motteken", restored: "Vel filene på nytt".toLowerCase() },
  { lang: "nb", prefix: "/nb", unavailable: "Vi fikk ikke kontakt med databasen. Det du skrev er tatt vare på – prøv igjen.", received: "Saken er mottatt", restored: "velg filene på nytt" },
] as const;

for (const t of LANGS) {
  test(`${t.lang}: the database goes away during a case submission – the text stays, retry makes exactly one case`, async ({ browser }) => {
    const stamp = `${t.lang}-${Date.now()}`;
    const title = `Utskriving under straumbrot ${stamp}`;
    const contact = `feil-${stamp}@haraldsplass.example.no`;
    const page = await partner(browser, t.prefix);
    await page.goto(`${t.prefix}/meld-inn-sak`);
    await fillCase(page, title, contact);
    const key = await page.locator("input[name=idempotencyKey]").inputValue();

    await database("down");
    await page.getByTestId("case-submit").click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toContainText(t.unavailable);
    await expect(summary).toBeFocused();
    // What was typed, and the key that makes a retry the same case, are still in the form.
    await expect(page.locator("#case-title")).toHaveValue(title);
    await expect(page.locator("#case-contactEmail")).toHaveValue(contact);
    await expect(page.locator("input[name=idempotencyKey]")).toHaveValue(key);
    await expectNoAxeViolations(page);

    await database("up");
    await page.getByTestId("case-submit").click();
    const receipt = page.getByTestId("case-receipt");
    await expect(receipt).toContainText(t.received);
    // The outcome message takes the focus after the save.
    await expect(receipt.getByRole("status")).toBeFocused();
    const reference = (await page.getByTestId("case-reference").textContent())!.trim();

    // Exactly one case: the partner's list shows the title once, and one receipt arrives.
    await page.goto(`${t.prefix}/mine-saker`);
    await expect(page.getByText(title, { exact: false })).toHaveCount(1);
    await waitForMail({ to: contact, subject: new RegExp(reference) });
  });

  test(`${t.lang}: the case form's draft survives a reload and is gone after the case went in`, async ({ browser }) => {
    const stamp = `draft-${t.lang}-${Date.now()}`;
    const title = `Utkast ${stamp}`;
    const page = await partner(browser, t.prefix);
    await page.goto(`${t.prefix}/meld-inn-sak`);
    await fillCase(page, title, `utkast-${stamp}@haraldsplass.example.no`);
    const key = await page.locator("input[name=idempotencyKey]").inputValue();
    await page.reload();
    const notice = page.getByTestId("draft-restored");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(new RegExp(t.restored, "i"));
    await expect(page.locator("#case-title")).toHaveValue(title);
    await expect(page.locator("input[name=idempotencyKey]")).toHaveValue(key);
    await expectNoAxeViolations(page);
    await page.locator("#case-noPatientData").check();
    await page.getByTestId("case-submit").click();
    await expect(page.getByTestId("case-receipt")).toContainText(t.received);
    await page.goto(`${t.prefix}/meld-inn-sak`);
    await expect(page.locator("#case-title")).toHaveValue("");
    await expect(page.getByTestId("draft-restored")).toHaveCount(0);
  });
}

test("focus moves to the outcome message after a save: password reset request", async ({ page }) => {
  await page.goto("/logg-inn/gloymt-passord");
  await page.locator("#email").fill(DEMO_USERS.partner.email);
  await page.locator("form button[type=submit]").click();
  await expect(page.getByRole("status").filter({ hasText: "Dersom det finst ein brukar" })).toBeFocused();
  // The reset mail is delivered from the outbox by the worker.
  await waitForMail({ to: DEMO_USERS.partner.email, subject: /./, text: /nytt-passord\?token=/ });
});
