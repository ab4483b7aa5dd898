import { nb as nbLocale } from "date-fns/locale/nb";
import { nn as nnLocale } from "date-fns/locale/nn";
import type { Locale } from "./config";
import { createTranslator } from "next-intl";
import nbDates from "@/messages/nb/dates.json" with { type: "json" };
import nnDates from "@/messages/nn/dates.json" with { type: "json" };
import { timeZone } from "./config";
import { formatOslo } from "./oslo";

// Dates and times are always shown in Norwegian time (Europe/Oslo), whatever the server's or browser's zone.
// date-fns formats in the Oslo zone (@date-fns/tz, lib/i18n/oslo.ts) with its nynorsk/bokmål locale (month and day
// names per language) and the fixed patterns below, so the output is the same on every machine. The patterns are a
// domain format – the Norwegian "3. desember 2026", "03.12.2026", "kl. 10.00" the portal has always shown – and are the
// same in both languages, so they live here rather than in the catalogs; how a date and a time range are joined is a
// message (dates.timeRange, dates.dateAndTime).
const patterns = {
  /** torsdag 3. desember 2026 */
  full: "EEEE d. MMMM yyyy",
  /** 3. desember 2026 */
  long: "d. MMMM yyyy",
  /** 03.12.2026 */
  short: "dd.MM.yyyy",
  /** kl. 10.00 */
  time: "'kl.' HH.mm",
  /** 10.00 (the end of a time range) */
  timeBare: "HH.mm",
} as const;

const dateFnsLocales = { nn: nnLocale, nb: nbLocale } as const;

// Only the small "dates" catalogs, not the whole one: Client Components format dates too.
const joins = {
  nn: createTranslator({ locale: "nn", timeZone, messages: nnDates, namespace: "dates" }),
  nb: createTranslator({ locale: "nb", timeZone, messages: nbDates, namespace: "dates" }),
};

function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

export type DateStyle = "full" | "long" | "short";

/** "torsdag 3. desember 2026" (full), "3. desember 2026" (long), "03.12.2026" (short), in Oslo time. */
export function formatDate(lang: Locale, value: Date | string | number, style: DateStyle = "long"): string {
  return formatOslo(toDate(value), patterns[style], dateFnsLocales[lang]);
}

/** "kl. 10.00" in Oslo time. */
export function formatTime(lang: Locale, value: Date | string | number): string {
  return formatOslo(toDate(value), patterns.time, dateFnsLocales[lang]);
}

/** "kl. 10.00–14.00"; just "kl. 10.00" without an end, or when the end is on another day. */
export function formatTimeRange(
  lang: Locale,
  start: Date | string | number,
  end?: Date | string | number | null,
): string {
  const startTime = formatTime(lang, start);
  if (end == null) return startTime;
  if (formatDate(lang, start, "short") !== formatDate(lang, end, "short")) return startTime;
  const endTime = formatOslo(toDate(end), patterns.timeBare, dateFnsLocales[lang]);
  return joins[lang]("timeRange", { start: startTime, end: endTime });
}

/** "torsdag 3. desember 2026, kl. 10.00–14.00" in Oslo time. */
export function formatDateTime(
  lang: Locale,
  start: Date | string | number,
  end?: Date | string | number | null,
  style: DateStyle = "full",
): string {
  return joins[lang]("dateAndTime", {
    date: formatDate(lang, start, style),
    time: formatTimeRange(lang, start, end),
  });
}

/** The calendar date in Oslo as YYYY-MM-DD, for <time dateTime>. */
export function osloIsoDate(value: Date | string | number): string {
  return formatOslo(toDate(value), "yyyy-MM-dd");
}
