import { buildRss } from "@/lib/calendar/feed";
import { getMessages } from "@/lib/i18n";
import { getPublishedNews } from "@/lib/news/data";
import { siteOrigin } from "@/lib/site-url";

/** Published news as RSS 2.0 (nynorsk). */
export async function GET(request: Request): Promise<Response> {
  const origin = siteOrigin(request);
  const m = getMessages("nn").feeds;
  const news = await getPublishedNews({ limit: 50 });
  const xml = buildRss({
    title: m.newsTitle,
    link: `${origin}/nyheiter`,
    self: `${origin}/api/feed/nyheiter.xml`,
    description: m.newsDescription,
    language: "nn",
    items: news.map((n) => ({
      title: n.title,
      link: `${origin}/nyheiter/${n.slug}`,
      guid: `${origin}/nyheiter/${n.slug}`,
      description: n.lead,
      published: n.publishedAt,
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
