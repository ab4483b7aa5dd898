// Languages of the portal. Import from "@/lib/i18n" in Server and Client Components alike (no server-only code).
export { defaultLocale, isLocale, locales, otherLocale, timeZone, type Locale } from "./config";
export { formatDate, formatDateTime, formatTime, formatTimeRange, osloIsoDate, type DateStyle } from "./dates";
export { fill, fillNodes, plainText } from "./interpolate";
export { plural, type PluralMessage } from "./plural";
export { contentLang, localize, localized } from "./localize";
export { getMessages, type Messages } from "./messages";
export { href, isCurrentPath, splitLocale } from "./paths";
