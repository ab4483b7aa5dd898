// Where the follow links point (absolute, for mails). The unsubscribe URL is the API route that takes the RFC 8058
// one-click POST; a GET there only redirects to the confirm page, so a mail scanner's prefetch unsubscribes nobody.
import { href, type Locale } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-url";

export const unsubscribeUrl = (lang: Locale, token: string) => `${siteOrigin()}/api/folg/avmeld/${token}${lang === "nb" ? "?lang=nb" : ""}`;
export const managePage = (lang: Locale, token: string) => href(lang, `/det-eg-folgjer/${token}`);
export const confirmPage = (lang: Locale, token: string) => href(lang, `/folg/stadfest/${token}`);
export const absolute = (path: string) => `${siteOrigin()}${path}`;
