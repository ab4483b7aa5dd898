// Issue 17, security findings at the HTTP edge: the front server refuses what Next answered with a 500 (TRACE, a
// foreign or "null" Origin on a form post or server action, an oversized body) with a readable page, and every answer
// it sends – redirects, 404s, static files, its own refusals – carries the security headers. Against a small upstream
// that records what reached it and answers without any security header of its own.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFrontServer, type FrontServer } from "@/scripts/lib/front-server";
import { isForeignOriginWrite } from "@/scripts/lib/request-guards";

let upstream: http.Server;
let front: FrontServer;
let origin: string;
let reached: string[];

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return (server.address() as AddressInfo).port;
}

beforeEach(async () => {
  reached = [];
  upstream = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      reached.push(`${request.method} ${request.url} ${Buffer.concat(chunks).length}`);
      const path = request.url ?? "/";
      if (path === "/nn/mote") response.writeHead(308, { location: "/mote" }).end();
      else if (path === "/borte") response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      else if (path.startsWith("/_next/static/")) response.writeHead(200, { "content-type": "application/javascript" }).end("1");
      else response.writeHead(200, { "content-type": "text/html" }).end("<p>side</p>");
    });
  });
  front = createFrontServer({ upstreamPort: await listen(upstream), hsts: true, maxBodyBytes: 64 * 1024 });
  const port = await listen(front.server);
  origin = `http://127.0.0.1:${port}`;
});

afterEach(async () => {
  front.server.closeAllConnections();
  await new Promise((resolve) => front.server.close(resolve));
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

/** A raw request (fetch refuses TRACE and sets Origin itself). */
function raw(method: string, path: string, headers: http.OutgoingHttpHeaders = {}, body?: Buffer | Buffer[]) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const request = http.request(`${origin}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    for (const part of Array.isArray(body) ? body : body ? [body] : []) request.write(part);
    request.end();
  });
}

function expectSecurityHeaders(headers: http.IncomingHttpHeaders) {
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
}

describe("unsupported methods", () => {
  // (Methods Node's parser does not know, such as TRACK, are refused by Node itself with 400.)
  it.each(["TRACE", "PROPFIND", "LINK"])("answers %s with 405, Allow and a readable page, without asking the app", async (method) => {
    const answer = await raw(method, "/mote");
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toContain("GET");
    expect(answer.text).toContain("Metoden er ikkje tillaten");
    expect(reached).toEqual([]);
  });

  it("answers in bokmål under /nb", async () => {
    const answer = await raw("TRACE", "/nb/mote");
    expect(answer.text).toContain('lang="nb"');
    expect(answer.text).toContain("Metoden er ikke tillatt");
    expectSecurityHeaders(answer.headers);
  });
});

describe("form posts and server actions from another origin", () => {
  const post = (headers: http.OutgoingHttpHeaders, path = "/meld-inn-sak") =>
    raw("POST", path, { "content-type": "text/plain;charset=UTF-8", "next-action": "abc", ...headers }, Buffer.from("[]"));

  it.each(["https://evil.example", "null", "http://127.0.0.1:1"])("refuses Origin %s with 403", async (value) => {
    const answer = await post({ origin: value });
    expect(answer.status).toBe(403);
    expect(answer.text).toContain("Førespurnaden vart avvist");
    expectSecurityHeaders(answer.headers);
    expect(reached).toEqual([]);
  });

  it("passes the portal's own origin, a request without Origin, and route handlers under /api", async () => {
    expect((await post({ origin })).status).toBe(200);
    expect((await post({})).status).toBe(200);
    expect((await post({ origin: "https://evil.example" }, "/api/auth/callback/oidc")).status).toBe(200);
    expect(reached).toHaveLength(3);
  });

  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const headers = { host: "10.0.0.5:3000", origin: "https://saman.example.no", "x-forwarded-host": "saman.example.no" };
    expect(isForeignOriginWrite("POST", "/x", headers, { trustProxy: true })).toBe(false);
    expect(isForeignOriginWrite("POST", "/x", headers, { trustProxy: false })).toBe(true);
    expect(isForeignOriginWrite("POST", "/x", headers, { extraOrigins: ["https://saman.example.no"] })).toBe(false);
    expect(isForeignOriginWrite("GET", "/x", { ...headers, origin: "null" })).toBe(false);
  });
});

describe("request bodies over the limit", () => {
  it("answers a declared oversized body with 413 and a readable page, never passing it on", async () => {
    const answer = await raw("POST", "/meld-inn-sak", { origin, "content-type": "multipart/form-data; boundary=x" }, Buffer.alloc(100 * 1024, 120));
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("Det du sende, er for stort");
    expectSecurityHeaders(answer.headers);
    expect(reached).toEqual([]);
  });

  it("lets a client still sending a large refused body read the 413 (no broken pipe)", async () => {
    for (let i = 0; i < 3; i++) {
      const answer = await raw("POST", "/meld-inn-sak", { origin }, Buffer.alloc(8 * 1024 * 1024, 120));
      expect(answer.status).toBe(413);
    }
  });

  it("cuts off a chunked body (no Content-Length) at the limit with 413", async () => {
    const parts = Array.from({ length: 10 }, () => Buffer.alloc(16 * 1024, 121));
    const answer = await raw("POST", "/nb/meld-inn-sak", { origin, "transfer-encoding": "chunked" }, parts);
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("Det du sendte, er for stort");
  });

  it("passes a body within the limit", async () => {
    const answer = await raw("POST", "/meld-inn-sak", { origin }, Buffer.alloc(10 * 1024, 120));
    expect(answer.status).toBe(200);
    expect(reached).toEqual(["POST /meld-inn-sak 10240"]);
  });
});

describe("security headers on every answer", () => {
  it.each([
    ["a redirect", "/nn/mote", 308],
    ["a 404", "/borte", 404],
    ["a static file", "/_next/static/chunks/a.js", 200],
    ["a cached public page", "/mote", 200],
  ])("on %s", async (_what, path, status) => {
    const answer = await raw("GET", path as string);
    expect(answer.status).toBe(status);
    expectSecurityHeaders(answer.headers);
    if (path === "/mote") expectSecurityHeaders((await raw("GET", path)).headers); // the cache hit too
  });

  it("keeps the page's own CSP (with its nonce)", async () => {
    upstream.removeAllListeners("request");
    upstream.on("request", (_request: http.IncomingMessage, response: http.ServerResponse) =>
      response.writeHead(200, { "content-type": "text/html", "content-security-policy": "script-src 'nonce-abc'" }).end("x"),
    );
    expect((await raw("GET", "/sok?q=1", { cookie: "a=b" })).headers["content-security-policy"]).toBe("script-src 'nonce-abc'");
  });

  it("on the answer when the app is down", async () => {
    upstream.closeAllConnections();
    await new Promise((resolve) => upstream.close(resolve));
    const answer = await raw("GET", "/kontakt", { cookie: "a=b" });
    expect(answer.status).toBe(502);
    expectSecurityHeaders(answer.headers);
    upstream.listen(0); // afterEach closes it again
  });
});
