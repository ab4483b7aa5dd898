import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/site-document";
import { siteDescription, siteName } from "@/lib/structure/data";
import { isLocale, locales, getTranslator } from "@/lib/i18n";
import { langFromParams } from "@/lib/i18n/params";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

/** Only nn and nb: any other first segment (e.g. /x.txt, which the rewrite leaves alone) is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : "nn";
  const m = getTranslator(locale, "site");
  // The helsefellesskap's own name and description are data (its structure description), never messages.
  const [name, description] = await Promise.all([siteName(locale), siteDescription(locale)]);
  return {
    title: { template: m("titleTemplate"), default: m("defaultTitle", { name: name.text }) },
    description,
    applicationName: m("name"),
    // Static files in public/ (favicon.ico is found by browsers on their own; app/icon.svg is Next's icon route).
    manifest: "/manifest.webmanifest",
    icons: { apple: "/apple-touch-icon.png" },
    ...(process.env.SITE_URL ? { metadataBase: new URL(process.env.SITE_URL) } : {}),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light",
};

// The root layout: one per language (app/[lang]), rendered per request. <html lang> is "nn" or "nb".
export default async function RootLayout({ children, params }: Props) {
  const lang = await langFromParams(params);
  // Reading the request makes every page dynamic, so Next can put this request's CSP nonce (proxy.ts) on its scripts.
  await headers();
  return (
    <SiteDocument lang={lang} cached={false}>
      {children}
    </SiteDocument>
  );
}
