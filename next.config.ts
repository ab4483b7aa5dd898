import path from "node:path";
import type { NextConfig } from "next";
import { REQUEST_BODY_LIMIT_MB } from "./lib/http/limits";
import { baseSecurityHeaders, STATIC_CONTENT_SECURITY_POLICY } from "./lib/http/security-headers";

// Language routing (see lib/i18n/paths.ts): every page lives under app/[lang]/… with lang ∈ {nn, nb}.
// - Nynorsk, the primary language, has no prefix: `/tilgjengelegheit` is served by app/[lang]/tilgjengelegheit with
//   lang = "nn" through the rewrite below; `/` is app/[lang]/page.tsx with lang = "nn".
// - Bokmål keeps its prefix: `/nb`, `/nb/tilgjengelegheit`.
// - `/nn` and `/nn/…` redirect (308) to the unprefixed address, so every page has exactly one URL per language.
//
// The rewrite is an `afterFiles` rewrite: files in public/ (favicon.ico, robots.txt …), Next's own assets and the
// route handlers under app/api are matched first, and everything else that is not already under /nb or /nn goes to
// nynorsk – including unknown addresses, which then get the nynorsk 404 page (app/[lang]/[...rest]).
const NOT_REWRITTEN = String.raw`(?!(?:nb|nn|api|anon)(?:/|$)|_next/|__)`;

const nextConfig: NextConfig = {
  // Several instances behind one load balancer (README, "Several instances"): every instance runs the same build, and
  // DEPLOYMENT_ID (e.g. the release's commit) names it. Next puts it on every asset URL and on the client router's
  // requests, so a browser holding pages of the previous release is sent a full page load instead of mixing the two
  // releases' code while a rolling deploy is under way. Read at build and at start: set it for both. Next's own
  // NEXT_DEPLOYMENT_ID, when set, wins over it. Unset (one instance): no deployment id, as before.
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // The type check is `npm run typecheck` (tsc over every file; CI runs it before anything is built). The build's own
  // second pass over the same files cost over a minute of a 2-core machine in every CI run and every first start.
  typescript: { ignoreBuildErrors: true },
  // Next's data cache (unstable_cache: lib/public-cache.ts) lives in the portal's own database, shared by every
  // instance, with tag expiry checked on every read (lib/cache/pg-cache-handler.mjs, issue 18). No in-process copy
  // and nothing in .next/cache: an entry is never served after a write on any instance expired its tag, and a portal
  // started against another database never sees this one's entries.
  cacheHandler: path.resolve("lib/cache/pg-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Native argon2 binding, unpdf (pdf.js for text extraction) and the PDF writer (@cantoo/pdf-lib + @cantoo/fontkit):
  // loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "unpdf", "@cantoo/pdf-lib", "@cantoo/fontkit"],
  experimental: {
    // Uploads go through server actions: meeting papers up to 25 MB (lib/uploads/file-check.ts) plus the form's other
    // fields. The proxy (CSP nonces) buffers request bodies too, so both limits must allow it. The front server
    // refuses a larger body with 413 before it gets here (lib/http/limits.ts).
    serverActions: { bodySizeLimit: `${REQUEST_BODY_LIMIT_MB}mb` },
    proxyClientMaxBodySize: `${REQUEST_BODY_LIMIT_MB}mb`,
  },
  // Security headers where proxy.ts does not run (its matcher skips Next's static files and the icon) and on the
  // /nn redirects below, which are answered before the proxy. Pages get theirs, with a CSP nonce, from proxy.ts; the
  // front server adds any still missing (issue 17).
  async headers() {
    const production = process.env.NODE_ENV === "production";
    const headers = Object.entries({ ...baseSecurityHeaders(production), "Content-Security-Policy": STATIC_CONTENT_SECURITY_POLICY }).map(
      ([key, value]) => ({ key, value }),
    );
    return ["/_next/static/:path*", "/_next/image", "/favicon.ico", "/icon.svg", "/nn", "/nn/:path*"].map((source) => ({ source, headers }));
  },
  async redirects() {
    return [
      { source: "/nn", destination: "/", permanent: true },
      { source: "/nn/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: "/nn" },
        { source: `/:path(${NOT_REWRITTEN}.+)`, destination: "/nn/:path" },
      ],
      fallback: [],
    };
  },
};

export default nextConfig;
