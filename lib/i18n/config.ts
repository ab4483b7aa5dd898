// The portal's languages: nynorsk first (the default, no URL prefix), bokmål beside it (URLs under /nb).
export const locales = ["nn", "nb"] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "nn";

/** IANA time zone every date and time is shown in, wherever the server runs. */
export const timeZone = "Europe/Oslo";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The other language: the target of the language switch. */
export function otherLocale(lang: Locale): Locale {
  return lang === "nn" ? "nb" : "nn";
}
