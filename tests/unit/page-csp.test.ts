// The hash policy of pages kept in Next's cache (issue 18 item 1, lib/cache/page-csp.mjs): Next's own inline scripts
// are hashed and nothing else, so a cached page has as strict a CSP as a per-request one (no 'unsafe-inline').
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addPagePolicy, inlineScriptHashes, policyWithScripts } from "@/lib/cache/page-csp.mjs";
import { contentSecurityPolicy } from "@/proxy";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const BOOTSTRAP =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0en5xt4c1c0-t.js","static/chunks/1x6i66kbg2h5v.js"],"runtimeModuleIds":[94553,12]});';
const START = "(self.__next_f=self.__next_f||[]).push([0])";
const payload = ['1:"$Sreact.fragment"\n2:I[339756,[],"default"]\n', '3:["$","h1",null,{"children":"Sakspapir </script> & «møte»"}]\n'];
const chunk = (text: string) => `self.__next_f.push([1,${JSON.stringify(text).replace(/</g, "\\u003c")}])`;

function page(extra = "") {
  return (
    `<!DOCTYPE html><html lang="nn"><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><h1>Møte</h1>` +
    `<script id="_R_">${BOOTSTRAP}</script><script src="/_next/static/chunks/b.js" async=""></script>` +
    `<script>${START}</script><script>${chunk(payload[0]!)}</script><script>${chunk(payload[1]!)}</script>${extra}</body></html>`
  );
}

describe("hashes of a cached page's inline scripts", () => {
  it("hashes the bootstrap, the flight start and every flight chunk when the chunks add up to the page's RSC payload", () => {
    const hashes = inlineScriptHashes(page(), Buffer.from(payload.join("")));
    expect(hashes).toEqual([sha(BOOTSTRAP), sha(START), sha(chunk(payload[0]!)), sha(chunk(payload[1]!))]);
  });

  it("refuses a page with any other inline script: markup injected into a page gets no hash", () => {
    expect(inlineScriptHashes(page("<script>alert(1)</script>"), Buffer.from(payload.join("")))).toBeNull();
    expect(inlineScriptHashes(page('<script id="_R_">fetch("//evil")</script>'), Buffer.from(payload.join("")))).toBeNull();
  });

  it("refuses a flight chunk that is not part of the page's own payload, or chunks out of order", () => {
    const forged = page(`<script>${chunk('4:"$Sforged"\n')}</script>`);
    expect(inlineScriptHashes(forged, Buffer.from(payload.join("")))).toBeNull();
    expect(inlineScriptHashes(page(), Buffer.from(payload.slice().reverse().join("")))).toBeNull();
    expect(inlineScriptHashes(page(), undefined)).toBeNull();
  });

  it("refuses a script with a src that also carries text", () => {
    expect(inlineScriptHashes(page('<script src="/x.js">alert(1)</script>'), Buffer.from(payload.join("")))).toBeNull();
  });
});

describe("the policy", () => {
  it("has the same directives as a per-request page; only script-src differs", () => {
    const cached = policyWithScripts(["'sha256-abc'"]);
    const perRequest = contentSecurityPolicy("bm9uY2U=", false);
    expect(cached).toContain("script-src 'self' 'sha256-abc';");
    expect(cached).not.toContain("unsafe-inline' 'sha");
    expect(cached.replace(/script-src [^;]+/, "")).toBe(perRequest.replace(/script-src [^;]+/, ""));
    expect(perRequest).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic';");
  });

  it("is put into the very headers object Next stores and sends with the page", () => {
    const headers: Record<string, string> = { "x-next-cache-tags": "meetings" };
    const entry = { kind: "APP_PAGE", html: page(), rscData: Buffer.from(payload.join("")), headers, status: 200 };
    expect(addPagePolicy(entry)).toBe(true);
    expect(entry.headers).toBe(headers);
    expect(headers["content-security-policy"]).toBe(policyWithScripts([sha(BOOTSTRAP), sha(START), sha(chunk(payload[0]!)), sha(chunk(payload[1]!))]));
  });

  it("lets no inline script run on a page that fails the check (it still reads: the HTML is whole)", () => {
    const headers: Record<string, string> = {};
    const entry = { kind: "APP_PAGE", html: page("<script>alert(1)</script>"), rscData: Buffer.from(payload.join("")), headers };
    expect(addPagePolicy(entry)).toBe(false);
    expect(headers["content-security-policy"]).toBe(policyWithScripts([]));
  });

  it("lists a page that fails the check in the end-to-end run's failure file, by its path (the run then fails)", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "page-csp-")), "failures.log");
    const before = process.env.SAMAN_PAGE_CSP_FAILURES;
    process.env.SAMAN_PAGE_CSP_FAILURES = file;
    try {
      const tags = "_N_T_/layout,_N_T_/anon/[lang]/mote/[id]/page,_N_T_/anon/nb/mote/x,meetings";
      expect(addPagePolicy({ kind: "APP_PAGE", html: page("<script>alert(1)</script>"), headers: { "x-next-cache-tags": tags } })).toBe(false);
      expect(addPagePolicy({ kind: "APP_PAGE", html: page(), rscData: Buffer.from(payload.join("")), headers: { "x-next-cache-tags": tags } })).toBe(true);
      expect(fs.readFileSync(file, "utf8")).toBe("/anon/nb/mote/x\n");
    } finally {
      if (before === undefined) delete process.env.SAMAN_PAGE_CSP_FAILURES;
      else process.env.SAMAN_PAGE_CSP_FAILURES = before;
    }
  });

  it("leaves other cache values alone (data, route handlers)", () => {
    const fetchEntry = { kind: "FETCH", data: { body: "{}" }, headers: {} as Record<string, string> };
    expect(addPagePolicy(fetchEntry)).toBe(false);
    expect(fetchEntry.headers).toEqual({});
  });
});
