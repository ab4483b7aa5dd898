import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/site-url";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/sok", "/nb/sok"] }],
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
