// Pages for anonymous readers, rendered once and kept in Next's cache (ISR, issue 18 item 1): proxy.ts rewrites a
// plain GET of a public reading page without a session cookie and without a query string here
// (lib/http/anonymous-pages.ts). Every page of this tree re-exports its twin under app/[lang], so there is one page
// and one layout, rendered in two ways:
// - here without a request (force-static): no cookies, so the viewer is anonymous; no nonce, so the cache handler
//   puts a hash Content-Security-Policy on the stored page instead (lib/cache/page-csp.mjs);
// - under app/[lang] per request, with the viewer and a nonce.
// The cache lives in PostgreSQL (lib/cache/pg-cache-handler.mjs), shared by every instance. Freshness: the page carries
// every public tag, so any write that revalidates public data (revalidatePublic) or a path expires it on every
// instance at once; what changes by time alone (a paper's publication time, a news article's) shows within
// `revalidate` seconds.
import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/site-document";
import { langFromParams } from "@/lib/i18n/params";
import { tagAllPublic } from "@/lib/public-cache";

// The same metadata and viewport, and with them the same global CSS (imported by that module).
export { generateMetadata, viewport } from "@/app/[lang]/layout";

export const dynamic = "force-static";
export const revalidate = 10;

export default async function AnonymousLayout(props: { children: ReactNode; params: Promise<{ lang: string }> }) {
  await tagAllPublic();
  return (
    <SiteDocument lang={await langFromParams(props.params)} cached>
      {props.children}
    </SiteDocument>
  );
}
