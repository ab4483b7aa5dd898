// Issue 20 item 1: the open-data page, reached from the footer in nn and nb, describes the API and its licence
// (NLOD 2.0); the API it describes answers from the browser: JSON from /api/v1 and the OpenAPI 3.1 document. Item 2:
// the document journal is reached from the footer too and offers its month as CSV.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const cases = [
  { lang: "nn", home: "/", link: "Opne data (API)", heading: "Opne data", licence: "Norsk lisens for offentlege data (NLOD) 2.0", journal: "Offentleg journal", month: "Månad" },
  { lang: "nb", home: "/nb", link: "Åpne data (API)", heading: "Åpne data", licence: "Norsk lisens for offentlige data (NLOD) 2.0", journal: "Offentlig journal", month: "Måned" },
] as const;

for (const c of cases) {
  test(`open data (${c.lang}): from the footer to the page, the licence and a live API answer`, async ({ page, request }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "no layout of its own beyond the article column");
    await page.goto(c.home);
    await page.getByRole("contentinfo").getByRole("link", { name: c.link }).click();
    await expect(page.getByRole("heading", { level: 1, name: c.heading })).toBeVisible();
    await expect(page.getByRole("link", { name: c.licence })).toHaveAttribute("href", /data\.norge\.no\/nlod/);
    await expect(page.getByText("/api/v1/meetings", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    const meetings = await request.get("/api/v1/meetings?body=ssu&limit=2");
    expect(meetings.status()).toBe(200);
    expect(meetings.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await meetings.json()) as { data: { bodyId: string }[]; nextCursor: string | null };
    expect(body.data).toHaveLength(2);
    // Deviation statistics (suppressed as in the annual report): finished years only, counts with their kind.
    const deviations = await request.get("/api/v1/deviation-statistics");
    expect(deviations.status()).toBe(200);
    const years = ((await deviations.json()) as { data: { year: number; total: { kind: string } }[] }).data;
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((y) => y.year < new Date().getFullYear() && ["exact", "lessThan", "withheld"].includes(y.total.kind))).toBe(true);
    const openapi = await request.get("/api/v1/openapi.json");
    expect(((await openapi.json()) as { openapi: string }).openapi).toBe("3.1.0");
    const missing = await request.get("/api/v1/finst-ikkje");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-type"]).toBe("application/problem+json");

    // Item 2: the journal, also from the footer – a month of registered documents and its CSV.
    await page.getByRole("contentinfo").getByRole("link", { name: c.journal }).click();
    await expect(page.getByRole("heading", { level: 1, name: c.journal })).toBeVisible();
    await expect(page.getByLabel(c.month)).toBeVisible();
    await expect(page.getByRole("table")).toBeVisible();
    await expectNoAxeViolations(page);
    const csvLink = page.getByRole("link", { name: /CSV/ });
    const csv = await request.get((await csvLink.getAttribute("href"))!);
    expect(csv.headers()["content-type"]).toContain("text/csv");
  });
}
