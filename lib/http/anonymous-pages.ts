// Which requests get the cached anonymous page (issue 18 item 1): proxy.ts rewrites them to the twin route under
// app/anon, which Next renders once and keeps in its cache (ISR, shared by every instance through
// lib/cache/pg-cache-handler.mjs). Everything else – a signed-in reader, a form post, a filtered list, search – is
// rendered per request, with the reader's own view and a CSP nonce. Pure, so the decision is unit-tested.

/** The public reading pages, with or without the /nb prefix; each has a twin under app/anon/[lang]. */
const READING_PAGES = new RegExp(
  "^(?:/nb)?(?:/|/organisering|/ssu|/partnarskapsmotet|/samarbeidssekretariatet|/omradeutval/[^/]+|/utval/[^/]+" +
    "|/mote|/mote/[^/]+|/handlingsplan|/handlingsplan/[^/]+|/handlingsplan/tiltak/[^/]+|/avtalar|/avtalar/[^/]+" +
    "|/nyheiter|/nyheiter/[^/]+|/om|/kontakt|/tilgjengelegheit)?/?$",
);

/** Both names next-auth's session cookie goes by (lib/auth/cookie.ts: `__Secure-` on https). */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;

/** The cached tree's first segment; asked for directly it is a 404 (proxy.ts), so every page keeps one address. */
export const ANONYMOUS_TREE = "/anon";

export type PageRequest = {
  method: string;
  pathname: string;
  /** The query's parameter names. */
  queryKeys: readonly string[];
  cookieNames: readonly string[];
  /** A server action (Next-Action header) or a body (Content-Type). */
  writes: boolean;
};

/**
 * The anonymous twin's path for this request (e.g. `/ssu` → `/anon/nn/ssu`, `/nb/mote/x` → `/anon/nb/mote/x`), or
 * null when it must be rendered per request: not a read; a session cookie (even an expired one: the page then says
 * the session ended, per request); any query parameter but `_rsc` (the client router's cache-buster) – filters, pages
 * and the language switch's kept query are per request; or not a public reading page.
 */
export function anonymousPagePath(request: PageRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.writes) return null;
  if (request.cookieNames.some((name) => (SESSION_COOKIES as readonly string[]).includes(name))) return null;
  if (request.queryKeys.some((key) => key !== "_rsc")) return null;
  if (!READING_PAGES.test(request.pathname)) return null;
  const path = request.pathname.replace(/\/$/, "");
  if (path === "/nb" || path.startsWith("/nb/")) return `${ANONYMOUS_TREE}${path}`;
  return `${ANONYMOUS_TREE}/nn${path}`;
}

/** A direct request for the cached tree itself (not through the rewrite). */
export function isAnonymousTreePath(pathname: string): boolean {
  return pathname === ANONYMOUS_TREE || pathname.startsWith(`${ANONYMOUS_TREE}/`);
}
