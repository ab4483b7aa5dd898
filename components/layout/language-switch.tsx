"use client";

import NextLink from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
// Client component: import from the i18n submodules, not the "@/lib/i18n" barrel (it carries the message files).
import { otherLocale, type Locale } from "@/lib/i18n/config";
import { href, splitLocale } from "@/lib/i18n/paths";

/**
 * Link to the same page in the other language, labelled with that language's own name ("Bokmål" on nynorsk pages,
 * "Nynorsk" on bokmål pages) and marked with its language for screen readers. It keeps the query string (a search,
 * a filter, a page number: issue 14.7); the server-rendered link has it too (useSearchParams on a dynamic page).
 * Not on a page from Next's cache for anonymous readers (`keepsQuery` false): such a page has no query of its own,
 * and the one render that fills the cache may be asked for by the client router with its `?_rsc=` cache-buster –
 * read there, it would end up in the stored link and stream the link in after the page (an inline script the cached
 * page's CSP does not allow: lib/cache/page-csp.mjs).
 */
export function LanguageSwitch({ lang, label, keepsQuery }: { lang: Locale; label: string; keepsQuery: boolean }) {
  if (!keepsQuery) return <SwitchLink lang={lang} label={label} query="" />;
  return (
    <Suspense fallback={<SwitchLink lang={lang} label={label} query="" />}>
      <WithQuery lang={lang} label={label} />
    </Suspense>
  );
}

function WithQuery({ lang, label }: { lang: Locale; label: string }) {
  const query = useSearchParams()?.toString() ?? "";
  return <SwitchLink lang={lang} label={label} query={query} />;
}

function SwitchLink({ lang, label, query }: { lang: Locale; label: string; query: string }) {
  const { path } = splitLocale(usePathname() ?? "/");
  const target = otherLocale(lang);
  return (
    <NextLink
      href={href(target, query ? `${path}?${query}` : path)}
      hrefLang={target}
      lang={target}
      className="ds-link inline-flex items-center gap-2"
      data-testid="language-switch"
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20" fill="none">
        <circle cx="12" cy="12" r="9" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M3 12h18M12 3c2.5 2.6 3.75 5.6 3.75 9s-1.25 6.4-3.75 9c-2.5-2.6-3.75-5.6-3.75-9S9.5 5.6 12 3Z"
          stroke="currentColor"
          strokeWidth="1.5"
        />
      </svg>
      {label}
    </NextLink>
  );
}
