import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./config";

/** The language of a route under app/[lang]/…; anything but nn/nb is a 404. For pages and layouts. */
export async function langFromParams(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
}
