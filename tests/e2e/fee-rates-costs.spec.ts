// Fee rates and the yearly cost report (issue 16 item 3; the spec's economy section – no rule id: shared costs 50/50
// between the specialist service and the municipalities, the municipal half by an agreed key), by role and label, nn
// and nb, axe on every page. The secretariat opens the rates from the fee desk, is refused a period that overlaps the
// open example rate (the message names it), adds a rate that fits, sees it in the table; then opens the year's cost
// report: the example key is marked, and the report's total is the sum of the year's approved claims in the payroll
// export, the two halves and the municipalities' parts adding up to it. Phone: the two pages at 320 px.
import { expect, test } from "@playwright/test";
import { getTranslator } from "@/lib/i18n";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";
import { skipUnlessRunInLanguage } from "./matrix";
const nn = getTranslator("nn");
const nb = getTranslator("nb");


/** "1234,56" → øre. */
const ore = (text: string) => Math.round(Number(text.trim().replace(/\s/g, "").replace(",", ".")) * 100);

for (const { lang, prefix, all, period } of [
  { lang: "nn", prefix: "", all: nn, period: { from: "2026-01-01", to: "2026-06-30", shown: "1. januar 2026" } },
  { lang: "nb", prefix: "/nb", all: nb, period: { from: "2026-07-01", to: "2026-12-31", shown: "1. juli 2026" } },
] as const) {
  test(`the secretariat adds a fee rate and reads the year's cost report (${lang})`, async ({ browser }, info) => {
    test.skip(info.project.name === "phone", "the layout run is below");
    skipUnlessRunInLanguage(info, lang);
    test.setTimeout(180_000);
    const f = getTranslator(lang, "fees");
    const { context, page } = await signIn(browser, "secretariat", prefix);
    await page.goto(`${prefix}/admin/honorar`);
    await page.getByRole("link", { name: f("rates.link") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(f("rates.title"));
    await expect(page.getByTestId("rate-table").getByRole("row").filter({ hasText: f("rates.example") }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // A bounded 2025 GP meeting-hour rate lies inside the open example rate: refused, the clash named, values kept.
    await page.getByLabel(f("admin.seat"), { exact: true }).selectOption({ label: all("labels.seat.GP") });
    await page.getByLabel(f("admin.kind"), { exact: true }).selectOption({ label: f("admin.rateKind.MEETING_HOUR") });
    await page.getByLabel(f("admin.amount"), { exact: true }).fill("950");
    await page.getByLabel(f("rates.validFromLabel"), { exact: true }).fill("2025-01-01");
    await page.getByLabel(f("rates.validToLabel"), { exact: true }).fill("2025-12-31");
    await page.getByRole("button", { name: f("rates.submit") }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(f("rates.overlapOpen"));
    await expect(page.getByLabel(f("rates.validFromLabel"), { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(f("admin.amount"), { exact: true })).toHaveValue("950");
    await expect(page.getByLabel(f("admin.seat"), { exact: true })).toHaveValue("GP");
    await expectNoAxeViolations(page);

    // An amount of 0 is refused at the field.
    await page.getByLabel(f("admin.seat"), { exact: true }).selectOption({ label: all("labels.seat.EMPLOYEE_STATE") });
    await page.getByLabel(f("admin.kind"), { exact: true }).selectOption({ label: f("admin.rateKind.KILOMETRE") });
    await page.getByLabel(f("admin.amount"), { exact: true }).fill("0");
    await page.getByLabel(f("rates.validFromLabel"), { exact: true }).fill(period.from);
    await page.getByLabel(f("rates.validToLabel"), { exact: true }).fill(period.to);
    await page.getByRole("button", { name: f("rates.submit") }).click();
    await expect(page.getByText(f("errors.field.positive")).first()).toBeVisible();

    // A rate that fits is saved and listed, not as an example.
    await page.getByLabel(f("admin.amount"), { exact: true }).fill("4,50");
    await page.getByRole("button", { name: f("rates.submit") }).click();
    await expect(page.getByRole("status").filter({ hasText: f("rates.saved") })).toBeFocused();
    const row = page.getByTestId("rate-table").getByRole("row").filter({ hasText: all("labels.seat.EMPLOYEE_STATE") }).filter({ hasText: period.shown });
    await expect(row).toContainText("4,50");
    await expect(row).toContainText(f("rates.agreed"));
    await expectNoAxeViolations(page);

    // The year's cost report, from the fee desk.
    const year = new Date().getFullYear();
    await page.goto(`${prefix}/admin/honorar`);
    await page.getByRole("link", { name: f("costs.link") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${f("costs.title")} ${year}`);
    await expect(page.getByTestId("example-key")).toHaveText(f("costs.exampleKey"));
    await expectNoAxeViolations(page);
    const cell = (table: string, name: string) => page.getByTestId(table).getByRole("row", { name: new RegExp(`^${name.replace(/[()]/g, "\\$&")}`) }).getByRole("cell");
    const total = ore(await cell("cost-totals", f("costs.total")).innerText());
    const specialist = ore(await cell("cost-split", f("costs.specialist")).innerText());
    const municipal = ore(await cell("cost-split", f("costs.municipal")).innerText());
    expect(specialist + municipal).toBe(total);
    const parts = await page.getByTestId("cost-key").locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.lastElementChild?.textContent ?? ""));
    expect(parts).toHaveLength(18);
    expect(parts.map(ore).reduce((s, x) => s + x, 0)).toBe(municipal);

    // The total is the sum of the year's approved claims in the payroll export.
    const exported = await (await page.request.get(`/api/honorar/eksport?fra=${year}-01-01&til=${year}-12-31&lang=${lang}`)).text();
    const sums = exported.replace(/^\uFEFF/, "").split("\r\n").slice(1).filter(Boolean).map((line) => ore(line.split(";")[8]!));
    expect(sums.reduce((s, x) => s + x, 0)).toBe(total);
    const csv = await page.request.get(`/api/honorar/kostnader?ar=${year}&lang=${lang}`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain(f.raw("costs.csvHeader").join(";"));
    await context.close();
  });
}

test("the rate and cost pages fit a 320 px phone and pass axe", async ({ browser }, info) => {
  test.skip(info.project.name !== "phone", "layout run");
  test.setTimeout(120_000);
  const { context, page } = await signIn(browser, "secretariat");
  for (const path of ["/admin/honorar/satsar", "/nb/admin/honorar/kostnader"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/fees3-${path.replace(/\W+/g, "-")}.png`, fullPage: true });
  }
  await context.close();
});
