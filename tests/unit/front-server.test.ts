// The front server (no page cache: issue 18 item 1), its client address, 404 rescue and graceful stop, against a small
// upstream that counts its renders.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFrontServer, varyByCookie, type FrontServer } from "@/scripts/lib/front-server";

let upstream: http.Server;
let front: FrontServer;
let origin: string;
let renders: Record<string, number>;
let lastForwardedFor: string | undefined;
let content = "første versjon";
let servedOn: WeakSet<object>;
/** The slow request (/sakte): `arrived` resolves when the app has it, `answer()` lets the app reply. */
let slow: { arrived: Promise<void>; onArrive: () => void; answer: () => void; answered: Promise<void> };
/** Whether the app saw the slow request's connection go before it answered (the reader left, and the front server cut it). */
let cutBeforeAnswer: Promise<boolean>;

function slowRequestControls(): typeof slow {
  let onArrive = () => {};
  let answer = () => {};
  const arrived = new Promise<void>((resolve) => (onArrive = resolve));
  const answered = new Promise<void>((resolve) => (answer = resolve));
  return { arrived, onArrive, answer, answered };
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return (server.address() as AddressInfo).port;
}

beforeEach(async () => {
  renders = {};
  servedOn = new WeakSet();
  content = "første versjon";
  slow = slowRequestControls();
  upstream = http.createServer((request, response) => {
    const path = request.url ?? "/";
    if (path === "/sakte") {
      cutBeforeAnswer = new Promise((resolve) => {
        response.once("close", () => resolve(!response.writableFinished));
      });
      slow.onArrive();
      void slow.answered.then(() => response.writeHead(200, { "content-type": "text/plain" }).end("ferdig"));
      return;
    }
    renders[path] = (renders[path] ?? 0) + 1;
    // The app dropping an idle keep-alive connection just as the front server reuses it.
    const reused = servedOn.has(request.socket);
    servedOn.add(request.socket);
    if (path.startsWith("/dropped") && reused) {
      request.socket.destroy();
      return;
    }
    lastForwardedFor = request.headers["x-forwarded-for"] as string | undefined;
    if (request.method === "POST") {
      content = "andre versjon";
      response.writeHead(303, { location: "/mote/1" }).end();
      return;
    }
    if (path === "/logg-inn" || path === "/kontakt?cookie") {
      response.writeHead(200, { "set-cookie": "csrf=1", "content-type": "text/html" }).end("skjema");
      return;
    }
    if (path === "/mote/404") {
      response.writeHead(404, { "content-type": "text/html" }).end("finst ikkje");
      return;
    }
    // Next's empty 404 document for notFound() on a dynamic page (vercel/next.js#62228), gzip-encoded as Next sends it.
    if (path === "/mote/borte" || path === "/nb/mote/borte" || path === "/admin/borte") {
      const shell = '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/a.js"></script></head><body></body></html>';
      const gzip = /gzip/.test(String(request.headers["accept-encoding"] ?? ""));
      response.writeHead(404, { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-cache", ...(gzip ? { "content-encoding": "gzip" } : {}) });
      response.end(gzip ? zlib.gzipSync(shell) : shell);
      return;
    }
    if (path === "/ikkje-funne" || path === "/nb/ikkje-funne") {
      const h1 = path.startsWith("/nb") ? "Siden finnes ikke" : "Sida finst ikkje";
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": "script-src 'nonce-n'" });
      response.end(`<html lang="x"><head><link rel="preload" as="script" href="/_next/b.js"/><script nonce="n">self.__next_f=[]</script></head><body><h1>${h1}</h1><a href="/">Til framsida</a><script src="/_next/b.js" async=""></script></body></html>`);
      return;
    }
    // A slow render, so parallel visitors really arrive while it runs.
    setTimeout(() => response.writeHead(200, { "content-type": "text/html", "content-security-policy": "script-src 'nonce-abc'" }).end(`<p>${content}</p>`), 30);
  });
  const upstreamPort = await listen(upstream);
  front = createFrontServer({ upstreamPort });
  origin = `http://127.0.0.1:${await listen(front.server)}`;
});

afterEach(async () => {
  front.server.closeAllConnections();
  await new Promise((resolve) => front.server.close(resolve));
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers });

describe("no page cache (issue 18 item 1: Next caches the anonymous pages, shared by every instance)", () => {
  it("passes every read to the app, also a public page asked for again by many at once, with the app's own headers", async () => {
    const first = await get("/mote/1");
    const bodies = await Promise.all(Array.from({ length: 5 }, () => get("/mote/1").then((r) => r.text())));
    expect(first.headers.get("content-security-policy")).toBe("script-src 'nonce-abc'");
    expect(new Set(bodies)).toEqual(new Set(["<p>første versjon</p>"]));
    expect(renders["/mote/1"]).toBe(6);
  });

  it("adds Cookie to Vary on a page from Next's cache, so a shared cache never gives it to a signed-in reader", () => {
    expect(varyByCookie({ "x-nextjs-cache": "HIT", vary: "rsc, Accept-Encoding" }).vary).toBe("rsc, Accept-Encoding, Cookie");
    expect(varyByCookie({ "x-nextjs-cache": "MISS" }).vary).toBe("Cookie");
    expect(varyByCookie({ "x-nextjs-cache": "HIT", vary: "Accept-Encoding, cookie" }).vary).toBe("Accept-Encoding, cookie");
    expect(varyByCookie({ vary: "rsc" }).vary).toBe("rsc");
  });

  it("shows what was just written on the very next request", async () => {
    await get("/mote/1");
    const post = await fetch(origin + "/mote/1", { method: "POST", body: "x", redirect: "manual" });
    expect(post.status).toBe(303);
    expect(await (await get("/mote/1")).text()).toBe("<p>andre versjon</p>");
  });
});

it("names its instance (SAMAN_INSTANCE_ID) on every answer: a page, a 404 rescued, a refusal; no header without a name", async () => {
  expect((await get("/ssu")).headers.get("x-saman-instance")).toBeNull();
  front.server.close();
  front = createFrontServer({ upstreamPort: (upstream.address() as AddressInfo).port, instanceId: "b" });
  origin = `http://127.0.0.1:${await listen(front.server)}`;
  const rendered = await get("/ssu");
  const notFound = await get("/mote/borte");
  const refused = await fetch(`${origin}/ssu`, { method: "PROPFIND" });
  expect([rendered, notFound, refused].map((r) => [r.status, r.headers.get("x-saman-instance")])).toEqual([
    [200, "b"],
    [404, "b"],
    [405, "b"],
  ]);
});

describe("client address", () => {
  it("replaces a client's own X-Forwarded-For with the socket address", async () => {
    await get("/admin", { "x-forwarded-for": "203.0.113.9" });
    expect(lastForwardedFor).toBe("127.0.0.1");
  });

  it("with TRUST_PROXY, takes the first address a load balancer forwarded", async () => {
    front.server.close();
    front = createFrontServer({ upstreamPort: (upstream.address() as AddressInfo).port, trustProxy: true });
    origin = `http://127.0.0.1:${await listen(front.server)}`;
    await get("/admin", { "x-forwarded-for": "203.0.113.9, 10.0.0.1" });
    expect(lastForwardedFor).toBe("203.0.113.9");
  });
});

it("answers 502 with a message in both languages when the app is down", async () => {
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
  upstream = http.createServer();
  const response = await get("/ssu");
  expect(response.status).toBe(502);
  expect(await response.text()).toContain("Prøv igjen om litt");
});

describe("404 without JavaScript", () => {
  it("answers Next's empty 404 document with the rendered not-found page, without scripts, still 404", async () => {
    for (const [path, h1] of [["/mote/borte", "Sida finst ikkje"], ["/nb/mote/borte", "Siden finnes ikke"], ["/admin/borte", "Sida finst ikkje"]] as const) {
      for (const headers of [{}, { cookie: "session=1" }, { "accept-encoding": "gzip" }] as Record<string, string>[]) {
        const response = await get(path, headers);
        expect(response.status).toBe(404);
        expect(response.headers.get("x-saman-not-found-page")).toBe("1");
        expect(response.headers.get("cache-control")).toBe("private, no-cache");
        const html = await response.text();
        expect(html).toContain(`<h1>${h1}</h1>`);
        expect(html).not.toMatch(/<script|as="script"/);
      }
    }
  });

  it("leaves every other 404 and the client router's requests alone", async () => {
    const plain = await get("/mote/404");
    expect(plain.status).toBe(404);
    expect(await plain.text()).toBe("finst ikkje");
    const rsc = await get("/mote/borte", { rsc: "1" });
    expect(rsc.status).toBe(404);
    expect(await rsc.text()).toContain("__next_error__");
    expect(renders["/ikkje-funne"]).toBeUndefined();
  });
});

describe("connections to the app", () => {
  it("sends a read once more when the app closed the reused connection before answering; never a write", async () => {
    // A first request leaves an idle keep-alive connection; the app drops the next request that arrives on it.
    expect((await get("/logg-inn")).status).toBe(200);
    const api = await get("/dropped/api");
    expect(api.status).toBe(200);
    expect(renders["/dropped/api"]).toBe(2);
    expect((await get("/logg-inn")).status).toBe(200);
    const post = await fetch(origin + "/dropped/post", { method: "POST", body: "x", redirect: "manual" });
    expect(post.status).toBe(502);
    expect(renders["/dropped/post"]).toBe(1);
  });
});

describe("a reader who leaves (issue 17 item 6: memory that stays flat)", () => {
  it("takes the app's work with them: the read is cut upstream, so no render runs for nobody", async () => {
    const leaving = new AbortController();
    const read = fetch(origin + "/sakte", { headers: { cookie: "signed-in=1" }, signal: leaving.signal }).catch(() => "left");
    await slow.arrived;
    leaving.abort();
    expect(await read).toBe("left");
    expect(await cutBeforeAnswer).toBe(true);
    slow.answer();
  });

  it("lets only so many requests into the app at once; one whose reader leaves while it waits is never rendered", async () => {
    const gated = createFrontServer({ upstreamPort: (upstream.address() as AddressInfo).port, upstreamConcurrency: 1 });
    const gatedOrigin = `http://127.0.0.1:${await listen(gated.server)}`;
    try {
      const first = fetch(gatedOrigin + "/sakte", { headers: { cookie: "signed-in=1" } });
      await slow.arrived;
      const leaving = new AbortController();
      const waiting = fetch(gatedOrigin + "/mote/ventar", { headers: { cookie: "signed-in=1" }, signal: leaving.signal }).catch(() => "left");
      const next = fetch(gatedOrigin + "/mote/neste", { headers: { cookie: "signed-in=1" } });
      await expect.poll(() => gated.stats().upstream).toEqual({ active: 1, waiting: 2 });
      leaving.abort();
      expect(await waiting).toBe("left");
      await expect.poll(() => gated.stats().upstream.waiting).toBe(1);
      expect(renders["/mote/neste"]).toBeUndefined(); // still in line behind the slow render
      slow.answer();
      expect(await (await first).text()).toBe("ferdig");
      expect(await (await next).text()).toContain("første versjon");
      expect(renders["/mote/ventar"]).toBeUndefined();
      await expect.poll(() => gated.stats().upstream).toEqual({ active: 0, waiting: 0 });
    } finally {
      gated.server.closeAllConnections();
      await new Promise((resolve) => gated.server.close(resolve));
    }
  });

  it("never cuts a write: it runs to its end though the writer left", async () => {
    const leaving = new AbortController();
    const write = fetch(origin + "/sakte", { method: "POST", body: "x=1", headers: { "content-type": "application/x-www-form-urlencoded", origin }, signal: leaving.signal }).catch(() => "left");
    await slow.arrived;
    leaving.abort();
    expect(await write).toBe("left");
    slow.answer();
    expect(await cutBeforeAnswer).toBe(false);
  });
});

describe("graceful stop (issue 17: SIGTERM finishes requests in flight)", () => {
  it("stops accepting connections, answers the request in flight, then resolves", async () => {
    const inFlight = get("/sakte");
    await slow.arrived;
    const stopped = front.shutdown(60_000);
    // No new connection is accepted while the request in flight is still being answered.
    await expect(fetch(origin + "/ssu", { headers: { connection: "close" } })).rejects.toThrow();
    slow.answer();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ferdig");
    expect(await stopped).toBe(true);
  });

  it("cuts off what is still open after the limit and says so", async () => {
    const inFlight = get("/sakte").then(
      (response) => response.text(),
      () => "cut off",
    );
    await slow.arrived;
    expect(await front.shutdown(100)).toBe(false);
    expect(await inFlight).toBe("cut off");
    slow.answer();
  });
});
