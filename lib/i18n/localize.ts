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
