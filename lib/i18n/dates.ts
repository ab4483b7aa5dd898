import { nb as nbLocale } from "date-fns/locale/nb";
import { nn as nnLocale } from "date-fns/locale/nn";
import type { Locale } from "./config";
import { fill } from "./interpolate";
import { getMessages } from "./messages";
import { formatOslo } from "./oslo";

// Dates and times are always shown in Norwegian time (Europe/Oslo), whatever the server's or browser's zone.
// date-fns formats in the Oslo zone (@date-fns/tz, lib/i18n/oslo.ts) with its nynorsk/bokmål locale and the patterns
// in the message files, so the output is the same on every machine.

const dateFnsLocales = { nn: nnLocale, nb: nbLocale } as const;

function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

export type DateStyle = "full" | "long" | "short";

/** "torsdag 3. desember 2026" (full), "3. desember 2026" (long), "03.12.2026" (short), in Oslo time. */
export function formatDate(lang: Locale, value: Date | string | number, style: DateStyle = "long"): string {
  return formatOslo(toDate(value), getMessages(lang).dates[style], dateFnsLocales[lang]);
}

/** "kl. 10.00" in Oslo time. */
export function formatTime(lang: Locale, value: Date | string | number): string {
  return formatOslo(toDate(value), getMessages(lang).dates.time, dateFnsLocales[lang]);
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
  const endTime = formatOslo(toDate(end), getMessages(lang).dates.timeBare, dateFnsLocales[lang]);
  return fill(getMessages(lang).dates.timeRange, { start: startTime, end: endTime });
}

/** "torsdag 3. desember 2026, kl. 10.00–14.00" in Oslo time. */
export function formatDateTime(
  lang: Locale,
  start: Date | string | number,
  end?: Date | string | number | null,
  style: DateStyle = "full",
): string {
  return fill(getMessages(lang).dates.dateAndTime, {
    date: formatDate(lang, start, style),
    time: formatTimeRange(lang, start, end),
  });
}

/** The calendar date in Oslo as YYYY-MM-DD, for <time dateTime>. */
export function osloIsoDate(value: Date | string | number): string {
  return formatOslo(toDate(value), "yyyy-MM-dd");
}
