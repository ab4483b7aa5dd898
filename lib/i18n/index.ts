// Languages of the portal. Import from "@/lib/i18n" in Server Components, route handlers, mails and PDFs. Client
// Components take their messages with next-intl's useTranslations (components/i18n/client-messages.tsx).
export { isLocale, locales, otherLocale, type Locale } from "./config";
export { formatDate, formatDateTime, formatTime, formatTimeRange, osloIsoDate } from "./dates";
export { contentLang, localize } from "./localize";
export { getTranslator, type MessageKey, type Translator } from "./translator";
export { href, isCurrentPath, splitLocale } from "./paths";
