// The authorization matrix over HTTP for the compliance and deviation pages: every persona – anonymous, partner
// (askoy@), SSU member (medlem@), their personal deputy (vara@), the deputy whose term ended yesterday
// (tidlegare-vara@), secretariat, admin – against /samsvar, /samsvar/<body>, /avvik, /avvik/registrer,
// /avvik/<area>, /avvik/<registration>, /avvik/rapport/<year> and /api/avvik/rapport/<year>.csv. Allowed or denied
// as lib/auth/permissions.ts, lib/membership/policy.ts and lib/deviations/policy.ts say; a denied response carries
// none of what the page would show (no rule, no body, no count, no registration, no CSV).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { buildSeedData, DEMO_PASSWORD, DEMO_USERS, ids, type DemoUserKey } from "../../prisma/seed";

type Persona = "anonymous" | DemoUserKey;
const PERSONAS: Persona[] = ["anonymous", "partner", "member", "deputy", "formerDeputy", "secretariat", "admin"];

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric" }).format(new Date()));

/** A registration in OU Bergen's area (neither the SSU member nor the deputy sits in that OU). */
let registration: { id: string; description: string };

test.beforeAll(async () => {
  const data = await buildSeedData(new Date());
  const d = data.deviations.find((x) => x.areaId === ids.area("bergen"))!;
  registration = { id: d.id, description: d.description };
});

type Check = { path: string; allowed: readonly Persona[]; shows: RegExp; hides: () => (string | RegExp)[] };

const STAFF = ["secretariat", "admin"] as const;
const SSU = ["member", "deputy"] as const;

// `shows`: a mark only the allowed page has. `hides`: what a denied page must not contain.
const COMPLIANCE_HIDES = () => ["data-rule", "data-body", "data-municipality", 'name="dato"'];
const DEVIATION_HIDES = () => [
  "deviation-overview",
  "deviation-list",
  "deviation-details",
  "privacy-notice",
  "/api/avvik/rapport/",
  registration.description,
  'name="ar"',
];

const PAGES: Check[] = [
  { path: "/samsvar", allowed: [...SSU, ...STAFF], shows: /data-rule="G3"/, hides: COMPLIANCE_HIDES },
  { path: "/nb/samsvar/ssu", allowed: [...SSU, ...STAFF], shows: /data-rule="S1"/, hides: COMPLIANCE_HIDES },
  // A body's compliance is for its own members: the SSU member does not see OU Bergen's.
  { path: "/samsvar/omradeutval-bergen", allowed: [...STAFF], shows: /data-rule="O1"/, hides: COMPLIANCE_HIDES },
  { path: "/avvik", allowed: [...SSU, ...STAFF], shows: /data-testid="deviation-overview"/, hides: DEVIATION_HIDES },
  { path: "/avvik/registrer", allowed: ["partner", ...STAFF], shows: /data-testid="privacy-notice"/, hides: DEVIATION_HIDES },
  { path: "/avvik/bergen", allowed: [...SSU, ...STAFF], shows: /data-testid="deviation-overview"/, hides: DEVIATION_HIDES },
  { path: "/nb/avvik/bergen", allowed: [...SSU, ...STAFF], shows: /data-testid="deviation-overview"/, hides: DEVIATION_HIDES },
  // A single registration and its follow-up: staff and the area's OU members only.
  { path: "__registration__", allowed: [...STAFF], shows: /data-testid="deviation-details"/, hides: DEVIATION_HIDES },
  { path: `/avvik/rapport/${YEAR}`, allowed: [...SSU, ...STAFF], shows: /\/api\/avvik\/rapport\//, hides: DEVIATION_HIDES },
];

const pathOf = (c: Check) => (c.path === "__registration__" ? `/avvik/${registration.id}` : c.path);

async function session(persona: Persona, browser: import("@playwright/test").Browser) {
  const context = await browser.newContext();
  if (persona !== "anonymous") {
    const page = await context.newPage();
    await page.goto("/logg-inn");
    await page.getByLabel("E-postadresse").fill(DEMO_USERS[persona].email);
    await page.getByLabel("Passord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await expect(page.getByTestId("account")).toBeVisible();
    await page.close();
  }
  return context;
}

async function checkPage(request: APIRequestContext, persona: Persona, check: Check) {
  const path = pathOf(check);
  const response = await request.get(path, { maxRedirects: 0 });
  const html = await response.text();
  const label = `${persona} ${path}`;
  if (check.allowed.includes(persona)) {
    expect(response.status(), label).toBe(200);
    expect(html, label).toMatch(check.shows);
    expect(html, label).not.toContain('data-testid="deviation-access"');
    if (path === `/avvik/${registration.id}`) expect(html, label).toContain(registration.description);
    return;
  }
  // Denied: the sign-in notice (anonymous) or the no-access notice – status 200 with no content, never the data. A
  // single registration denied to a signed-in viewer answers 404, exactly like one that does not exist, so its
  // existence is not confirmed (tests/e2e/security.spec.ts compares the two pages).
  if (check.path === "__registration__" && persona !== "anonymous") {
    expect(response.status(), label).toBe(404);
  } else {
    expect(response.status(), label).toBe(200);
    const notice = path.includes("samsvar") ? (persona === "anonymous" ? /Krev(er)? innlogging/ : /Du har ikk(j)?e tilgang/) : /data-testid="deviation-access"/;
    expect(html, label).toMatch(notice);
  }
  for (const hidden of check.hides()) {
    if (typeof hidden === "string") expect(html, `${label} leaks ${hidden}`).not.toContain(hidden);
    else expect(html, `${label} leaks ${hidden}`).not.toMatch(hidden);
  }
}

test.describe("authorization matrix: compliance and deviations", () => {
  test.describe.configure({ timeout: 120_000 });
  for (const persona of PERSONAS) {
    test(`${persona}: every page allowed or denied as the policy says, denials leak nothing`, async ({ browser }, info) => {
      test.skip(info.project.name !== "desktop", "HTTP only: the desktop project covers it");
      const context = await session(persona, browser);
      for (const check of PAGES) await checkPage(context.request, persona, check);

      // Body pages: the composition for everyone, the compliance summary for the body's members and the secretariat.
      for (const [path, allowed] of [
        ["/ssu", [...SSU, ...STAFF]],
        ["/nb/ssu", [...SSU, ...STAFF]],
        ["/omradeutval/bergen", [...STAFF]],
      ] as const) {
        const html = await (await context.request.get(path)).text();
        expect(html, `${persona} ${path}`).toContain('data-testid="members-MUNICIPAL"');
        if ((allowed as readonly Persona[]).includes(persona)) {
          expect(html, `${persona} ${path}`).toContain('data-testid="compliance-summary"');
          expect(html).toContain(path.startsWith("/nb") ? 'href="/nb/samsvar/ssu"' : "/samsvar/");
        } else {
          expect(html, `${persona} ${path}`).not.toContain("compliance-summary");
          expect(html, `${persona} ${path}`).not.toMatch(/href="(\/nb)?\/samsvar/);
        }
      }

      const csv = await context.request.get(`/api/avvik/rapport/${YEAR}.csv`);
      const allowed: readonly Persona[] = [...SSU, ...STAFF];
      if (allowed.includes(persona)) {
        expect(csv.status()).toBe(200);
        expect(csv.headers()["content-type"]).toContain("text/csv");
        expect(csv.headers()["cache-control"]).toContain("no-store");
      } else {
        expect(csv.status()).toBe(persona === "anonymous" ? 401 : 403);
        expect(csv.headers()["content-disposition"]).toBeUndefined();
        expect(csv.headers()["content-type"]).toContain("application/json");
        expect(await csv.text()).not.toContain(";");
      }
      await context.close();
    });
  }
});
