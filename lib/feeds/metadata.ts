// <link rel="alternate" type="application/rss+xml|atom+xml|feed+json"> for a page's feeds (issue 19.4), so a browser
// or feed reader finds them from the page itself. Relative URLs: Next resolves them against metadataBase.
import type { Metadata } from "next";
import { type Locale, getTranslator } from "@/lib/i18n";
import { FEED_FORMATS, feedPath, type FeedExtension, type FeedKind } from "./paths";

type Types = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

export function feedTitle(lang: Locale, kind: FeedKind, bodyName?: string | null): string {
  const m = getTranslator(lang, "feeds");
  const base = kind === "nyheiter" ? m("newsTitle") : kind === "referat" ? m("minutesTitle") : m("papersTitle");
  return bodyName ? m("bodyTitle", { feed: base, body: bodyName }) : base;
}

export function feedAlternates(lang: Locale, kinds: FeedKind[], body?: { slug: string; name: string } | null): Types {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const ext of Object.keys(FEED_FORMATS) as FeedExtension[]) {
    types[FEED_FORMATS[ext].linkType] = kinds.map((kind) => ({ url: feedPath(kind, ext, { lang, body: body?.slug }), title: feedTitle(lang, kind, body?.name) }));
  }
  return types;
}
