// RSS 2.0 for the news and minutes feeds (one format for both; every reader understands it).

export type FeedItem = { title: string; link: string; description: string; published: Date; guid: string };

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function buildRss(options: { title: string; link: string; self: string; description: string; language: string; items: FeedItem[] }): string {
  const items = options.items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      <guid isPermaLink="false">${escapeXml(item.guid)}</guid>
      <pubDate>${item.published.toUTCString()}</pubDate>
      <description>${escapeXml(item.description)}</description>
    </item>`,
    )
    .join("\n");
  const newest = options.items[0]?.published ?? new Date(0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(options.title)}</title>
    <link>${escapeXml(options.link)}</link>
    <atom:link href="${escapeXml(options.self)}" rel="self" type="application/rss+xml"/>
    <description>${escapeXml(options.description)}</description>
    <language>${options.language}</language>
    <lastBuildDate>${newest.toUTCString()}</lastBuildDate>
${items}
  </channel>
</rss>
`;
}
