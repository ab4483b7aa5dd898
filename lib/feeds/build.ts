// One feed, three formats (issue 19.4): the `feed` package writes RSS 2.0, Atom 1.0 and JSON Feed 1 from the same
// description, with escaping, dates and the self links done for us. Pure: the caller passes absolute URLs.
import { Feed } from "feed";
import type { FeedFormat } from "./paths";

export type FeedEntry = {
  /** Stable and unique (RSS guid, Atom id, JSON Feed id). */
  id: string;
  title: string;
  /** Absolute address of the page the entry is about. */
  link: string;
  summary: string;
  /** When the entry appeared (published) – the order readers sort by. */
  date: Date;
  /** A file that belongs to the entry (a paper's PDF), absolute. */
  enclosure?: { url: string; type: string; length: number };
};

export type FeedSpec = {
  title: string;
  description: string;
  language: string;
  /** Absolute address of the page the feed mirrors (its <link rel="alternate"> points back here). */
  page: string;
  /** Absolute addresses of this feed in each format (the self links). */
  self: Record<FeedFormat, string>;
  entries: FeedEntry[];
};

export function renderFeed(spec: FeedSpec, format: FeedFormat): string {
  const feed = new Feed({
    id: spec.page,
    title: spec.title,
    description: spec.description,
    link: spec.page,
    language: spec.language,
    // The newest entry, so an unchanged feed is byte-identical between requests (no "now" in it).
    updated: spec.entries.reduce<Date>((latest, e) => (e.date > latest ? e.date : latest), new Date(0)),
    generator: "Saman",
    copyright: spec.title,
    feedLinks: { rss: spec.self.rss, atom: spec.self.atom, json: spec.self.json },
  });
  for (const entry of spec.entries) {
    feed.addItem({
      id: entry.id,
      guid: entry.id,
      title: entry.title,
      link: entry.link,
      description: entry.summary,
      date: entry.date,
      published: entry.date,
      // feed 6.0's own `enclosure` writes the type as "image/<last path segment>" whatever is given; so the RSS
      // <enclosure> is written as an item extension with the file's real type (Atom entries link the meeting page).
      ...(entry.enclosure ? { extensions: [{ name: "enclosure", objects: { _attributes: { url: entry.enclosure.url, length: entry.enclosure.length, type: entry.enclosure.type } } }] } : {}),
    });
  }
  if (format === "rss") return feed.rss2();
  if (format === "atom") return feed.atom1();
  return withAttachments(feed.json1(), spec.entries);
}

/**
 * The package writes no JSON Feed `attachments`, and copies the RSS item extension above into the JSON item; so the
 * extension is dropped and the files are added as attachments here (same order as the entries).
 */
function withAttachments(json: string, entries: FeedEntry[]): string {
  const feed = JSON.parse(json) as { items: Record<string, unknown>[] };
  feed.items.forEach((item, i) => {
    delete item.enclosure;
    const enclosure = entries[i]?.enclosure;
    if (enclosure) item.attachments = [{ url: enclosure.url, mime_type: enclosure.type, size_in_bytes: enclosure.length }];
  });
  return JSON.stringify(feed, null, 2);
}
