// Issue 17, security findings over HTTP against the production server (front server + next start): ids and
// existence are not revealed, refusals are readable pages instead of 500s, and every answer carries the security
// headers. HTTP only, so the desktop project runs it; the empty-file journey runs in the browser.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test, type APIResponse, type Browser } from "@playwright/test";
import { buildSeedData, DEMO_PASSWORD, DEMO_USERS, ids, type DemoUserKey } from "../../prisma/seed";
import { expectNoAxeViolations } from "./axe";

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "desktop", "HTTP only: the desktop project covers it");
});

async function signedIn(browser: Browser, who: DemoUserKey) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/logg-inn");
  await page.getByLabel("E-postadresse").fill(DEMO_USERS[who].email);
  await page.getByLabel("Passord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByTestId("account")).toBeVisible();
  return { context, page };
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"], what).toMatch(/^max-age=\d+/);
}

/** The page without what differs per request (nonces, the asked-for id). */
const normalised = (html: string, key: string) => html.replaceAll(key, "KEY").replace(/nonce="[^"]*"/g, 'nonce=""');

test("a deviation the viewer may not read answers exactly like one that does not exist", async ({ browser }) => {
  const existing = (await buildSeedData(new Date())).deviations[0]!.id;
  const missing = ids.deviation(1999, 1);
  // The partner contact reads no single registrations (lib/deviations/policy.ts canFollowUp).
  const { context } = await signedIn(browser, "partner");
  const a = await context.request.get(`/avvik/${existing}`);
  const b = await context.request.get(`/avvik/${missing}`);
  expect(a.status()).toBe(404);
  expect(b.status()).toBe(404);
  expect(normalised(await a.text(), existing)).toBe(normalised(await b.text(), missing));
  // Positive control: the secretariat reads it.
  const staff = await signedIn(browser, "secretariat");
  expect((await staff.context.request.get(`/avvik/${existing}`)).status()).toBe(200);
  await staff.context.close();
  await context.close();
});

test("TRACE and other unused methods get 405 with a readable page", async ({ request }) => {
  for (const method of ["TRACE", "PROPFIND"]) {
    const response = await request.fetch("/", { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers().allow).toContain("POST");
    expect(await response.text()).toContain("Metoden er ikkje tillaten");
    expectSecurityHeaders(response, method);
  }
});

function submitActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, e]) => e.filename === "lib/cases/actions.ts" && e.exportedName === "submitCaseAction");
  return found![0];
}

test("a server action from a foreign or null Origin gets 403, not 500", async ({ request }) => {
  for (const origin of ["https://evil.example", "null"]) {
    const response = await request.post("/meld-inn-sak", {
      headers: { "Next-Action": submitActionId(), Origin: origin, Accept: "text/x-component" },
      multipart: { "0": '["$undefined","$K1"]', _1_title: "x" },
      maxRedirects: 0,
    });
    expect(response.status(), origin).toBe(403);
    expect(await response.text()).toContain("Førespurnaden vart avvist");
    expectSecurityHeaders(response, origin);
  }
});

test("a body over the limit gets 413 with a readable page in nynorsk and bokmål", async ({ request }) => {
  for (const [prefix, text] of [["", "Det du sende, er for stort"], ["/nb", "Det du sendte, er for stort"]] as const) {
    const response = await request.post(`${prefix}/meld-inn-sak`, {
      headers: { "Next-Action": submitActionId(), "Content-Type": "application/octet-stream" },
      data: Buffer.alloc(27 * 1024 * 1024, 0x61),
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain(text);
    expectSecurityHeaders(response, "413");
  }
});

/** A multipart server-action post with a raw file name (Playwright and fetch would encode it), over a socket. */
function postRawFileName(port: number, fileName: Buffer): Promise<string> {
  const boundary = "----saman-test";
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="1_attachments"; filename="`),
    fileName,
    Buffer.from(`"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$undefined","$K1"]\r\n--${boundary}--\r\n`),
  ]);
  const head =
    `POST /meld-inn-sak HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nNext-Action: ${submitActionId()}\r\n` +
    `Accept: text/x-component\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
  return new Promise((resolve, reject) => {
    // Written, not ended: the server closes the connection after its answer (Connection: close).
    const socket = net.connect(port, "127.0.0.1", () => socket.write(Buffer.concat([Buffer.from(head), body])));
    const chunks: Buffer[] = [];
    socket.on("data", (c) => chunks.push(c));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("latin1").split("\r\n")[0]!));
    socket.on("error", reject);
  });
}

test("control characters in an uploaded file name never give a 500", async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  for (const name of ["no\x01tat.pdf", "no\x00tat.pdf", "no\ntat.pdf", "no\rtat.pdf", "no\x1b[31mtat.pdf"]) {
    const status = await postRawFileName(port, Buffer.from(name, "latin1"));
    expect(status, JSON.stringify(name)).toMatch(/^HTTP\/1\.1 200/);
  }
});

test("security headers on every kind of answer: page, redirect, 404, static and public files, icon, API", async ({ request }) => {
  const home = await request.get("/");
  expectSecurityHeaders(home, "page");
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(await home.text())![1]!;
  const answers: [string, APIResponse, number][] = [
    ["redirect", await request.get("/nn/kontakt", { maxRedirects: 0 }), 308],
    ["sign-in redirect", await request.get("/admin", { maxRedirects: 0 }), 307],
    ["404", await request.get("/finst-ikkje-i-det-heile"), 404],
    ["static file", await request.get(script), 200],
    ["icon", await request.get("/icon.svg"), 200],
    ["public file (favicon)", await request.get("/favicon.ico"), 200],
    ["public file (manifest)", await request.get("/manifest.webmanifest"), 200],
    ["public file (touch icon)", await request.get("/apple-touch-icon.png"), 200],
    ["API", await request.get("/api/health"), 200],
  ];
  for (const [what, response, status] of answers) {
    expect(response.status(), what).toBe(status);
    expectSecurityHeaders(response, what);
  }
});

test("an empty attachment gets a clear field error instead of disappearing", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "partner");
  await page.goto("/meld-inn-sak");
  const ssu = await page.locator("#case-targetBodyId option", { hasText: "Strategisk" }).first().getAttribute("value");
  await page.locator("#case-targetBodyId").selectOption(ssu!);
  await page.getByLabel("Tittel", { exact: true }).fill(`Tom fil ${Date.now()}`);
  await page.locator("#case-description").fill("Kommunane og sjukehuset treng ein felles rutine for utskriving av skrøpelege eldre.");
  await page.locator("#case-priorityGroups input[value=FRAIL_ELDERLY]").check();
  await page.locator("#case-attachments").setInputFiles({ name: "tom.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await page.getByLabel(/Eg stadfestar/).check();
  await page.getByRole("button", { name: "Send inn saka" }).click();
  await expect(page.locator("#case-attachments-error")).toContainText("Fila er tom");
  await expect(page.getByTestId("case-receipt")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.close();
});
