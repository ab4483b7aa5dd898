// Addresses of the public feeds (issue 19.4): /api/feed/<kind>.<ext>, with ?organ=<body slug> for one body's minutes
// or papers and ?lang=nb for bokmål. The first two RSS addresses (nyheiter.xml, referat.xml) are the ones readers
// subscribed to before Atom and JSON Feed were added; they stay as they were.
import type { Locale } from "@/lib/i18n/config";

export const FEED_KINDS = ["nyheiter", "referat", "sakspapir"] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export const FEED_FORMATS = {
  xml: { format: "rss", contentType: "application/rss+xml; charset=utf-8", linkType: "application/rss+xml" },
  atom: { format: "atom", contentType: "application/atom+xml; charset=utf-8", linkType: "application/atom+xml" },
  json: { format: "json", contentType: "application/feed+json; charset=utf-8", linkType: "application/feed+json" },
} as const;
export type FeedExtension = keyof typeof FEED_FORMATS;
export type FeedFormat = (typeof FEED_FORMATS)[FeedExtension]["format"];

/** Only minutes and papers belong to a body; the news is the whole partnership's. */
export function hasBodyFeeds(kind: FeedKind): boolean {
  return kind !== "nyheiter";
}

export function feedPath(kind: FeedKind, ext: FeedExtension, options: { lang?: Locale; body?: string | null } = {}): string {
  const query = new URLSearchParams();
  if (options.body && hasBodyFeeds(kind)) query.set("organ", options.body);
  if (options.lang === "nb") query.set("lang", "nb");
  const search = query.toString();
  return `/api/feed/${kind}.${ext}${search ? `?${search}` : ""}`;
}

/** "referat.atom" → { kind, ext }; null for anything else. */
export function parseFeedFile(file: string): { kind: FeedKind; ext: FeedExtension } | null {
  const match = /^([a-z]+)\.([a-z]+)$/.exec(file);
  if (!match) return null;
  const [, kind, ext] = match;
  if (!(FEED_KINDS as readonly string[]).includes(kind!) || !Object.hasOwn(FEED_FORMATS, ext!)) return null;
  return { kind: kind as FeedKind, ext: ext as FeedExtension };
}
