// The case journey in both languages: a partner contact submits a case (error summary first, then a receipt with
// its reference), the secretariat assesses it, schedules it on a planned SSU meeting and records the decision on the
// case desk (the desk's own outcome form; the agenda builder's decision UI lives on another branch), and the private
// status link in the receipt e-mail shows the decision – no sign-in, no internal fields. Every page is axe-checked.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { getTranslator } from "@/lib/i18n";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "../../prisma/seed";
import { expectNoAxeViolations } from "./axe";
import { waitForMail } from "./mailbox";
import { skipUnlessRunInLanguage } from "./matrix";
const nn = getTranslator("nn");
const nb = getTranslator("nb");

test.describe.configure({ timeout: 180_000 });

async function signedIn(browser: Browser, who: DemoUserKey): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/logg-inn");
  await page.getByLabel("E-postadresse").fill(DEMO_USERS[who].email);
  await page.getByLabel("Passord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByTestId("account")).toBeVisible();
  return page;
}

const LANGS = [
  {
    lang: "nn",
    prefix: "",
    submit: "Send inn saka",
    summary: "Sjå over dette før du sender",
    received: "Saka er motteken",
    assess: "Start vurdering",
    schedule: "Set på sakslista",
    decide: "Registrer vedtak (konsensus)",
    decided: "Vedteken",
    statuses: ["Under vurdering", "Sett på saksliste", "Vedteken"],
    decision: "Vedtaket",
    measures: "Knyt til tiltak i handlingsplanen",
    confirm: /Eg stadfestar/,
    title: "Tittel",
    description: "Kva gjeld saka?",
  },
  {
    lang: "nb",
    prefix: "/nb",
    submit: "Send inn saken",
    summary: "Se over dette før du sender",
    received: "Saken er mottatt",
    assess: "Start vurdering",
    schedule: "Sett på sakslisten",
    decide: "Registrer vedtak (konsensus)",
    decided: "Vedtatt",
    statuses: ["Under vurdering", "Satt på saksliste", "Vedtatt"],
    decision: "Vedtaket",
    measures: "Knytt til tiltak i handlingsplanen",
    confirm: /Jeg bekrefter/,
    title: "Tittel",
    description: "Hva gjelder saken?",
  },
] as const;

for (const t of LANGS) {
  test(`${t.lang}: a partner submits a case, the secretariat schedules and decides it, the status link shows the decision`, async ({ browser }, info) => {
    skipUnlessRunInLanguage(info, t.lang);
    const stamp = `${t.lang}-${info.project.name}-${Date.now()}`;
    const contact = `kontakt-${stamp}@askoy.example.no`;
    const title = `Felles rutine for utskriving ${stamp}`;

    // 1. The partner's form: an empty submit gives the error summary linking to the fields.
    const partner = await signedIn(browser, "partner");
    await partner.goto(`${t.prefix}/meld-inn-sak`);
    await expect(partner.locator("html")).toHaveAttribute("lang", t.lang);
    await expectNoAxeViolations(partner);
    await partner.getByLabel(t.title, { exact: true }).fill("");
    await partner.getByRole("button", { name: t.submit }).click();
    const summary = partner.getByTestId("error-summary");
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(t.summary);
    await expect(summary.getByRole("link").first()).toHaveAttribute("href", /^#case-/);
    await expect(partner.locator("#case-title")).toHaveAttribute("aria-describedby", /case-title-error/);
    await expectNoAxeViolations(partner);

    // 2. Filled in: a receipt with the reference, only after the case is stored.
    const ssu = await partner.locator("#case-targetBodyId option", { hasText: "Strategisk" }).first().getAttribute("value");
    await partner.locator("#case-targetBodyId").selectOption(ssu!);
    await partner.getByLabel(t.title, { exact: true }).fill(title);
    await partner.getByLabel(t.description).fill("Kommunane og sjukehuset treng ein felles rutine for utskriving av skrøpelege eldre.");
    await partner.locator("#case-contactEmail").fill(contact);
    await partner.locator("#case-priorityGroups input[value=FRAIL_ELDERLY]").check();
    await partner.getByLabel(t.confirm).check();
    await partner.getByRole("button", { name: t.submit }).click();
    await expect(partner.getByTestId("case-receipt")).toContainText(t.received);
    const reference = (await partner.getByTestId("case-reference").textContent())!.trim();
    expect(reference).toMatch(/^SAK-\d{4}-\d{4}$/);
    await expectNoAxeViolations(partner);

    // 3. The receipt e-mail carries the private status link.
    const receipt = await waitForMail({ to: contact, subject: new RegExp(reference) });
    const link = /https?:\/\/\S+\/sak\/status\/[A-Za-z0-9_-]+/.exec(receipt.text)?.[0];
    expect(link).toBeDefined();
    const statusPath = new URL(link!).pathname;
    expect(statusPath.startsWith(t.prefix ? "/nb/sak/status/" : "/sak/status/")).toBe(true);

    // 4. The secretariat finds it on the desk, assesses it, schedules it on a planned SSU meeting and decides it.
    const desk = await signedIn(browser, "secretariat");
    // Issue 15: "Vedteken" presumes the meeting has started. The secretariat registers today's SSU meeting (from
    // 00:00, after the fact) and sends its notice, so the desk schedules the case on a meeting that has begun.
    const a = getTranslator(t.lang, "meetingAdmin");
    await desk.goto(`${t.prefix}/admin/moter/ny?organ=ssu`);
    const newMeeting = desk.locator("#new-meeting");
    await newMeeting.getByLabel(a("fields.date")).fill(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date()));
    await newMeeting.getByLabel(a("fields.startTime")).fill("00:00");
    await newMeeting.getByLabel((t.lang === "nn" ? nn : nb)("meetingFlow.afterTheFact")).check();
    await newMeeting.getByRole("button", { name: a("buttons.create") }).click();
    await expect(desk).toHaveURL(/\/admin\/moter\/(?!ny$)[a-z0-9]+$/);
    // The notice leaves from its preview, after the confirmation (issue 15 item 4).
    await desk.goto(`${desk.url()}/innkalling`);
    await desk.getByTestId("confirm-notice").getByRole("button").click();
    await expect(desk.getByTestId("notice-sent")).toBeVisible({ timeout: 60_000 });
    await desk.goto(`${t.prefix}/saksbehandling?q=${encodeURIComponent(reference)}`);
    await expectNoAxeViolations(desk);
    await desk.getByRole("link", { name: reference }).click();
    await expect(desk.getByRole("heading", { level: 1 })).toContainText(reference);
    await expectNoAxeViolations(desk);
    await desk.getByRole("button", { name: t.assess }).click();
    await expect(desk.getByTestId("case-outcome")).toBeVisible();
    await desk.getByRole("button", { name: t.schedule }).click();
    await expect(desk.getByTestId("case-number")).toContainText("SSU");
    await expectNoAxeViolations(desk);
    // The desk links the decision to action-plan measures, as the meeting admin does (one decision mutation).
    await desk.getByRole("group", { name: t.measures }).getByRole("checkbox").first().check();
    await desk.getByLabel(t.decision, { exact: true }).fill(`Utvalet sluttar seg til rutinen ${stamp}.`);
    await desk.getByRole("button", { name: t.decide }).click();
    await expect(desk.getByTestId("case-status")).toHaveText(t.decided);
    await expect(desk.getByTestId("case-outcome")).toBeVisible();
    await expectNoAxeViolations(desk);

    // 5. The status link, without signing in: status, decision and route – never internal fields.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(statusPath);
    await expect(visitor.getByTestId("case-status")).toHaveText(t.decided);
    await expect(visitor.getByTestId("case-decision")).toContainText(`Utvalet sluttar seg til rutinen ${stamp}.`);
    await expect(visitor.getByTestId("case-number")).toContainText("SSU");
    await expect(visitor.getByTestId("desk-comments")).toHaveCount(0);
    await expectNoAxeViolations(visitor);

    // 6. A mail for every status change.
    for (const status of t.statuses) {
      await waitForMail({ to: contact, subject: new RegExp(`${reference}: ${status}`) });
    }

    // 7. The partner's own list has it.
    await partner.goto(`${t.prefix}/mine-saker`);
    await expect(partner.getByTestId("own-cases")).toContainText(reference);
    await expectNoAxeViolations(partner);
  });
}

test("an anonymous visitor is told how to get an account and to sign in", async ({ page }) => {
  await page.goto("/meld-inn-sak");
  await expect(page.getByTestId("case-access")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Logg inn" })).toHaveAttribute("href", `/logg-inn?callbackUrl=${encodeURIComponent("/meld-inn-sak")}`);
  await expect(page.getByRole("main").getByRole("link", { name: /sekretariatet/ })).toHaveAttribute("href", "/kontakt");
  await expect(page.locator("form textarea")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("an unknown status link and an unpublished case show nothing", async ({ page }) => {
  await page.goto("/sak/status/not-a-real-token-not-a-real-token");
  await expect(page.getByTestId("case-status-missing")).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await page.goto("/sak/finst-ikkje"))?.status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts to the server: errors rendered by the server, then the receipt", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/logg-inn");
    await page.getByLabel("E-postadresse").fill(DEMO_USERS.partner.email);
    await page.getByLabel("Passord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await expect(page.getByTestId("account")).toBeVisible();
    await page.goto("/meld-inn-sak");
    await page.locator("#case-title").fill("Sak om pasient 024607 76352");
    await page.getByRole("button", { name: "Send inn saka" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: /Kva organ/ })).toHaveAttribute("href", "#case-targetBodyId");
    await expect(page.locator("#case-noPatientData-error")).toHaveCount(1);
    await expect(page.locator("#case-title-error")).toContainText("fødselsnummer");

    const ssu = await page.locator("#case-targetBodyId option", { hasText: "Strategisk" }).first().getAttribute("value");
    await page.locator("#case-targetBodyId").selectOption(ssu!);
    await page.locator("#case-title").fill("Samarbeid om legevakt utan JavaScript");
    await page.locator("#case-description").fill("Ei sak sendt inn med eit vanleg skjema, utan JavaScript i nettlesaren.");
    await page.locator("#case-noPatientData").check();
    await page.getByRole("button", { name: "Send inn saka" }).click();
    await expect(page.getByTestId("case-reference")).toHaveText(/^SAK-\d{4}-\d{4}$/);
    await context.close();
  });
});
