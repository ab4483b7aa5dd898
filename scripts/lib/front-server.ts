// The front server: the only process listening on the public port; `next start` listens on the loopback behind it. It
// keeps no pages and no state that changes an answer (issue 18 item 1: pages for anonymous readers are cached by Next
// itself, in PostgreSQL, shared by every instance: app/anon, proxy.ts). It does only what Next cannot do for us:
//
// 1. Refuses what Next answers with a 500 (issue 17, scripts/lib/request-guards.ts): TRACE and other unused methods
//    (405), a form post or server action from a foreign or "null" Origin (403), a body over the limit (413, also a
//    chunked one, counted on the way); cleans control characters out of multipart part headers (file names:
//    scripts/lib/multipart-headers.ts); and puts the security headers on every answer it sends, whatever Next left
//    out (lib/http/security-headers.ts).
// 2. Answers a 404 whose body Next left empty with the rendered not-found page (scripts/lib/not-found-page.ts), so
//    the page says what happened without JavaScript.
// 3. Sets X-Forwarded-For to the real client address: the socket's, or with TRUST_PROXY=true the first address of
//    the incoming X-Forwarded-For (a load balancer in front). The app trusts that header because only this server
//    can reach it.
// 4. Lets only so many requests into the app at once (scripts/lib/upstream-gate.ts), cuts the render of a reader
//    who left, and stops gracefully.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { Transform } from "node:stream";
import { withSecurityHeaders } from "../../lib/http/security-headers";
import { multipartBoundary, multipartHeaderCleaner } from "./multipart-headers";
import { isEmptyErrorShell, notFoundPagePath, withoutScripts } from "./not-found-page";
import { isAllowedMethod, isDeclaredTooLarge, isForeignOriginWrite, REQUEST_BODY_LIMIT_BYTES, refusalPage, type Refusal } from "./request-guards";
import { createUpstreamGate } from "./upstream-gate";

/** How long an idle connection to the app stays in the pool (below the app's keep-alive timeout, serve.ts). */
const UPSTREAM_IDLE_MS = 60_000;

/** How long the rest of a refused request body is read and dropped before the connection is cut. */
const DRAIN_MS = 30_000;

/** An answer of the app read whole (only 404 documents are, to replace an empty one). */
type Entry = {
  status: number;
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
  /** The rendered not-found page standing in for Next's empty 404 document. */
  notFoundPage?: true;
};

export type FrontServerOptions = {
  upstreamPort: number;
  upstreamHost?: string;
  trustProxy?: boolean;
  /** Strict-Transport-Security on every answer (production). */
  hsts?: boolean;
  /** Largest request body passed on (default REQUEST_BODY_LIMIT_BYTES, the limit Next is given too). */
  maxBodyBytes?: number;
  /** Origins besides the requested host whose form posts are accepted (e.g. NEXTAUTH_URL's). */
  extraOrigins?: readonly string[];
  /** Requests inside the app at once (scripts/lib/upstream-gate.ts); more wait in line. Default 10. */
  upstreamConcurrency?: number;
  /**
   * This instance's name (SAMAN_INSTANCE_ID), sent as X-Saman-Instance on every answer: with several instances
   * behind a load balancer, an operator (and the multi-instance CI journey) sees which one answered. Unset: no header.
   */
  instanceId?: string;
};

export type FrontServer = {
  server: http.Server;
  stats: () => { upstream: { active: number; waiting: number } };
  /**
   * Graceful stop: no new connections, idle ones closed, requests in flight answered (a request arriving on a
   * kept-alive connection meanwhile is still answered, with `Connection: close`); resolves when none is left, or after
   * `timeoutMs` with the rest cut off. Resolves true when everything finished.
   */
  shutdown: (timeoutMs: number) => Promise<boolean>;
};

/** A page or a client-router payload: the app works on it until its last byte (unlike a file it streams). */
const isRender = (headers: http.IncomingHttpHeaders) => /^text\/(html|x-component)\b/.test(String(headers["content-type"] ?? ""));

const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"]);

export function createFrontServer(options: FrontServerOptions): FrontServer {
  const upstreamHost = options.upstreamHost ?? "127.0.0.1";
  const maxBodyBytes = options.maxBodyBytes ?? REQUEST_BODY_LIMIT_BYTES;
  const instance = options.instanceId?.trim();
  // Every answer leaves through `secure` (pages, cache hits, refusals, 502s), so the instance header goes on there.
  const secure = (headers: http.OutgoingHttpHeaders) => {
    const out = withSecurityHeaders(headers, options.hsts ?? false);
    return instance ? { ...out, "x-saman-instance": instance } : out;
  };
  // Idle connections to the app are closed after UPSTREAM_IDLE_MS, before the app would close them (serve.ts starts
  // `next start` with a longer keep-alive timeout); a read caught by the remaining race is sent again.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: UPSTREAM_IDLE_MS });
  const gate = createUpstreamGate(options.upstreamConcurrency ?? 10);
  const clientAddress = (request: IncomingMessage): string => {
    const socket = request.socket.remoteAddress ?? "";
    if (!options.trustProxy) return socket;
    const forwarded = request.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    return first || socket;
  };

  const upstreamHeaders = (request: IncomingMessage, acceptEncoding?: string): http.OutgoingHttpHeaders => {
    const headers: http.OutgoingHttpHeaders = { ...request.headers };
    delete headers["x-real-ip"];
    headers["x-forwarded-for"] = clientAddress(request);
    if (acceptEncoding !== undefined) {
      if (acceptEncoding) headers["accept-encoding"] = acceptEncoding;
      else delete headers["accept-encoding"];
    }
    return headers;
  };

  /**
   * One request to the app. A read that fails on a reused keep-alive connection before any answer is sent once more
   * on a new one: the app closed that idle connection just as it was taken from the pool, so the request never
   * reached it (Node's documented pattern: `reusedSocket` and ECONNRESET). Writes are never repeated.
   */
  const upstreamRequest = (
    params: { method: string; path: string; headers: http.OutgoingHttpHeaders; signal?: AbortSignal },
    onReply: (reply: IncomingMessage) => void,
    onError: () => void,
    body?: IncomingMessage,
    onTooLarge?: () => void,
  ) => {
    const attempt = (mayRetry: boolean, done: () => void) => {
      let retried = false;
      const upstream = http.request({ host: upstreamHost, port: options.upstreamPort, agent, ...params }, (reply) => {
        // A download streams to a client at the client's pace; it no longer holds the app's render.
        if (!isRender(reply.headers)) done();
        onReply(reply);
      });
      upstream.on("close", () => retried || done());
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        if (params.signal?.aborted) return;
        if (mayRetry && upstream.reusedSocket && error.code === "ECONNRESET") {
          retried = true;
          attempt(false, done);
        } else onError();
      });
      if (body) {
        // Counted on the way: a body without (or with a false) Content-Length is cut off at the limit with 413.
        let seen = 0;
        const limit = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            seen += chunk.length;
            if (seen > maxBodyBytes) callback(new BodyTooLarge());
            else callback(null, chunk);
          },
        });
        limit.on("error", (error) => {
          if (error instanceof BodyTooLarge) onTooLarge?.();
          upstream.destroy();
        });
        const boundary = multipartBoundary(body.headers["content-type"]);
        // Part headers (file names) cleaned of control characters, which made Next's form parser fail with a 500.
        if (boundary) body.pipe(limit).pipe(multipartHeaderCleaner(boundary)).pipe(upstream);
        else body.pipe(limit).pipe(upstream);
      } else upstream.end();
    };
    gate.run(params.signal, (done) => attempt(!body, done));
  };

  const pass = (request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? "GET";
    const isRead = method === "GET" || method === "HEAD";
    let tooLarge = false;
    // A reader who leaves before the answer (closed tab, a client's timeout) takes the app's work with them: the
    // upstream request is cut, so Next stops rendering for nobody. Under overload those abandoned renders piled up
    // until the Next server ran out of heap (BENCHMARKS.md, soak). A write always runs to its end.
    const abandoned = new AbortController();
    if (isRead) response.once("close", () => response.writableFinished || abandoned.abort());
    upstreamRequest(
      { method, path: request.url ?? "/", headers: upstreamHeaders(request), signal: abandoned.signal },
      (reply) => {
        if (reply.statusCode === 404 && isDocumentRequest(request) && isHtml(reply.headers)) {
          void collect(reply).then(async (entry) => {
            send(response, method, await rescueNotFound(request, entry), secure);
          });
          return;
        }
        response.writeHead(reply.statusCode ?? 502, secure(withoutHopByHop(reply.headers)));
        reply.pipe(response);
      },
      () => {
        if (!tooLarge) badGateway(response, secure);
      },
      // A read's body is empty: not piping it lets a read be sent again.
      isRead ? undefined : request,
      () => {
        tooLarge = true;
        refuse(request, response, 413);
      },
    );
  };

  /** A GET to the app, its whole answer in memory; null when the app cannot be reached. */
  const getEntry = (request: IncomingMessage, path: string, acceptEncoding: string, onEntry?: (entry: Entry, reply: IncomingMessage) => void) =>
    new Promise<Entry | null>((resolve) => {
      upstreamRequest(
        { method: "GET", path, headers: upstreamHeaders(request, acceptEncoding) },
        (reply) =>
          collect(reply).then((entry) => {
            onEntry?.(entry, reply);
            resolve(entry);
          }, () => resolve(null)),
        () => resolve(null),
      );
    });

  /** Next's empty 404 document replaced by the rendered not-found page, still with status 404; otherwise `entry`. */
  const rescueNotFound = async (request: IncomingMessage, entry: Entry): Promise<Entry> => {
    if (entry.status !== 404 || !isHtml(entry.headers) || !isEmptyErrorShell(entry.body, String(entry.headers["content-encoding"] ?? ""))) {
      return entry;
    }
    const page = await getEntry(request, notFoundPagePath(request.url ?? "/"), "");
    if (!page || page.status !== 200) return entry;
    const headers = { ...page.headers };
    delete headers["content-encoding"];
    delete headers["set-cookie"];
    headers["cache-control"] = entry.headers["cache-control"] ?? "private, no-store";
    return { status: 404, headers, body: Buffer.from(withoutScripts(page.body.toString("utf8"))), notFoundPage: true };
  };

  let inFlight = 0;
  let stopping = false;
  let onDrained: (() => void) | null = null;

  const server = http.createServer((request, response) => {
    inFlight++;
    if (stopping) response.shouldKeepAlive = false;
    response.once("close", () => {
      if (--inFlight === 0) onDrained?.();
    });
    const method = request.method ?? "GET";
    if (!isAllowedMethod(method)) {
      refuse(request, response, 405);
      return;
    }
    if (isForeignOriginWrite(method, request.url ?? "/", request.headers, { trustProxy: options.trustProxy, extraOrigins: options.extraOrigins })) {
      refuse(request, response, 403);
      return;
    }
    if (isDeclaredTooLarge(request.headers, maxBodyBytes)) {
      refuse(request, response, 413);
      return;
    }
    pass(request, response);
  });
  /**
   * Answers with a refusal page. What is left of a refused body is read and dropped (up to
   * twice the limit more, for at most half a minute) so the client, still sending, gets to read the answer instead of
   * a reset connection.
   */
  const refuse = (request: IncomingMessage, response: ServerResponse, status: Refusal) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const page = refusalPage(status, request.url ?? "/");
    // No "Connection: close": Node would cut the socket right after the answer, while the client is still sending
    // (EPIPE instead of the page). The connection stays until the rest is read below.
    response.writeHead(status, secure(page.headers));
    response.end(request.method === "HEAD" ? undefined : page.body);
    let drained = 0;
    const giveUp = setTimeout(() => request.destroy(), DRAIN_MS);
    giveUp.unref();
    request.on("data", (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > 2 * maxBodyBytes) request.destroy();
    });
    request.on("close", () => clearTimeout(giveUp));
    request.resume();
  };

  server.keepAliveTimeout = 65_000;

  const shutdown = async (timeoutMs: number): Promise<boolean> => {
    stopping = true;
    server.close();
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const finished =
      inFlight === 0 ||
      (await Promise.race([
        new Promise<boolean>((resolve) => (onDrained = () => resolve(true))),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
      ]));
    clearTimeout(timer);
    server.closeAllConnections();
    agent.destroy();
    return finished;
  };
  return { server, stats: () => ({ upstream: gate.stats() }), shutdown };
}

/** A browser asking for a page (not the client router's RSC request for one). */
function isDocumentRequest(request: IncomingMessage): boolean {
  const headers = request.headers;
  if (request.method !== "GET" || headers.rsc || headers["next-router-prefetch"] || headers["next-action"]) return false;
  return !new URL(request.url ?? "/", "http://front").searchParams.has("_rsc");
}

function isHtml(headers: http.IncomingHttpHeaders | http.OutgoingHttpHeaders): boolean {
  return String(headers["content-type"] ?? "").startsWith("text/html");
}

function collect(reply: IncomingMessage): Promise<Entry> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    reply.on("data", (chunk: Buffer) => chunks.push(chunk));
    reply.on("end", () => resolve({ status: reply.statusCode ?? 502, headers: withoutHopByHop(reply.headers), body: Buffer.concat(chunks) }));
    reply.on("error", reject);
  });
}

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
  return varyByCookie(out);
}

/**
 * A page from Next's cache (X-Nextjs-Cache) is the anonymous reader's page, and Next lets shared caches keep it
 * (`s-maxage`). It is what the request's cookies chose (proxy.ts: no session cookie), so a shared cache in front (a
 * CDN) must not hand it to a signed-in reader: Vary names Cookie.
 */
export function varyByCookie(headers: http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  if (headers["x-nextjs-cache"] === undefined) return headers;
  const vary = String(headers.vary ?? "");
  if (/(^|,)\s*cookie\s*(,|$)/i.test(vary)) return headers;
  return { ...headers, vary: vary ? `${vary}, Cookie` : "Cookie" };
}

type Secure = (headers: http.OutgoingHttpHeaders) => http.OutgoingHttpHeaders;

class BodyTooLarge extends Error {}

function send(response: ServerResponse, method: string, entry: Entry, secure: Secure) {
  const headers = entry.notFoundPage ? { ...entry.headers, "x-saman-not-found-page": "1" } : entry.headers;
  response.writeHead(entry.status, secure({ ...headers, "content-length": entry.body.length }));
  response.end(method === "HEAD" ? undefined : entry.body);
}

function badGateway(response: ServerResponse, secure: Secure) {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(502, secure({ "content-type": "text/plain; charset=utf-8" }));
  response.end("Saman svarar ikkje akkurat no. Prøv igjen om litt. / Saman svarer ikke akkurat nå. Prøv igjen om litt.");
}
