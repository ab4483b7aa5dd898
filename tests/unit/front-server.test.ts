// The front server's page cache and client address, against a small upstream that counts its renders.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFrontServer, type FrontServer } from "@/scripts/lib/front-server";

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
  front = createFrontServer({ upstreamPort, maxAgeMs: 60_000 });
  origin = `http://127.0.0.1:${await listen(front.server)}`;
});

afterEach(async () => {
  front.server.closeAllConnections();
  await new Promise((resolve) => front.server.close(resolve));
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers });

describe("page cache for anonymous readers", () => {
  it("renders a public page once and serves the same HTML and CSP header again", async () => {
    const first = await get("/mote/1");
    const second = await get("/mote/1");
    expect(first.headers.get("x-saman-cache")).toBe("MISS");
    expect(second.headers.get("x-saman-cache")).toBe("HIT");
    expect(await second.text()).toBe("<p>første versjon</p>");
    expect(second.headers.get("content-security-policy")).toBe("script-src 'nonce-abc'");
    expect(renders["/mote/1"]).toBe(1);
  });

  it("keeps both front pages, /nb included (it was left out: the bokmål front page rendered on every visit)", async () => {
    for (const path of ["/", "/nb"]) {
      await get(path);
      expect((await get(path)).headers.get("x-saman-cache"), path).toBe("HIT");
      expect(renders[path], path).toBe(1);
    }
  });

  it("renders once for many visitors arriving together", async () => {
    const bodies = await Promise.all(Array.from({ length: 20 }, () => get("/nb/handlingsplan").then((r) => r.text())));
    expect(new Set(bodies)).toEqual(new Set(["<p>første versjon</p>"]));
    expect(renders["/nb/handlingsplan"]).toBe(1);
  });

  it("shows what was just written on the very next request", async () => {
    await get("/mote/1");
    const post = await fetch(origin + "/mote/1", { method: "POST", body: "x", redirect: "manual" });
    expect(post.status).toBe(303);
    expect(await (await get("/mote/1")).text()).toBe("<p>andre versjon</p>");
  });

  it("never caches for a visitor with a cookie (signed in), nor client-side navigation requests", async () => {
    await get("/ssu", { cookie: "next-auth.session-token=abc" });
    await get("/ssu", { cookie: "next-auth.session-token=abc" });
    await get("/ssu", { rsc: "1" });
    await get("/ssu?_rsc=x1");
    expect(renders["/ssu"]).toBe(3);
  });

  it("never caches pages off the public reading list (forms, private status links, downloads, health)", async () => {
    for (const path of ["/meld-inn-sak", "/sak/status/hemmeleg", "/api/dokument/1", "/api/health", "/admin"]) {
      await get(path);
      const again = await get(path);
      expect(again.headers.get("x-saman-cache"), path).toBe("BYPASS");
      expect(renders[path], path).toBe(2);
    }
  });

  it("does not keep answers that set a cookie or are not 200", async () => {
    await get("/kontakt?cookie");
    await get("/kontakt?cookie");
    await get("/mote/404");
    const notFound = await get("/mote/404");
    expect(notFound.status).toBe(404);
    expect(renders["/kontakt?cookie"]).toBe(2);
    expect(renders["/mote/404"]).toBe(2);
  });

  it("after its time, serves the page once more while one render replaces it; much later it waits for the render", async () => {
    front.server.close();
    const upstreamPort = (upstream.address() as AddressInfo).port;
    front = createFrontServer({ upstreamPort, maxAgeMs: 50 });
    origin = `http://127.0.0.1:${await listen(front.server)}`;
    await get("/om");
    content = "andre versjon";
    await new Promise((resolve) => setTimeout(resolve, 80));
    const stale = await get("/om");
    expect(stale.headers.get("x-saman-cache")).toBe("STALE");
    expect(await stale.text()).toBe("<p>første versjon</p>");
    await new Promise((resolve) => setTimeout(resolve, 60)); // the background render (30 ms) has finished
    expect(await (await get("/om")).text()).toBe("<p>andre versjon</p>");
    expect(renders["/om"]).toBe(2);
    content = "tredje versjon";
    await new Promise((resolve) => setTimeout(resolve, 400)); // older than six times its maximum age
    const fresh = await get("/om");
    expect(fresh.headers.get("x-saman-cache")).toBe("MISS");
    expect(await fresh.text()).toBe("<p>tredje versjon</p>");
  });
});

describe("writes on another instance (issue 18: the shared tag table's write mark)", () => {
  it("renders a cached page again as soon as any instance revalidated a tag, and serves it on no mark it cannot read", async () => {
    front.server.close();
    const upstreamPort = (upstream.address() as AddressInfo).port;
    let mark = "100";
    let markFails = false;
    front = createFrontServer({
      upstreamPort,
      maxAgeMs: 60_000,
      writeMark: async () => {
        if (markFails) throw new Error("database gone");
        return mark;
      },
    });
    origin = `http://127.0.0.1:${await listen(front.server)}`;
    await get("/nyheiter");
    expect((await get("/nyheiter")).headers.get("x-saman-cache")).toBe("HIT");

    // Another instance publishes: its revalidateTag moves the mark; no POST ever reached this instance.
    content = "andre versjon";
    mark = "200";
    const after = await get("/nyheiter");
    expect(after.headers.get("x-saman-cache")).toBe("MISS");
    expect(await after.text()).toBe("<p>andre versjon</p>");
    expect((await get("/nyheiter")).headers.get("x-saman-cache")).toBe("HIT");

    // Without the mark nothing is served from the cache, nor kept.
    markFails = true;
    content = "tredje versjon";
    expect(await (await get("/nyheiter")).text()).toBe("<p>tredje versjon</p>");
    expect((await get("/nyheiter")).headers.get("x-saman-cache")).toBe("MISS");
    expect(renders["/nyheiter"]).toBe(4);
  });
});

it("names its instance (SAMAN_INSTANCE_ID) on every answer: a render, a cache hit, a refusal; no header without a name", async () => {
  expect((await get("/ssu")).headers.get("x-saman-instance")).toBeNull();
  front.server.close();
  front = createFrontServer({ upstreamPort: (upstream.address() as AddressInfo).port, maxAgeMs: 60_000, instanceId: "b" });
  origin = `http://127.0.0.1:${await listen(front.server)}`;
  const rendered = await get("/ssu");
  const hit = await get("/ssu");
  const refused = await fetch(`${origin}/ssu`, { method: "PROPFIND" });
  expect([rendered, hit, refused].map((r) => [r.status, r.headers.get("x-saman-cache"), r.headers.get("x-saman-instance")])).toEqual([
    [200, "MISS", "b"],
    [200, "HIT", "b"],
    [405, null, "b"],
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
        expect(response.headers.get("x-saman-cache")).toBe("NOT-FOUND");
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
    const gated = createFrontServer({ upstreamPort: (upstream.address() as AddressInfo).port, maxAgeMs: 60_000, upstreamConcurrency: 1 });
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
