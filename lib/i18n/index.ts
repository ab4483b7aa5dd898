// Languages of the portal. Import from "@/lib/i18n" in Server and Client Components alike (no server-only code).
export { isLocale, locales, otherLocale, type Locale } from "./config";
export { formatDate, formatDateTime, formatTime, formatTimeRange, osloIsoDate } from "./dates";
export { fill, fillNodes, plainText } from "./interpolate";
export { plural, type PluralMessage } from "./plural";
export { contentLang, localize } from "./localize";
export { getMessages, type Messages } from "./messages";
export { href, isCurrentPath, splitLocale } from "./paths";
