// Security headers for every response, and a fresh CSP nonce per request (Next reads it from the request's
// Content-Security-Policy header and puts it on its own scripts). Scripts run only with the nonce – no
// 'unsafe-inline' for scripts; inline styles are allowed (Designsystemet and Next set style attributes).
// This is defence in depth only: every page, action and download checks access itself (lib/auth/permissions.ts).
//
// A public reading page asked for by an anonymous reader is instead rewritten to its cached twin under app/anon
// (lib/http/anonymous-pages.ts, issue 18 item 1). That page is rendered once for everyone, so it cannot carry a nonce:
// its Content-Security-Policy lists the hashes of its own inline scripts and is stored with it by the cache handler
// (lib/cache/page-csp.mjs). The proxy sets no CSP on it – a second policy would be enforced as well and block them.
import { NextResponse, type NextRequest } from "next/server";
import { anonymousPagePath, isAnonymousTreePath } from "@/lib/http/anonymous-pages";
import { baseSecurityHeaders } from "@/lib/http/security-headers";
import { policyWithScripts } from "@/lib/cache/page-csp.mjs";

export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return policyWithScripts([`'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])]);
}

function withBaseHeaders(response: NextResponse): NextResponse {
  for (const [name, value] of Object.entries(baseSecurityHeaders(process.env.NODE_ENV === "production"))) response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const dev = process.env.NODE_ENV === "development";
  if (isAnonymousTreePath(pathname)) {
    // Only reachable through the rewrite: asked for directly it is an unknown page (app/[lang]/[...rest]).
    return nonceResponse(request, dev, internalUrl(request, `/nn${pathname}`));
  }
  const anonymous = dev
    ? null
    : anonymousPagePath({
        method: request.method,
        pathname,
        queryKeys: [...searchParams.keys()],
        cookieNames: request.cookies.getAll().map((cookie) => cookie.name),
        writes: request.headers.has("next-action") || request.headers.has("content-type"),
      });
  if (anonymous) return withBaseHeaders(NextResponse.rewrite(internalUrl(request, anonymous)));
  return nonceResponse(request, dev);
}

/** The same request's URL with another path (Next's own, so the rewrite stays inside the process: serve.ts). */
function internalUrl(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return url;
}

function nonceResponse(request: NextRequest, dev: boolean, rewriteTo?: URL): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, dev);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = rewriteTo
    ? NextResponse.rewrite(rewriteTo, { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return withBaseHeaders(response);
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
