import type { Metadata } from "next";
import { NotFoundContent } from "@/components/i18n/not-found-content";
import { langFromParams } from "@/lib/i18n/params";
import { getTranslator } from "@/lib/i18n";

// The 404 page as an ordinary page. Next renders notFound() on a dynamic page as an empty document that only client
// JavaScript fills in (vercel/next.js#62228); the front server (scripts/lib/front-server.ts) answers such a 404 with
// this page's HTML instead, so the 404 reads without JavaScript too. Never indexed, not in the sitemap.
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  // The layout's default title would otherwise come first in <head>; NotFoundContent's own <title> says the same.
  return { title: getTranslator(lang, "notFound")("title"), robots: { index: false, follow: true } };
}

export default function NotFoundPage() {
  return <NotFoundContent />;
}
