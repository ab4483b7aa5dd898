// Issue 19.4: news, minutes and meeting papers as RSS 2.0, Atom 1.0 and JSON Feed (the `feed` package), for all
// bodies and per body, in nynorsk and bokmål. Each format is parsed and checked for its required elements, absolute
// links and valid dates; only what an anonymous visitor may read is in them (issue 14: restricted papers never are).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xml2js, type Element } from "xml-js";
import { seed } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

const ORIGIN = "https://saman.test";
let db: TestDatabase;
let route: typeof import("@/app/api/feed/[file]/route");

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.SITE_URL = ORIGIN;
  await seed(db.prisma, { now: new Date() });
  route = await import("@/app/api/feed/[file]/route");
}, 240_000);

afterAll(async () => {
  delete process.env.SITE_URL;
  await db?.close();
});

async function get(path: string): Promise<Response> {
  const url = new URL(path, ORIGIN);
  const file = url.pathname.replace("/api/feed/", "");
  return route.GET(new Request(url), { params: Promise.resolve({ file }) });
}

// ── tiny XML helpers over xml-js's element tree ──
const kids = (el: Element | undefined, name: string): Element[] => (el?.elements ?? []).filter((e) => e.type === "element" && e.name === name);
const kid = (el: Element | undefined, name: string): Element | undefined => kids(el, name)[0];
const text = (el: Element | undefined): string => (el?.elements ?? []).map((e) => String(e.text ?? e.cdata ?? "")).join("");
const parse = (xml: string): Element => xml2js(xml, { compact: false }) as Element;

const absolute = (url: string) => expect(url, url).toMatch(/^https:\/\/saman\.test\//);
const validDate = (value: string) => expect(Number.isNaN(Date.parse(value)), value).toBe(false);

type Checked = { titles: string[]; links: string[] };

function checkRss(xml: string, self: string): Checked {
  const rss = kid(parse(xml), "rss");
  expect(rss?.attributes?.version).toBe("2.0");
  const channel = kid(rss, "channel");
  for (const required of ["title", "link", "description"]) expect(text(kid(channel, required)), required).not.toBe("");
  absolute(text(kid(channel, "link")));
  expect(kids(channel, "atom:link").find((l) => l.attributes?.rel === "self")?.attributes?.href).toBe(self);
  const items = kids(channel, "item");
  for (const item of items) {
    absolute(text(kid(item, "link")));
    expect(text(kid(item, "guid"))).not.toBe("");
    const pubDate = text(kid(item, "pubDate"));
    expect(pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/); // RFC 822
    validDate(pubDate);
    const enclosure = kid(item, "enclosure");
    if (enclosure) {
      absolute(String(enclosure.attributes?.url));
      expect(String(enclosure.attributes?.type)).toMatch(/^application\/|^text\//); // the file's own type
      expect(Number(enclosure.attributes?.length)).toBeGreaterThan(0);
    }
  }
  return { titles: items.map((i) => text(kid(i, "title"))), links: items.map((i) => text(kid(i, "link"))) };
}

function checkAtom(xml: string, self: string): Checked {
  const feed = kid(parse(xml), "feed");
  expect(feed?.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
  for (const required of ["id", "title", "updated"]) expect(text(kid(feed, required)), required).not.toBe("");
  validDate(text(kid(feed, "updated")));
  expect(kids(feed, "link").find((l) => l.attributes?.rel === "self")?.attributes?.href).toBe(self);
  const entries = kids(feed, "entry");
  for (const entry of entries) {
    for (const required of ["id", "title", "updated"]) expect(text(kid(entry, required)), required).not.toBe("");
    expect(text(kid(entry, "updated"))).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/); // RFC 3339
    absolute(String(kids(entry, "link").find((l) => (l.attributes?.rel ?? "alternate") === "alternate")?.attributes?.href));
  }
  return {
    titles: entries.map((e) => text(kid(e, "title"))),
    links: entries.map((e) => String(kids(e, "link").find((l) => (l.attributes?.rel ?? "alternate") === "alternate")?.attributes?.href)),
  };
}

type JsonFeed = { version: string; title: string; home_page_url: string; feed_url: string; items: { id: string; url: string; title: string; date_published: string; attachments?: { url: string; mime_type: string }[] }[] };

function checkJson(body: string, self: string): Checked {
  const json = JSON.parse(body) as JsonFeed;
  expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
  expect(json.title).not.toBe("");
  absolute(json.home_page_url);
  expect(json.feed_url).toBe(self);
  for (const item of json.items) {
    expect(item.id).not.toBe("");
    absolute(item.url);
    expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    for (const a of item.attachments ?? []) absolute(a.url);
  }
  return { titles: json.items.map((i) => i.title), links: json.items.map((i) => i.url) };
}

async function all(path: string): Promise<{ rss: Checked; atom: Checked; json: Checked }> {
  const [base, query] = path.split("?");
  const q = query ? `?${query}` : "";
  const responses = await Promise.all(["xml", "atom", "json"].map((ext) => get(`${base}.${ext}${q}`)));
  expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
  expect(responses.map((r) => r.headers.get("content-type"))).toEqual([
    "application/rss+xml; charset=utf-8",
    "application/atom+xml; charset=utf-8",
    "application/feed+json; charset=utf-8",
  ]);
  const [rss, atom, json] = await Promise.all(responses.map((r) => r.text()));
  const result = {
    rss: checkRss(rss!, `${ORIGIN}${base}.xml${q}`),
    atom: checkAtom(atom!, `${ORIGIN}${base}.atom${q}`),
    json: checkJson(json!, `${ORIGIN}${base}.json${q}`),
  };
  // The three formats carry the same entries in the same order.
  expect(result.atom.links).toEqual(result.rss.links);
  expect(result.json.links).toEqual(result.rss.links);
  return result;
}

describe("feeds", () => {
  it("news: the published articles, newest first, and never a draft or a future one", async () => {
    const { rss } = await all("/api/feed/nyheiter");
    const published = await db.prisma.newsArticle.findMany({ where: { publishedAt: { lte: new Date() } }, orderBy: { publishedAt: "desc" } });
    expect(published.length).toBeGreaterThan(0);
    expect(rss.links).toEqual(published.slice(0, 50).map((n) => `${ORIGIN}/nyheiter/${n.slug}`));
  });

  it("news in bokmål links the /nb pages and uses the bokmål titles", async () => {
    const { json } = await all("/api/feed/nyheiter?lang=nb");
    const first = await db.prisma.newsArticle.findFirstOrThrow({ where: { publishedAt: { lte: new Date() } }, orderBy: { publishedAt: "desc" } });
    expect(json.links[0]).toBe(`${ORIGIN}/nb/nyheiter/${first.slug}`);
    expect(json.titles[0]).toBe(first.titleNb ?? first.title);
  });

  it("minutes: one entry per meeting with published minutes; per body only that body's", async () => {
    const { rss } = await all("/api/feed/referat");
    const meetings = await db.prisma.meeting.findMany({ where: { status: "MINUTES_PUBLISHED", cancelledAt: null }, select: { id: true, body: { select: { slug: true } } } });
    expect(rss.links.length).toBe(Math.min(meetings.length, 50));
    const ssu = meetings.filter((m) => m.body.slug === "ssu").map((m) => `${ORIGIN}/mote/${m.id}`);
    expect(ssu.length).toBeGreaterThan(0);
    const perBody = await all("/api/feed/referat?organ=ssu");
    expect(perBody.rss.links.sort()).toEqual(ssu.sort());
  });

  it("papers: public meeting papers with their file; no restricted paper, draft or minutes", async () => {
    const { rss, json } = await all("/api/feed/sakspapir");
    expect(rss.links.length).toBeGreaterThan(0);
    expect(rss.titles.join("\n")).not.toContain("(internt)"); // the secretariat's internal budget (seed: papers.ts)
    const restricted = await db.prisma.document.findMany({ where: { visibility: { not: "PUBLIC" }, OR: [{ publicFrom: null }, { publicFrom: { gt: new Date() } }] }, select: { versions: { select: { id: true } } } });
    const items = (JSON.parse(await (await get("/api/feed/sakspapir.json")).text()) as JsonFeed).items;
    expect(json.links).toEqual(items.map((i) => i.url));
    // Every entry carries its file; no restricted version is among them.
    for (const item of items) {
      expect(item.attachments?.[0]?.url).toBe(item.id);
      expect(Object.keys(item)).not.toContain("enclosure");
    }
    expect(rss.links.length).toBe(items.length);
    const rssText = await (await get("/api/feed/sakspapir.xml")).text();
    expect(rssText.match(/<enclosure /g)?.length).toBe(items.length);
    const restrictedVersions = restricted.flatMap((d) => d.versions);
    expect(restrictedVersions.length).toBeGreaterThan(0);
    for (const version of restrictedVersions) expect(items.map((i) => i.id)).not.toContain(`${ORIGIN}/api/dokument/${version.id}`);
    const planned = await db.prisma.meeting.findMany({ where: { status: "PLANNED" }, select: { id: true } });
    for (const m of planned) expect(rss.links).not.toContain(`${ORIGIN}/mote/${m.id}`);
  });

  it("an unknown feed, format or body is 404, and the news has no per-body feed", async () => {
    expect((await get("/api/feed/nyheiter.html")).status).toBe(404);
    expect((await get("/api/feed/alt.xml")).status).toBe(404);
    expect((await get("/api/feed/referat.xml?organ=finst-ikkje")).status).toBe(404);
    expect((await get("/api/feed/nyheiter.xml?organ=ssu")).status).toBe(404);
  });
});
