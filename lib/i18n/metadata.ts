import type { Metadata } from "next";
import type { Locale } from "./config";
import { href } from "./paths";

/** A message without soft hyphens (U+00AD), for places that do not wrap: <title>. */
function plainText(message: string): string {
  return message.replaceAll("\u00AD", "");
}

/**
 * Metadata of one page: its title (put into the layout's "… – Saman" template) and the addresses of the page in
 * both languages (<link rel="alternate" hreflang>, <link rel="canonical">). `path` is language-neutral ("/om").
 */
export function pageMetadata(lang: Locale, path: string, title?: string): Metadata {
  return {
    ...(title === undefined ? {} : { title: plainText(title) }),
    alternates: {
      canonical: href(lang, path),
      languages: { nn: href("nn", path), nb: href("nb", path), "x-default": href("nn", path) },
    },
  };
}
