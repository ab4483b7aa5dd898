import { format } from "date-fns";
import { nb as nbLocale } from "date-fns/locale/nb";
import { nn as nnLocale } from "date-fns/locale/nn";
import { timeZone, type Locale } from "./config";
import { fill } from "./interpolate";
import { getMessages } from "./messages";

// Dates and times are always shown in Norwegian time (Europe/Oslo), whatever the server's or browser's zone.
// Intl finds the wall-clock time in Oslo; date-fns formats it with its nynorsk/bokmål locale and the patterns in
// the message files, so the output is the same on every machine.

const dateFnsLocales = { nn: nnLocale, nb: nbLocale } as const;

const osloParts = new Intl.DateTimeFormat("en-US", {
  timeZone,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});

/**
 * A Date whose *local* fields (getFullYear, getHours, …) are the wall-clock time in Oslo at `instant`; only for
 * handing to date-fns `format`, never for arithmetic. (Exact unless the server's own zone skips that wall-clock
 * time in a daylight-saving jump, which cannot happen in UTC or Europe/Oslo.)
 */
function osloWallClock(instant: Date): Date {
  const parts: Record<string, number> = {};
  for (const part of osloParts.formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return new Date(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

export type DateStyle = "full" | "long" | "short";

/** "torsdag 3. desember 2026" (full), "3. desember 2026" (long), "03.12.2026" (short), in Oslo time. */
export function formatDate(lang: Locale, value: Date | string | number, style: DateStyle = "long"): string {
  return format(osloWallClock(toDate(value)), getMessages(lang).dates[style], { locale: dateFnsLocales[lang] });
}

/** "kl. 10.00" in Oslo time. */
export function formatTime(lang: Locale, value: Date | string | number): string {
  return format(osloWallClock(toDate(value)), getMessages(lang).dates.time, { locale: dateFnsLocales[lang] });
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
  const endTime = format(osloWallClock(toDate(end)), getMessages(lang).dates.timeBare, {
    locale: dateFnsLocales[lang],
  });
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
  return format(osloWallClock(toDate(value)), "yyyy-MM-dd");
}
