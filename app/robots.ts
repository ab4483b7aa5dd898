import type { MetadataRoute } from "next";
import { href, locales } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-url";

// Read on request, so the sitemap address follows SITE_URL at run time, not at build time.
export const dynamic = "force-dynamic";

/**
 * Not for indexing: machine endpoints, search results, and everything personal or behind sign-in (the private
 * status links of cases carry a secret in the address). robots.txt is advice, not protection: each of these pages
 * checks access itself and also says noindex.
 */
const PRIVATE_PATHS = ["/sok", "/logg-inn", "/mitt-saman", "/mine-mote", "/mine-honorar", "/mine-saker", "/saksbehandling", "/sak/status/", "/admin", "/avvik", "/samsvar"];

export default function robots(): MetadataRoute.Robots {
  const disallow = ["/api/", ...locales.flatMap((lang) => PRIVATE_PATHS.map((path) => href(lang, path)))];
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: [...new Set(disallow)] }],
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
