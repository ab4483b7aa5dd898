// Which requests get the cached anonymous page (issue 18 item 1, lib/http/anonymous-pages.ts), and that every page
// it rewrites to exists: the twin tree under app/anon mirrors app/[lang].
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { anonymousPagePath, isAnonymousTreePath, type PageRequest } from "@/lib/http/anonymous-pages";

const read = (pathname: string, extra: Partial<PageRequest> = {}): string | null =>
  anonymousPagePath({ method: "GET", pathname, queryKeys: [], cookieNames: [], writes: false, ...extra });

const PUBLIC_PAGES = [
  "/", "/organisering", "/ssu", "/partnarskapsmotet", "/samarbeidssekretariatet", "/omradeutval/bergen", "/utval/x",
  "/mote", "/mote/abc", "/handlingsplan", "/handlingsplan/2026", "/handlingsplan/tiltak/abc", "/avtalar", "/avtalar/x",
  "/nyheiter", "/nyheiter/x", "/om", "/kontakt", "/tilgjengelegheit",
];

describe("anonymous readers of public pages get the cached twin", () => {
  it("in nynorsk and bokmål, the front pages included, with or without a trailing slash", () => {
    expect(read("/")).toBe("/anon/nn");
    expect(read("/nb")).toBe("/anon/nb");
    expect(read("/nb/")).toBe("/anon/nb");
    expect(read("/ssu")).toBe("/anon/nn/ssu");
    expect(read("/nb/mote/abc")).toBe("/anon/nb/mote/abc");
    expect(read("/mote/abc/")).toBe("/anon/nn/mote/abc");
    expect(read("/om", { method: "HEAD" })).toBe("/anon/nn/om");
  });

  it("also for the client router (its _rsc cache-buster) and with cookies that are not a session", () => {
    expect(read("/ssu", { queryKeys: ["_rsc"] })).toBe("/anon/nn/ssu");
    expect(read("/ssu", { cookieNames: ["next-auth.csrf-token", "saman-lang"] })).toBe("/anon/nn/ssu");
  });

  it("every page it rewrites to exists under app/anon, as a twin of a page under app/[lang]", () => {
    for (const pathname of PUBLIC_PAGES) {
      for (const prefix of ["", "/nb"]) {
        const target = read(prefix + pathname === "/nb/" ? "/nb" : prefix + pathname);
        expect(target, prefix + pathname).not.toBeNull();
        const segments = target!.split("/").slice(3); // "", "anon", lang
        const dynamic = (dir: string, name: string) =>
          fs.existsSync(path.join(dir, name)) ? name : (fs.readdirSync(dir).find((entry) => /^\[[a-z]+\]$/i.test(entry)) ?? name);
        let anon = path.join("app", "anon", "[lang]");
        let twin = path.join("app", "[lang]");
        for (const segment of segments) {
          anon = path.join(anon, dynamic(anon, segment));
          twin = path.join(twin, dynamic(twin, segment));
        }
        expect(fs.existsSync(path.join(anon, "page.tsx")), `${anon}/page.tsx`).toBe(true);
        expect(fs.existsSync(path.join(twin, "page.tsx")), `${twin}/page.tsx`).toBe(true);
        expect(fs.readFileSync(path.join(anon, "page.tsx"), "utf8")).toContain(`@/${twin.split(path.sep).join("/")}/page`);
      }
    }
  });

  it("and every twin is static with a short revalidate time", () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name));
        else if (entry.name === "page.tsx") pages.push(path.join(dir, entry.name));
      }
    };
    walk(path.join("app", "anon"));
    expect(pages.length).toBe(PUBLIC_PAGES.length);
    for (const file of pages) {
      const text = fs.readFileSync(file, "utf8");
      expect(text, file).toContain('export const dynamic = "force-static";');
      expect(text, file).toMatch(/export const revalidate = \d+;/);
    }
  });
});

describe("everything else is rendered per request", () => {
  it("a signed-in reader (either session cookie name), even with an expired session", () => {
    expect(read("/ssu", { cookieNames: ["next-auth.session-token"] })).toBeNull();
    expect(read("/ssu", { cookieNames: ["__Secure-next-auth.session-token"] })).toBeNull();
  });

  it("a write: a form post, a server action, anything but GET and HEAD", () => {
    expect(read("/kontakt", { method: "POST" })).toBeNull();
    expect(read("/kontakt", { writes: true })).toBeNull();
  });

  it("any query: a filtered or paged list, the language switch's kept query", () => {
    expect(read("/mote", { queryKeys: ["organ"] })).toBeNull();
    expect(read("/handlingsplan", { queryKeys: ["_rsc", "status"] })).toBeNull();
  });

  it("pages that are not public reading pages: search, forms, private links, the secretariat, files", () => {
    for (const pathname of ["/sok", "/meld-inn-sak", "/sak/status/x", "/mitt-saman", "/admin", "/logg-inn", "/api/feed/nyheiter.xml", "/mote/a/referat/1", "/nn/ssu", "/anon/nn/ssu"]) {
      expect(read(pathname), pathname).toBeNull();
    }
  });

  it("the twin tree asked for directly is not a second address of a page", () => {
    expect(isAnonymousTreePath("/anon/nn/ssu")).toBe(true);
    expect(isAnonymousTreePath("/anon")).toBe(true);
    expect(isAnonymousTreePath("/anonym")).toBe(false);
  });
});
