import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/site-url";

// Read on request, so the sitemap address follows SITE_URL at run time, not at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/sok", "/nb/sok"] }],
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
