import { defaultLocale, isLocale, type Locale } from "./config";

// URLs: nynorsk pages have no prefix (`/`, `/tilgjengelegheit`), bokmål pages live under `/nb` (`/nb`,
// `/nb/tilgjengelegheit`). Internally both are app/[lang]/… : next.config.ts rewrites unprefixed paths to /nn/… and
// redirects /nn/… to the unprefixed URL. A "path" below is the language-neutral part, always starting with "/".

/**
 * The URL of `path` in `lang`: href("nn", "/om") = "/om", href("nb", "/om") = "/nb/om", href("nb", "/") = "/nb".
 * A query string or fragment on `path` is kept.
 */
export function href(lang: Locale, path: string = "/"): string {
  const normalized = path.startsWith("/") ? path : `/${path}`;
  if (lang === defaultLocale) return normalized;
  if (normalized === "/") return `/${lang}`;
  if (normalized.startsWith("/?") || normalized.startsWith("/#")) return `/${lang}${normalized.slice(1)}`;
  return `/${lang}${normalized}`;
}

/**
 * Splits a pathname into its language and language-neutral path: "/nb/om" → { lang: "nb", path: "/om" },
 * "/om" → { lang: "nn", path: "/om" }. Also accepts the internal form "/nn/om" (what the server sees after the
 * rewrite).
 */
export function splitLocale(pathname: string): { lang: Locale; path: string } {
  const match = /^\/([^/?#]+)(.*)$/.exec(pathname);
  const first = match?.[1];
  if (match && isLocale(first)) {
    const rest = match[2] ?? "";
    return { lang: first, path: rest.startsWith("/") ? rest : `/${rest}` };
  }
  return { lang: defaultLocale, path: pathname || "/" };
}

/** Whether `path` (language-neutral) is the page at `target` or below it; "/" only matches itself. */
export function isCurrentPath(path: string, target: string): boolean {
  if (target === "/") return path === "/";
  return path === target || path.startsWith(`${target}/`);
}
