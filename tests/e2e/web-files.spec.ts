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

test("security.txt is served at /.well-known with the secretariat's contact (RFC 9116)", async ({ request, baseURL }) => {
  const response = await request.get("/.well-known/security.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const text = await response.text();
  expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
  expect(text).toMatch(/^Expires: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/m);
  expect(text).toContain(`Canonical: ${baseURL}/.well-known/security.txt\n`);
});

test("the sitemap lists every public page in both languages with hreflang alternates", async ({ request, baseURL }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1] ?? "");
  const locs = entries.map((e) => /<loc>([^<]+)<\/loc>/.exec(e)?.[1] ?? "");
  expect(locs).toEqual(expect.arrayContaining([`${baseURL}/`, `${baseURL}/nb`, `${baseURL}/nyheiter`, `${baseURL}/nb/nyheiter`]));
  expect(locs.filter((l) => l.startsWith(`${baseURL}/nb`)).length * 2).toBe(locs.length); // every page in both
  for (const entry of entries) {
    expect(entry).toMatch(/<xhtml:link rel="alternate" hreflang="nn" href="[^"]+"/);
    expect(entry).toMatch(/<xhtml:link rel="alternate" hreflang="nb" href="[^"]+\/nb[^"]*"/);
  }
  expect(xml).not.toContain("/admin");
});

test("news, minutes and papers feeds are advertised on their pages in RSS, Atom and JSON Feed, and served", async ({ page, request }) => {
  const advertised = async (path: string) => {
    await page.goto(path);
    return page.locator('link[rel="alternate"][type$="xml"], link[rel="alternate"][type="application/feed+json"]').evaluateAll((links) =>
      links.map((l) => {
        const url = new URL(l.getAttribute("href") ?? "", location.href);
        return { type: l.getAttribute("type"), href: url.pathname + url.search };
      }),
    );
  };
  const news = await advertised("/nyheiter");
  expect(news.map((l) => l.type).sort()).toEqual(["application/atom+xml", "application/feed+json", "application/rss+xml"]);
  expect(news.map((l) => l.href)).toContain("/api/feed/nyheiter.xml"); // the address readers already subscribe to
  const body = await advertised("/nb/ssu");
  expect(body.map((l) => l.href)).toEqual(expect.arrayContaining(["/api/feed/referat.atom?organ=ssu&lang=nb", "/api/feed/sakspapir.json?organ=ssu&lang=nb"]));
  expect(body).toHaveLength(6);
  for (const { href, type } of [...news, ...body]) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toContain(type ?? "");
  }
  // The same feeds as visible links on the page.
  await expect(page.getByTestId("feed-links").getByRole("link", { name: "Referater, Atom" })).toHaveAttribute("href", "/api/feed/referat.atom?organ=ssu&lang=nb");
});
