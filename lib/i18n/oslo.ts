// Norwegian time (Europe/Oslo) with @date-fns/tz (issue 19.2): the IANA rules of the runtime's Intl data, so both
// daylight-saving changes (last Sunday of March and of October, 01:00 UTC) are right whatever the server's own zone.
// Small and free of the message catalogs, so schemas, rules and route handlers can use it too.
import { tz, tzOffset } from "@date-fns/tz";
import { format, type Locale as DateFnsLocale } from "date-fns";
import { timeZone } from "./config";

/** The date-fns context that reads and formats in Oslo time (`{ in: osloZone }`). */
export const osloZone = tz(timeZone);

/** `instant` formatted with a date-fns pattern as the clock in Oslo showed it ("yyyy-MM-dd", "HH.mm" …). */
export function formatOslo(instant: Date, pattern: string, locale?: DateFnsLocale): string {
  return format(instant, pattern, { in: osloZone, ...(locale ? { locale } : {}) });
}

/**
 * The instant a wall-clock date ("2026-03-29") and time ("10:00") in Oslo names, whatever the server's own zone
 * (TZDate's constructor resolves the repeated October hour through the server's zone, so offsets are compared here).
 * In the hour skipped in March (02:00–03:00) the time is read as if the clock had not jumped (02:30 → 03:30 summer
 * time); in the hour repeated in October the second (winter-time) 02:30 is meant – as the hand-written code did.
 */
export function osloInstant(date: string, time: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const HALF_DAY = 12 * 3_600_000;
  // The offsets in force around that wall-clock time: one, or the two of a daylight-saving change.
  const offsets = [...new Set([tzOffset(timeZone, new Date(wall - HALF_DAY)), tzOffset(timeZone, new Date(wall + HALF_DAY))])];
  const fits = offsets.map((o) => wall - o * 60_000).filter((t) => tzOffset(timeZone, new Date(t)) === (wall - t) / 60_000);
  if (fits.length) return new Date(Math.max(...fits));
  return new Date(wall - (offsets[0] ?? 0) * 60_000); // skipped: the offset before the jump
}
