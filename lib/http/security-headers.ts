// The security headers every response carries (issue 17): pages get them, with a per-request CSP nonce, from proxy.ts
// (a page cached for anonymous readers gets its hash CSP from the cache handler: lib/cache/page-csp.mjs);
// the few paths the proxy skips (Next's static files, the icon) get them from next.config.ts headers(); and the front
// server (scripts/lib/front-server.ts) adds whatever is still missing to every answer it sends – redirects, 404s,
// static files and its own 403/405/413/502 pages included. Pure, so it is shared and unit-tested.

export const HSTS = "max-age=63072000; includeSubDomains";

/** For answers that are not one of our pages (static files, plain-text errors): nothing may load, nothing may frame. */
export const STATIC_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The headers that are the same on every response (the CSP differs per page: its nonce). */
export function baseSecurityHeaders(production: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    ...(production ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** `headers` with every missing security header added (names compared case-insensitively; present values kept). */
export function withSecurityHeaders<T extends Record<string, unknown>>(headers: T, production: boolean): T & Record<string, string> {
  const present = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const out: Record<string, unknown> = { ...headers };
  const wanted = { "Content-Security-Policy": STATIC_CONTENT_SECURITY_POLICY, ...baseSecurityHeaders(production) };
  for (const [name, value] of Object.entries(wanted)) if (!present.has(name.toLowerCase())) out[name.toLowerCase()] = value;
  return out as T & Record<string, string>;
}
