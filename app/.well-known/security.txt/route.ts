import { getContactDetails } from "@/lib/contact/data";
import { siteOrigin } from "@/lib/site-url";
import { buildSecurityTxt } from "@/lib/web-files/security-txt";

// Made per request: the contact follows /admin/kontakt and Expires stays in the future.
export const dynamic = "force-dynamic";

/** RFC 9116 security.txt with the secretariat's contact details. */
export async function GET(request: Request): Promise<Response> {
  const contact = await getContactDetails();
  const body = buildSecurityTxt({ origin: siteOrigin(request), email: contact?.email ?? null, now: new Date() });
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
