import type { Locale } from "./config";

/**
 * Picks the language of database content: `name`/`title`/… fields hold nynorsk, `…Nb` fields hold bokmål where it
 * differs. Bokmål falls back to nynorsk when the bokmål text is missing or blank.
 */
export function localize(lang: Locale, nn: string, nb?: string | null): string;
export function localize(lang: Locale, nn: string | null | undefined, nb?: string | null): string | null;
export function localize(lang: Locale, nn: string | null | undefined, nb?: string | null): string | null {
  if (lang === "nb" && nb != null && nb.trim() !== "") return nb;
  return nn ?? null;
}

/**
 * The language localize() used, for the element's `lang` attribute: "nn" when a bokmål page shows nynorsk because
 * the bokmål text is missing (WCAG 3.1.2), undefined when the text is in the page's language.
 */
export function contentLang(lang: Locale, nb?: string | null): "nn" | undefined {
  return lang === "nb" && (nb == null || nb.trim() === "") ? "nn" : undefined;
}

/** localize() and the language it picked. */
export function localized(lang: Locale, nn: string, nb?: string | null): { text: string; lang: Locale } {
  return { text: localize(lang, nn, nb), lang: contentLang(lang, nb) ?? lang };
}
