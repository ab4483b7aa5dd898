import { SkipLink } from "@/components/ui/ds";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { siteDescription, siteName } from "@/lib/structure/data";
import { isLocale, locales, getTranslator } from "@/lib/i18n";
import { langFromParams } from "@/lib/i18n/params";
import { inter } from "../fonts";
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

// The root layout: one per language (app/[lang]). <html lang> is "nn" or "nb".
export default async function RootLayout({ children, params }: Props) {
  const lang = await langFromParams(params);
  const m = getTranslator(lang);
  // Reading the request makes every page dynamic, so Next can put this request's CSP nonce (proxy.ts) on its scripts.
  await headers();
  return (
    <html lang={lang} className={inter.variable} data-color-scheme="light">
      <body className="flex min-h-dvh flex-col">
        <SkipLink href="#main">{m("skipLink")}</SkipLink>
        <SiteHeader lang={lang} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 md:py-12">
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
