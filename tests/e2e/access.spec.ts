// Sign-in, roles and access over HTTP: a member and a personal deputy read a restricted SSU paper, the deputy whose
// term ended yesterday and an anonymous visitor who guesses the URL get a bare 404; admin pages and every server
// action refuse those without the permission, other origins, and posts without a session; throttling; sign-out;
// disabling a user takes effect on their next request. Demo users come from the seed (prisma/seed/users.ts).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { buildSeedData, DEMO_PASSWORD, DEMO_USERS, ids, INTERNAL_LEGAL_BASIS, type DemoUserKey } from "../../prisma/seed";
import { getTranslator } from "@/lib/i18n";
import { waitForMail } from "./mailbox";
import { mainMenu, menuLink } from "./menu";
import { signInOnPage as signIn } from "./sign-in";
import { desktopOnly } from "./matrix";

type Doc = { versionId: string; title: string; fileName: string };
let restricted: Doc;
let publicDoc: Doc;

test.beforeAll(async () => {
  const data = await buildSeedData(new Date());
  const pick = (predicate: (d: (typeof data.documents)[number]) => boolean): Doc => {
    const doc = data.documents.find(predicate)!;
    const version = data.documentVersions.find((v) => v.documentId === doc.id)!;
    return { versionId: version.id, title: doc.title, fileName: version.fileName };
  };
  restricted = pick((d) => d.visibility === "BODY_MEMBERS" && d.legalBasis === INTERNAL_LEGAL_BASIS && d.bodyId === ids.body("ssu") && !d.publicFrom);
  publicDoc = pick((d) => d.visibility === "PUBLIC" && d.kind === "MINUTES");
});


async function asUser(browser: Browser, who: DemoUserKey) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page, request: context.request };
}

async function expectBare404(request: APIRequestContext, versionId: string) {
  const response = await request.get(`/api/dokument/${versionId}`);
  expect(response.status()).toBe(404);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["content-disposition"]).toBeUndefined();
  const body = await response.text();
  expect(body).not.toContain(restricted.title);
  expect(body).not.toContain(restricted.fileName);
  expect(body).not.toContain("%PDF");
}

test.describe("restricted papers", () => {
  desktopOnly();
  test("an anonymous visitor who guesses the download URL gets nothing", async ({ request }) => {
    await expectBare404(request, restricted.versionId);
    await expectBare404(request, "seed-doc-finst-ikkje-v1");
  });

  test("anyone downloads a public paper, as a cacheable PDF with its file name", async ({ request }) => {
    const response = await request.get(`/api/dokument/${publicDoc.versionId}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toContain(`filename*=UTF-8''${publicDoc.fileName}`);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["cache-control"]).toContain("public");
    expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  for (const who of ["member", "deputy", "secretariat", "admin"] as const) {
    test(`the ${who} reads SSU's internal paper, never cached`, async ({ browser }) => {
      const { context, request } = await asUser(browser, who);
      const response = await request.get(`/api/dokument/${restricted.versionId}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      expect(response.headers()["cache-control"]).toContain("no-store");
      expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      await context.close();
    });
  }

  for (const who of ["formerDeputy", "partner"] as const) {
    test(`the ${who} gets the same bare 404 for SSU's internal paper`, async ({ browser }) => {
      const { context, request } = await asUser(browser, who);
      await expectBare404(request, restricted.versionId);
      await context.close();
    });
  }
});

const ADMIN_PAGES = ["/admin/brukar", "/admin/brukar/ny", `/admin/brukar/${DEMO_USERS.member.id}`, "/admin/revisjonslogg", "/admin/utboks"];

test.describe("admin pages", () => {
  desktopOnly();
  test.describe.configure({ timeout: 90_000 });
  test("anonymous is sent to sign in, and back", async ({ page }) => {
    for (const pagePath of ADMIN_PAGES) {
      await page.goto(pagePath);
      await expect(page).toHaveURL(new RegExp(`/logg-inn\\?callbackUrl=${encodeURIComponent(pagePath)}$`));
    }
  });

  for (const who of ["partner", "member", "deputy", "formerDeputy", "secretariat"] as const) {
    test(`the ${who} gets the plain 404 page on every admin page`, async ({ browser }) => {
      const { context, page } = await asUser(browser, who);
      for (const pagePath of ADMIN_PAGES) {
        const response = await page.goto(pagePath);
        expect(response?.status(), pagePath).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fann ikkje sida");
        await expect(page.getByText(DEMO_USERS.member.email)).toHaveCount(0);
      }
      await context.close();
    });
  }

  test("the admin gets every admin page", async ({ browser }) => {
    const { context, page } = await asUser(browser, "admin");
    for (const pagePath of ADMIN_PAGES) expect((await page.goto(pagePath))?.status(), pagePath).toBe(200);
    // A refused enable/disable (here: the database was away) comes back to the user's page, which says so.
    await page.goto("/admin/brukar/seed-user-medlem?utfall=UNAVAILABLE");
    await expect(page.getByText(getTranslator("nn", "auth.errors")("UNAVAILABLE"))).toBeVisible();
    await page.goto("/nb/admin/brukar/seed-user-medlem?utfall=UNAVAILABLE");
    await expect(page.getByText(getTranslator("nb", "auth.errors")("UNAVAILABLE"))).toBeVisible();
    await context.close();
  });
});

// The staff overview (/admin): the secretariat's and admins' landing page; everyone else learns nothing from it.
test.describe("staff overview", () => {
  test.describe.configure({ timeout: 90_000 });
  for (const pagePath of ["/admin", "/nb/admin"]) {
    test(`anonymous is sent to sign in from ${pagePath}, and back`, async ({ page }) => {
      await page.goto(pagePath);
      await expect(page).toHaveURL(new RegExp(`/logg-inn\\?callbackUrl=${encodeURIComponent(pagePath)}$`));
    });
  }

  for (const who of ["partner", "member", "deputy", "formerDeputy"] as const) {
    test(`the ${who} gets the plain 404 page and no link to it`, async ({ browser }) => {
      const { context, page } = await asUser(browser, who);
      await expect(mainMenu(page).getByRole("link", { name: "Administrasjon", includeHidden: true })).toHaveCount(0);
      const response = await page.goto("/admin");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fann ikkje sida");
      await expect(page.getByTestId("overview-cases")).toHaveCount(0);
      await context.close();
    });
  }

  for (const who of ["secretariat", "admin"] as const) {
    test(`the ${who} lands on it from the header and sees every section`, async ({ browser }) => {
      const { context, page } = await asUser(browser, who);
      await (await menuLink(page, "Administrasjon")).click();
      await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrasjon");
      for (const section of ["overview-cases", "overview-meetings", "overview-compliance", "overview-news"])
        await expect(page.getByTestId(section), section).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Administrasjon" }).getByRole("link", { name: "Brukarkontoar" })).toHaveCount(who === "admin" ? 1 : 0);
      await context.close();
    });
  }
});

// ───────────── server actions posted directly ─────────────

type ActionName = "signInAction" | "signOutAction" | "requestPasswordResetAction" | "resetPasswordAction" | "createUserAction" | "updateUserAction" | "setUserDisabledAction";

function actionIds(): Record<ActionName, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const out = {} as Record<ActionName, string>;
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.filename === "lib/auth/actions.ts") out[entry.exportedName as ActionName] = id;
  return out;
}

/** Posts a server action the way React's client does: args in field "0", the FormData argument's fields as "_1_…". */
function postAction(request: APIRequestContext, actionId: string, fields: Record<string, string>, options: { withPrevState: boolean; origin?: string }) {
  // The root ("0") goes last, as in the browser: the server resolves it as soon as it arrives.
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) multipart.append(`_1_${key}`, value);
  multipart.append("0", JSON.stringify(options.withPrevState ? ["$undefined", "$K1"] : ["$K1"]));
  return request.post("/admin/brukar", {
    headers: { "Next-Action": actionId, Accept: "text/x-component", ...(options.origin ? { Origin: options.origin } : {}) },
    multipart,
    maxRedirects: 0,
  });
}

async function userListed(adminPage: Page, email: string): Promise<boolean> {
  await adminPage.goto("/admin/brukar");
  return (await adminPage.getByRole("cell", { name: email }).count()) > 0;
}

test.describe("server actions refuse what the policy refuses", () => {
  desktopOnly();
  test("the manifest has every action this test knows", () => {
    expect(Object.keys(actionIds()).sort()).toEqual(
      ["createUserAction", "requestPasswordResetAction", "resetPasswordAction", "setUserDisabledAction", "signInAction", "signOutAction", "updateUserAction"].sort(),
    );
  });

  test("createUserAction: works for an admin, refused without a session, for a member, and from another origin", async ({ browser, request }, info) => {
    test.setTimeout(90_000);
    const id = actionIds().createUserAction;
    const fields = (email: string) => ({ lang: "nn", name: "Direkte post", email, password: "", personId: "", partyId: "" });
    const tag = `${info.project.name}-${Date.now()}`;

    // Positive control: the same post with an admin session creates the user (so the refusals below are real).
    const admin = await asUser(browser, "admin");
    await postAction(admin.request, id, fields(`ok-${tag}@example.no`), { withPrevState: true });
    expect(await userListed(admin.page, `ok-${tag}@example.no`)).toBe(true);

    const anonymous = await postAction(request, id, fields(`anon-${tag}@example.no`), { withPrevState: true });
    expect(await anonymous.text()).toContain("UNAUTHENTICATED"); // the action chain: no session is not a wrong role
    const member = await asUser(browser, "member");
    const asMember = await postAction(member.request, id, fields(`member-${tag}@example.no`), { withPrevState: true });
    expect(await asMember.text()).toContain("FORBIDDEN");
    const foreign = await postAction(admin.request, id, fields(`foreign-${tag}@example.no`), { withPrevState: true, origin: "https://evil.example" });
    expect(foreign.status()).toBeGreaterThanOrEqual(400);

    for (const who of ["anon", "member", "foreign"]) expect(await userListed(admin.page, `${who}-${tag}@example.no`), who).toBe(false);
    await admin.context.close();
    await member.context.close();
  });

  test("updateUserAction and setUserDisabledAction: refused without a session and for the secretariat", async ({ browser, request }) => {
    const ids_ = actionIds();
    const target = DEMO_USERS.partner.id;
    const update = { lang: "nn", id: target, name: "Kapra namn", personId: "", partyId: "" };
    expect(await (await postAction(request, ids_.updateUserAction, update, { withPrevState: true })).text()).toContain("UNAUTHENTICATED");
    const secretariat = await asUser(browser, "secretariat");
    expect(await (await postAction(secretariat.request, ids_.updateUserAction, update, { withPrevState: true })).text()).toContain("FORBIDDEN");
    await postAction(request, ids_.setUserDisabledAction, { lang: "nn", id: target, disabled: "true" }, { withPrevState: false });
    await postAction(secretariat.request, ids_.setUserDisabledAction, { lang: "nn", id: target, disabled: "true" }, { withPrevState: false });
    await secretariat.context.close();

    // The partner is still enabled, with the name and role they had.
    const partner = await asUser(browser, "partner");
    await expect(partner.page.getByTestId("account")).toContainText(DEMO_USERS.partner.name);
    await partner.context.close();
  });

  test("the public actions (sign-in, reset) refuse a post from another origin", async ({ request }) => {
    const ids_ = actionIds();
    const response = await postAction(request, ids_.signInAction, { lang: "nn", email: DEMO_USERS.admin.email, password: DEMO_PASSWORD, callbackUrl: "/" }, {
      withPrevState: true,
      origin: "https://evil.example",
    });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
  });
});

// ───────────── sign-in journeys ─────────────

test.describe("sign-in", () => {
  desktopOnly();
  test("signs in, shows who is signed in, and sign-out ends the session for good", async ({ page, context }) => {
    await signIn(page, "member", "", { fresh: true }); // its own session: this journey ends it
    await expect(page.getByTestId("account")).toContainText(DEMO_USERS.member.name);
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await page.getByRole("button", { name: "Logg ut" }).click();
    await expect(page.getByTestId("sign-in-link")).toBeVisible();
    // Replaying the old cookie gives nothing.
    await context.addCookies([cookie]);
    expect((await page.request.get(`/api/dokument/${restricted.versionId}`)).status()).toBe(404);
  });

  test("without OIDC_* configured, the sign-in page offers e-mail and password only", async ({ page }) => {
    // The configured case: tests/e2e-oidc/oidc.spec.ts (playwright.oidc.config.ts).
    await page.goto("/logg-inn");
    await expect(page.getByRole("button", { name: "Logg inn", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Logg inn med/ })).toHaveCount(0);
    expect(await (await page.request.get("/api/auth/providers")).json()).toEqual({});
  });

  test("after 5 failures in a minute: a clear message, and no hint whether the account exists", async ({ browser }, info) => {
    // Its own address and an account that does not exist, so the throttle touches no other test.
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${info.project.name === "phone" ? 2 : 1}` } });
    const page = await context.newPage();
    const email = `finst-ikkje-${info.project.name}@example.no`;
    for (let i = 0; i < 5; i++) {
      await page.goto("/logg-inn");
      await page.getByLabel("E-postadresse").fill(email);
      await page.getByLabel("Passord", { exact: true }).fill("feil passord");
      await page.getByRole("button", { name: "Logg inn" }).click();
      await expect(page.locator("form").getByRole("alert")).toHaveText("E-postadressa eller passordet er feil.");
    }
    await page.getByLabel("E-postadresse").fill(email);
    await page.getByLabel("Passord", { exact: true }).fill("feil passord");
    await page.getByRole("button", { name: "Logg inn" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("For mange mislukka forsøk. Vent eitt minutt og prøv igjen.");
    await context.close();
  });

  test("a disabled user is signed out on their next request", async ({ browser }, info) => {
    const admin = await asUser(browser, "admin");
    const email = `sperra-${info.project.name}-${Date.now()}@example.no`;
    await admin.page.goto("/admin/brukar/ny");
    await admin.page.getByLabel("Namn").fill("Snart sperra");
    await admin.page.getByLabel("E-post").fill(email);
    await admin.page.getByLabel("Passord (valfritt)").fill("eit langt passord");
    await admin.page.getByRole("button", { name: "Opprett brukarkonto" }).click();
    await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("Brukarkonto: Snart sperra");

    const user = await browser.newContext();
    const userPage = await user.newPage();
    await signIn(userPage, { email, password: "eit langt passord" });

    await admin.page.getByRole("button", { name: "Sperr brukarkontoen" }).click();
    await expect(admin.page.getByTestId("disabled-note")).toBeVisible();

    await userPage.reload();
    await expect(userPage.getByTestId("sign-in-link")).toBeVisible();
    await admin.page.goto("/admin/revisjonslogg");
    await expect(admin.page.getByTestId("audit-log")).toContainText("user.disable");
    await admin.context.close();
    await user.close();
  });

  test("password reset: the e-mail arrives over SMTP and is kept in the outbox, the link sets a new password", async ({ browser, page }, info) => {
    const admin = await asUser(browser, "admin");
    const email = `glemsk-${info.project.name}-${Date.now()}@example.no`;
    await admin.page.goto("/admin/brukar/ny");
    await admin.page.getByLabel("Namn").fill("Glemsk");
    await admin.page.getByLabel("E-post").fill(email);
    await admin.page.getByRole("button", { name: "Opprett brukarkonto" }).click();
    await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("Brukarkonto: Glemsk");

    await page.goto("/logg-inn/gloymt-passord");
    await page.getByLabel("E-postadresse").fill(email);
    await page.getByRole("button", { name: "Send lenkje" }).click();
    await expect(page.getByRole("status")).toContainText("Dersom det finst ein brukar");
    const delivered = await waitForMail({ to: email, text: /nytt-passord\?token=/ });
    expect(delivered.subject).not.toBe("");

    await admin.page.goto("/admin/utboks");
    const mail = admin.page.getByTestId("outbox").getByRole("listitem").filter({ hasText: email }).first();
    await mail.locator("summary").click();
    const link = /https?:\/\/\S+nytt-passord\?token=\S+/.exec((await mail.locator("pre").textContent()) ?? "")![0];
    await page.goto(new URL(link).pathname + new URL(link).search);
    await page.getByLabel("Nytt passord").fill("mitt nye passord");
    await page.getByLabel("Gjenta passordet").fill("mitt nye passord");
    await page.getByRole("button", { name: "Lagre passordet" }).click();
    await expect(page.getByRole("status")).toContainText("Passordet er endra");
    await signIn(page, { email, password: "mitt nye passord" });
    await admin.context.close();
  });
});

test("security headers: CSP with a nonce and no unsafe-inline scripts, no framing, nosniff", async ({ request }, info) => {
  test.skip(info.project.name !== "desktop", "HTTP only: the desktop project covers it");
  // Rendered per request (a session cookie, even an expired one): the request's nonce on every script.
  const response = await request.get("/", { headers: { cookie: "next-auth.session-token=utgatt" } });
  const csp = response.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(response.headers()["strict-transport-security"]).toContain("max-age=");
  const html = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
});

test("a cached page for anonymous readers: a CSP with the hash of each of its inline scripts, no nonce (issue 18)", async ({ request }, info) => {
  test.skip(info.project.name !== "desktop", "HTTP only: the desktop project covers it");
  for (const path of ["/", "/nb/ssu", "/om"]) {
    const first = await request.get(path);
    const again = await request.get(path);
    // From the cache: HIT, or STALE when older than its revalidate time (served while it is rendered again).
    expect(["HIT", "STALE"], path).toContain(again.headers()["x-nextjs-cache"]);
    for (const response of [first, again]) {
      const csp = response.headers()["content-security-policy"]!;
      const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"))!;
      expect(scriptSrc, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      // A shared cache in front must not give the anonymous page to a signed-in reader.
      expect(response.headers()["vary"], path).toMatch(/(^|, )Cookie$/);
      const html = await response.text();
      expect(html).not.toContain("nonce=");
      const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(inline.length, path).toBeGreaterThan(1);
      for (const text of inline) expect(scriptSrc, path).toContain(`'sha256-${createHash("sha256").update(text).digest("base64")}'`);
    }
  }
});