// Every page of the UI shell, in both languages, has no axe-detectable WCAG 2.1 A/AA violations – on the desktop
// and on the 320 px phone project (playwright.config.ts).
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signInOnPage } from "./sign-in";
import { languageOfPath, skipUnlessRunInLanguage } from "./matrix";

const pages: { path: string; status: number }[] = [
  { path: "/", status: 200 },
  { path: "/nb", status: 200 },
  { path: "/om", status: 200 },
  { path: "/nb/om", status: 200 },
  { path: "/tilgjengelegheit", status: 200 },
  { path: "/nb/tilgjengelegheit", status: 200 },
  { path: "/logg-inn", status: 200 },
  { path: "/nb/logg-inn", status: 200 },
  { path: "/logg-inn/gloymt-passord", status: 200 },
  { path: "/nb/logg-inn/gloymt-passord", status: 200 },
  { path: "/logg-inn/nytt-passord?token=0123456789abcdef", status: 200 },
  { path: "/nb/logg-inn/nytt-passord", status: 200 },
  // Compliance (secretariat and members; the sign-in notice until sign-in is merged).
  { path: "/samsvar", status: 200 },
  { path: "/nb/samsvar", status: 200 },
  { path: "/samsvar/ssu", status: 200 },
  { path: "/nb/samsvar/omradeutval-voss", status: 200 },
  { path: "/admin/medlemskap/ssu", status: 200 },
  { path: "/nb/admin/medlemskap/ssu", status: 200 },
  // Cooperation deviations: until sign-in exists, what an anonymous visitor gets (the sign-in notice).
  { path: "/avvik", status: 200 },
  { path: "/nb/avvik", status: 200 },
  { path: "/avvik/bergen", status: 200 },
  { path: "/nb/avvik/bergen", status: 200 },
  { path: "/avvik/registrer", status: 200 },
  { path: "/nb/avvik/registrer", status: 200 },
  { path: "/avvik/rapport/2025", status: 200 },
  { path: "/nb/avvik/rapport/2025", status: 200 },
  { path: "/meld-inn-sak", status: 200 },
  { path: "/nb/meld-inn-sak", status: 200 },
  { path: "/sak/status/not-a-real-token-not-a-real-token", status: 200 },
  { path: "/nb/sak/status/not-a-real-token-not-a-real-token", status: 200 },
  { path: "/finst-ikkje", status: 404 },
  { path: "/nb/finst-ikkje", status: 404 },
];

for (const { path, status } of pages) {
  test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }, info) => {
    skipUnlessRunInLanguage(info, languageOfPath(path));
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

// The admin pages, signed in as the demo admin (prisma/seed/users.ts). The case desk is axe-checked in
// tests/e2e/cases.spec.ts (filtered to one case: the full inbox makes axe slow on a busy machine).
const adminPages = ["/admin", "/admin/brukar", "/admin/brukar/ny", "/admin/brukar/seed-user-medlem", "/admin/revisjonslogg", "/admin/utboks", "/meld-inn-sak", "/mine-saker"];
for (const path of [...adminPages, ...adminPages.map((p) => `/nb${p}`)]) {
  test(`${path} (signed in as admin) has no WCAG 2.1 A/AA violations`, async ({ page }, info) => {
    skipUnlessRunInLanguage(info, languageOfPath(path));
    await signInOnPage(page, "admin@saman.example.no");
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

// Membership and compliance as the secretariat sees them (prisma/seed/users.ts): the staff overview, the compliance
// views, the admin page with its forms, the change ("Endre") page, and a body page with the members' compliance summary.
const staffPages = ["/admin", "/samsvar", "/samsvar/ssu", "/admin/medlemskap/ssu", "/admin/medlemskap/ssu/endre/seed-ms-ssu-02", "/ssu", "/omradeutval/voss"];
for (const path of [...staffPages, ...staffPages.map((p) => `/nb${p}`)]) {
  test(`${path} (signed in as secretariat) has no WCAG 2.1 A/AA violations`, async ({ page }, info) => {
    skipUnlessRunInLanguage(info, languageOfPath(path));
    await signInOnPage(page, "secretariat");
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("a refused membership change (the rule's message in the error summary) has no violations", async ({ page }) => {
  await signInOnPage(page, "secretariat");
  await page.goto("/admin/medlemskap/ssu/endre/seed-ms-ssu-02");
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  await page.getByLabel("Representerer").selectOption({ label: "Askøy kommune" });
  await page.getByRole("button", { name: "Lagre endringa" }).click();
  await expect(page.getByTestId("membership-refused")).toBeVisible();
  await expectNoAxeViolations(page);
});

// Cooperation deviations, signed in: the OU member's area overview, the partner contact's registration form (also
// with its field errors), the secretariat's follow-up page and the yearly report.
const lastYear = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric" }).format(new Date())) - 1;
const deviationPages: { path: string; who: string }[] = [
  { path: `/avvik/bergensregionen?ar=${lastYear}`, who: "ou-bergensregionen@saman.example.no" },
  { path: "/avvik/registrer", who: "askoy@saman.example.no" },
  { path: `/avvik/seed-avvik-${lastYear}-01`, who: "sekretariat@saman.example.no" },
  { path: `/avvik/rapport/${lastYear}`, who: "sekretariat@saman.example.no" },
];
for (const { path, who } of [...deviationPages, ...deviationPages.map((p) => ({ ...p, path: `/nb${p.path}` }))]) {
  test(`${path} (signed in as ${who.split("@")[0]}) has no WCAG 2.1 A/AA violations`, async ({ page }, info) => {
    skipUnlessRunInLanguage(info, languageOfPath(path));
    test.setTimeout(120_000); // sign-in (argon2) and up to two axe runs on a busy 2-core machine
    await signInOnPage(page, who as `${string}@${string}`);
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
    if (path.endsWith("/avvik/registrer")) {
      await page.locator("main form button[type=submit]").click();
      await expect(page.locator("#dv-description-error")).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test("the form errors on the sign-in page have no violations", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.locator("form").getByRole("alert")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the skip link, when focused, has no violations either", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.locator(".ds-skip-link")).toBeFocused();
  await expectNoAxeViolations(page);
});

// Every public route from the sitemap, in both languages: all pages without an id, and a sample of at most two of
// each kind with one (bodies, meetings, plans, measures, agreements, news). Desktop only: the phone project runs the
// journeys at 320 px, and the sample keeps the run short.
const KINDS: { name: string; pattern: RegExp; sample: number }[] = [
  { name: "meetings", pattern: /^\/mote\/[^/]+$/, sample: 2 },
  { name: "measures", pattern: /^\/handlingsplan\/tiltak\/[^/]+$/, sample: 2 },
  { name: "plans", pattern: /^\/handlingsplan\/\d{4}$/, sample: 2 },
  { name: "agreements", pattern: /^\/avtalar\/[^/]+$/, sample: 2 },
  { name: "news", pattern: /^\/nyheiter\/[^/]+$/, sample: 2 },
  { name: "area committees", pattern: /^\/omradeutval\/[^/]+$/, sample: 2 },
  { name: "committees", pattern: /^\/utval\/[^/]+$/, sample: 2 },
  { name: "pages", pattern: /^\/[^/]*$/, sample: 100 },
];

async function sitemapPaths(request: import("@playwright/test").APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

for (const kind of KINDS) {
  test(`sitemap routes (${kind.name}) have no WCAG 2.1 A/AA violations in nynorsk and bokmål`, async ({ page, request }, info) => {
    test.skip(info.project.name !== "desktop", "axe over the sitemap runs in the desktop project");
    const paths = await sitemapPaths(request);
    const neutral = (path: string) => path.replace(/^\/nb(?=\/|$)/, "") || "/";
    const matching = [...new Set(paths.map(neutral))].filter(
      (path) => kind.pattern.test(path) && KINDS.find((k) => k.pattern.test(path)) === kind,
    );
    expect(matching.length).toBeGreaterThan(0);
    const sample = matching.slice(0, kind.sample);
    // Two languages per path, each loaded and checked by axe: seconds each on a busy 2-core machine.
    test.setTimeout(60_000 + sample.length * 2 * 10_000);
    for (const path of sample) {
      for (const url of [path, path === "/" ? "/nb" : `/nb${path}`]) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        await expect(page.locator("h1")).toBeVisible();
        await expect(page.locator('meta[name="description"]'), url).toHaveAttribute("content", /\S/);
        expect(await page.title(), url).toMatch(/Saman/);
        await expectNoAxeViolations(page);
      }
    }
  });
}

// The secretariat's editors (action plan, agreements, news), signed in as the demo secretariat user; pages reached
// by following their links, and one form shown with its error summary.
const editorJourneys: { name: string; open: (page: import("@playwright/test").Page, prefix: string) => Promise<void> }[] = [
  { name: "action plan list", open: async (page, prefix) => void (await page.goto(`${prefix}/admin/handlingsplan`)) },
  {
    name: "plan editor",
    open: async (page, prefix) => {
      await page.goto(`${prefix}/admin/handlingsplan`);
      await page.getByTestId("plan-list").getByRole("link").first().click();
      await expect(page.getByTestId("part-1-measures")).toBeVisible();
    },
  },
  {
    name: "new measure",
    open: async (page, prefix) => {
      await page.goto(`${prefix}/admin/handlingsplan`);
      await page.getByTestId("plan-list").getByRole("link").first().click();
      await page.getByRole("link", { name: "Nytt tiltak" }).click();
      await expect(page.getByTestId("measure")).toBeVisible();
    },
  },
  {
    name: "measure editor",
    open: async (page, prefix) => {
      await page.goto(`${prefix}/admin/handlingsplan`);
      await page.getByTestId("plan-list").getByRole("link").first().click();
      await page.getByTestId("part-1-measures").getByRole("link").first().click();
      await expect(page.getByTestId("status")).toBeVisible();
    },
  },
  { name: "agreements list", open: async (page, prefix) => void (await page.goto(`${prefix}/admin/avtalar`)) },
  { name: "agreement editor", open: async (page, prefix) => void (await page.goto(`${prefix}/admin/avtalar/tenesteavtale-5`)) },
  { name: "news list", open: async (page, prefix) => void (await page.goto(`${prefix}/admin/nyheiter`)) },
  {
    name: "news editor",
    open: async (page, prefix) => {
      await page.goto(`${prefix}/admin/nyheiter`);
      await page.getByTestId("news-editor-list").getByRole("link").first().click();
      await expect(page.getByTestId("news-preview")).toBeVisible();
    },
  },
  {
    name: "new news with its error summary",
    open: async (page, prefix) => {
      await page.goto(`${prefix}/admin/nyheiter/ny`);
      await page.getByTestId("news").getByRole("button").click();
      await expect(page.getByTestId("error-summary")).toBeFocused();
    },
  },
];
for (const prefix of ["", "/nb"]) {
  for (const journey of editorJourneys) {
    test(`${prefix || "/"} ${journey.name} (signed in as secretariat) has no WCAG 2.1 A/AA violations`, async ({ page }, info) => {
      skipUnlessRunInLanguage(info, languageOfPath(prefix || "/"));
      test.setTimeout(120_000); // sign-in and one or two navigations before the check
      await signInOnPage(page, "secretariat");
      await journey.open(page, prefix);
      await expect(page.locator("h1")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

// The meeting admin (secretariat): the list, the new-meeting form and one seeded meeting's workspace.
for (const prefix of ["", "/nb"]) {
  test(`${prefix}/admin/moter, /ny and a meeting (signed in as secretariat) have no WCAG 2.1 A/AA violations`, async ({ page }, info) => {
    skipUnlessRunInLanguage(info, languageOfPath(prefix || "/"));
    test.setTimeout(180_000); // sign-in and five pages checked by axe
    await signInOnPage(page, "secretariat");
    for (const path of ["/admin/moter", "/admin/moter/ny", "/admin/moter?organ=ssu"]) {
      expect((await page.goto(`${prefix}${path}`))?.status()).toBe(200);
      await expect(page.locator("h1")).toBeVisible();
      await expectNoAxeViolations(page);
    }
    // A meeting with its notice sent (decision and minutes forms open) and a published one.
    for (const row of [0, 8]) {
      await page.goto(`${prefix}/admin/moter?organ=ssu`);
      await page.getByTestId("admin-meetings").locator("tbody tr").nth(row).getByRole("link").click();
      await expect(page.locator("h1")).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}
