// The public origin for absolute links (feeds, iCal, sitemap): SITE_URL in production, else the request's origin.
export function siteOrigin(request?: Request): string {
  const configured = process.env.SITE_URL ?? process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  if (request) return new URL(request.url).origin;
  return "http://localhost:3000";
}
