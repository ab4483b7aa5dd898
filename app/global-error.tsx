"use client";

import { useEffect } from "react";
import { shellText, type ShellKey } from "@/components/i18n/shell-messages";
import { useLang } from "@/components/i18n/use-lang";
import { Heading, Link, Paragraph } from "@/components/ui/ds";
import { href } from "@/lib/i18n/paths";
import { inter } from "./fonts";
import "./globals.css";

// Last resort when the root layout itself fails: its own document, in the language of the address.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const lang = useLang();
  const t = (key: ShellKey, values?: Record<string, string>) => shellText(lang, key, values);
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang={lang} className={inter.variable} data-color-scheme="light">
      <body>
        <title>{`${t("error.title")} – ${t("site.name")}`}</title>
        <main id="main" className="mx-auto w-full max-w-3xl px-4 py-12">
          <Paragraph className="text-2xl font-semibold">{t("site.name")}</Paragraph>
          <Heading level={1} data-size="lg" className="mt-8">
            {t("error.title")}
          </Heading>
          <Paragraph className="mt-4">{t("error.body")}</Paragraph>
          <div className="mt-6 flex flex-wrap items-center gap-4">
            <button type="button" className="ds-button" data-variant="primary" onClick={() => retry()}>
              {t("error.retry")}
            </button>
            {/* A full page load: the app's router state may be what broke. */}
            <Link href={href(lang, "/")}>{t("error.home")}</Link>
          </div>
          {digest ? (
            <Paragraph data-size="sm" className="mt-6 text-neutral-text-subtle">
              {t("error.reference", { digest })}
            </Paragraph>
          ) : null}
        </main>
      </body>
    </html>
  );
}
