"use client";
// The messages of the special pages that render without the layout's provider or outside it (the error boundaries,
// the 404 body): only the small site/notFound/error catalogs of both languages are bundled, never the whole catalog.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import nbError from "@/messages/nb/error.json" with { type: "json" };
import nbNotFound from "@/messages/nb/notFound.json" with { type: "json" };
import nbSite from "@/messages/nb/site.json" with { type: "json" };
import nnError from "@/messages/nn/error.json" with { type: "json" };
import nnNotFound from "@/messages/nn/notFound.json" with { type: "json" };
import nnSite from "@/messages/nn/site.json" with { type: "json" };
import { timeZone } from "@/lib/i18n/config";
import { useLang } from "./use-lang";

const shell = {
  nn: { ...nnSite, ...nnNotFound, ...nnError },
  nb: { ...nbSite, ...nbNotFound, ...nbError },
};

/** Provides the shell messages in the language of the address. */
export function ShellIntl({ children }: { children: ReactNode }) {
  const lang = useLang();
  return (
    <NextIntlClientProvider locale={lang} timeZone={timeZone} messages={shell[lang]}>
      {children}
    </NextIntlClientProvider>
  );
}
