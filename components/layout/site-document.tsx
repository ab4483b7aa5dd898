// The document around every page, per request (app/[lang]/layout.tsx) or cached for anonymous readers (app/anon).
import type { ReactNode } from "react";
import { inter } from "@/app/fonts";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/ui/ds";
import { getTranslator, type Locale } from "@/lib/i18n";

/**
 * The document around every page: skip link, header, main, footer. `cached`: rendered once for every anonymous reader
 * (app/anon), where the request's query is not the page's (see LanguageSwitch).
 */
export function SiteDocument({ lang, cached, children }: { lang: Locale; cached: boolean; children: ReactNode }) {
  const m = getTranslator(lang);
  return (
    <html lang={lang} className={inter.variable} data-color-scheme="light">
      <body className="flex min-h-dvh flex-col">
        <SkipLink href="#main">{m("skipLink")}</SkipLink>
        <SiteHeader lang={lang} cached={cached} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 md:py-12">
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
