import { renderFeed } from "@/lib/feeds/build";
import { loadFeed } from "@/lib/feeds/content";
import { getFeedBody } from "@/lib/feeds/data";
import { FEED_FORMATS, hasBodyFeeds, parseFeedFile } from "@/lib/feeds/paths";
import { siteOrigin } from "@/lib/site-url";

/**
 * The public feeds (issue 19.4): /api/feed/<nyheiter|referat|sakspapir>.<xml|atom|json> – RSS 2.0, Atom 1.0, JSON
 * Feed – with ?organ=<slug> for one body's minutes or papers and ?lang=nb for bokmål (nynorsk otherwise).
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const parsed = parseFeedFile((await params).file);
  if (!parsed) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang") === "nb" ? "nb" : "nn";
  const slug = url.searchParams.get("organ");
  let body = null;
  if (slug !== null) {
    body = hasBodyFeeds(parsed.kind) ? await getFeedBody(slug) : null;
    if (!body) return new Response("Not found", { status: 404 });
  }
  const { format, contentType } = FEED_FORMATS[parsed.ext];
  const spec = await loadFeed(parsed.kind, lang, body, siteOrigin(request));
  return new Response(renderFeed(spec, format), { headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=300" } });
}
