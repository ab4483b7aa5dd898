import type { NextConfig } from "next";

// Language routing (see lib/i18n/paths.ts): every page lives under app/[lang]/… with lang ∈ {nn, nb}.
// - Nynorsk, the primary language, has no prefix: `/tilgjengelegheit` is served by app/[lang]/tilgjengelegheit with
//   lang = "nn" through the rewrite below; `/` is app/[lang]/page.tsx with lang = "nn".
// - Bokmål keeps its prefix: `/nb`, `/nb/tilgjengelegheit`.
// - `/nn` and `/nn/…` redirect (308) to the unprefixed address, so every page has exactly one URL per language.
//
// The rewrite is an `afterFiles` rewrite: files in public/ (favicon.ico, robots.txt …), Next's own assets and the
// route handlers under app/api are matched first, and everything else that is not already under /nb or /nn goes to
// nynorsk – including unknown addresses, which then get the nynorsk 404 page (app/[lang]/[...rest]).
const NOT_REWRITTEN = String.raw`(?!(?:nb|nn|api)(?:/|$)|_next/|__)`;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Native argon2 binding, unpdf (pdf.js for text extraction) and the combined meeting PDF (@cantoo/pdf-lib + fontkit):
  // loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "unpdf", "@cantoo/pdf-lib", "@pdf-lib/fontkit"],
  experimental: {
    // Uploads go through server actions: meeting papers up to 25 MB (lib/uploads/file-check.ts) plus the form's other
    // fields. The proxy (CSP nonces) buffers request bodies too, so both limits must allow it.
    serverActions: { bodySizeLimit: "26mb" },
    proxyClientMaxBodySize: "26mb",
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
