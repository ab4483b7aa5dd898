import "server-only";
// What each feed holds (issue 19.4): published news, published minutes and public meeting papers – all of them, or
// one body's minutes or papers. Only what an anonymous visitor may read; links are absolute.
import { downloadPath } from "@/lib/documents/view";
import { formatDate, href, localize, type Locale, getTranslator } from "@/lib/i18n";
import { getLatestPublishedMinutesCached, type MeetingBody } from "@/lib/meetings/data";
import { meetingPath } from "@/lib/meetings/paths";
import { getPublishedNews } from "@/lib/news/data";
import type { FeedEntry, FeedSpec } from "./build";
import { getPublicPapers } from "./data";
import { siteName } from "@/lib/structure/data";
import { FEED_FORMATS, feedPath, type FeedExtension, type FeedKind } from "./paths";

/** The newest entries a feed carries. */
export const FEED_LIMIT = 50;

export async function loadFeed(kind: FeedKind, lang: Locale, body: MeetingBody | null, origin: string): Promise<FeedSpec> {
  const m = getTranslator(lang);
  const abs = (path: string) => `${origin}${path}`;
  const bodyName = body ? localize(lang, body.name, body.nameNb) : null;
  const self = Object.fromEntries(
    (Object.keys(FEED_FORMATS) as FeedExtension[]).map((ext) => [FEED_FORMATS[ext].format, abs(feedPath(kind, ext, { lang, body: body?.slug }))]),
  ) as FeedSpec["self"];
  const titled = (title: string) => (bodyName ? m("feeds.bodyTitle", { feed: title, body: bodyName }) : title);

  let entries: FeedEntry[];
  let title: string;
  let description: string;
  let page: string;
  if (kind === "nyheiter") {
    title = m("feeds.newsTitle");
    description = m("feeds.newsDescription", { name: (await siteName(lang)).text });
    page = abs(href(lang, "/nyheiter"));
    entries = (await getPublishedNews({ limit: FEED_LIMIT })).map((n) => ({
      id: `${origin}/nyheiter/${n.slug}`,
      title: localize(lang, n.title, n.titleNb),
      link: abs(href(lang, `/nyheiter/${n.slug}`)),
      summary: localize(lang, n.lead, n.leadNb),
      date: n.publishedAt,
    }));
  } else if (kind === "referat") {
    title = titled(m("feeds.minutesTitle"));
    description = m("feeds.minutesDescription");
    page = abs(href(lang, body ? `/mote?organ=${encodeURIComponent(body.slug)}` : "/mote"));
    entries = (await getLatestPublishedMinutesCached(FEED_LIMIT, body?.slug ?? null)).map((item) => {
      const text = m("feeds.minutesItem", { body: localize(lang, item.body.name, item.body.nameNb), date: formatDate(lang, item.meetingStartsAt, "long") });
      // The guid is the one the hand-written RSS used, so readers do not show old minutes again as new.
      return { id: `${origin}${meetingPath(item.meetingId)}#referat`, title: text, link: abs(href(lang, meetingPath(item.meetingId))), summary: text, date: item.publishedAt ?? item.meetingStartsAt };
    });
  } else {
    title = titled(m("feeds.papersTitle"));
    description = m("feeds.papersDescription");
    page = abs(href(lang, body ? `/mote?organ=${encodeURIComponent(body.slug)}` : "/mote"));
    entries = (await getPublicPapers({ limit: FEED_LIMIT, bodySlug: body?.slug ?? null })).map((paper) => {
      const values = {
        kind: m(`labels.documentKind.${paper.kind}`),
        title: localize(lang, paper.title, paper.titleNb),
        body: localize(lang, paper.body.name, paper.body.nameNb),
        date: formatDate(lang, paper.meetingStartsAt, "long"),
      };
      return {
        id: `${origin}/api/dokument/${paper.version.id}`,
        title: m("feeds.paperItem", values),
        link: abs(href(lang, meetingPath(paper.meetingId))),
        summary: m("feeds.paperSummary", values),
        date: paper.version.uploadedAt,
        enclosure: { url: abs(downloadPath(paper.version.id)), type: paper.version.mimeType, length: paper.version.size },
      };
    });
  }
  return { title, description, language: lang, page, self, entries };
}
