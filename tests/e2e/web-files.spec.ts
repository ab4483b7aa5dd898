import { expect, test } from "@playwright/test";

// The files browsers, crawlers and security researchers look for (issue: the files the web expects). HTTP only.
test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "desktop", "HTTP-only checks run once, in the desktop project");
});

test("favicon, touch icon and the web app manifest with its icons are served", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // ICO header

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const json = (await manifest.json()) as { name: string; lang: string; icons: { src: string; sizes: string }[] };
  expect(json.lang).toBe("nn");
  expect(json.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of json.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});

test("every page links the manifest and the touch icon", async ({ page }) => {
  await page.goto("/nb/om");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
});

test("robots.txt keeps crawlers out of signed-in and private pages in both languages", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  for (const path of ["/api/", "/admin", "/nb/admin", "/sak/status/", "/nb/sak/status/", "/mine-saker", "/saksbehandling", "/logg-inn"]) {
    expect(robots, path).toContain(`Disallow: ${path}\n`);
  }
  expect(robots).not.toMatch(/Disallow: \/\n/); // the public site stays indexable
});
