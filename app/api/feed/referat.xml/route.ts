import { meetingPath } from "@/lib/meetings/paths";
import { buildRss } from "@/lib/calendar/feed";
import { fill, formatDate, getMessages } from "@/lib/i18n";
import { getLatestPublishedMinutesCached } from "@/lib/meetings/data";
import { siteOrigin } from "@/lib/site-url";

/** Published minutes as RSS 2.0 (nynorsk), newest meeting first. */
export async function GET(request: Request): Promise<Response> {
  const origin = siteOrigin(request);
  const m = getMessages("nn").feeds;
  const minutes = await getLatestPublishedMinutesCached(50, null);
  const xml = buildRss({
    title: m.minutesTitle,
    link: `${origin}/mote`,
    self: `${origin}/api/feed/referat.xml`,
    description: m.minutesDescription,
    language: "nn",
    items: minutes.map((item) => ({
      title: fill(m.minutesItem, { body: item.body.name, date: formatDate("nn", item.meetingStartsAt, "long") }),
      link: `${origin}${meetingPath(item.meetingId)}`,
      guid: `${origin}${meetingPath(item.meetingId)}#referat`,
      description: fill(m.minutesItem, { body: item.body.name, date: formatDate("nn", item.meetingStartsAt, "long") }),
      published: item.publishedAt ?? item.meetingStartsAt,
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
