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
  const time = instant.getTime();
  if (time >= FAST_FROM && time < FAST_UNTIL) {
    const wall = new Date(time + osloOffsetMinutes(time) * 60_000);
    const calendar = CALENDAR_PATTERNS[pattern];
    if (calendar) return calendar(wall.toISOString());
    const local = FIELD_PATTERNS.has(pattern) ? localWithFields(wall) : null;
    if (local) return format(local, pattern, locale ? { locale } : {});
  }
  return format(instant, pattern, { in: osloZone, ...(locale ? { locale } : {}) });
}

// The rules, the session and every list format dates on every render; through TZDate (several Intl calls per date)
// that was ~5 % of a signed-in render's CPU (issue 18, profile of the member home and /ssu). So the Oslo wall-clock
// time is computed from Oslo's offset (looked up once per UTC hour), and:
// - calendar patterns (the Oslo day of each membership, meeting and decision) are read off it as an ISO string;
// - the display patterns of lib/i18n/dates.ts, which use only calendar and clock fields (no zone names or offsets),
//   are formatted by date-fns from a local Date holding the same fields (when the server's own zone has that time;
//   else, in its daylight-saving gap, through TZDate as before).
// tests/unit/oslo-time.test.ts holds both equal to date-fns in Oslo time across daylight-saving changes.
const CALENDAR_PATTERNS: Record<string, (iso: string) => string> = {
  "yyyy-MM-dd": (iso) => iso.slice(0, 10),
  "yyyy-MM": (iso) => iso.slice(0, 7),
  yyyy: (iso) => iso.slice(0, 4),
};
export const FIELD_PATTERNS: ReadonlySet<string> = new Set(["EEEE d. MMMM yyyy", "d. MMMM yyyy", "dd.MM.yyyy", "'kl.' HH.mm", "HH.mm", "HH:mm", "M", "yyyyMMdd'T'HHmmss"]);

/** A Date in the server's zone showing the UTC fields of `wall`, or null when that zone skips that time. */
function localWithFields(wall: Date): Date | null {
  const local = new Date(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds());
  const same =
    local.getFullYear() === wall.getUTCFullYear() &&
    local.getMonth() === wall.getUTCMonth() &&
    local.getDate() === wall.getUTCDate() &&
    local.getHours() === wall.getUTCHours() &&
    local.getMinutes() === wall.getUTCMinutes();
  return same ? local : null;
}
/** Where the fast path is used: Oslo's offset has changed only on whole UTC hours since 1970 (CET/CEST). */
const FAST_FROM = Date.UTC(1970, 0, 1);
const FAST_UNTIL = Date.UTC(9000, 0, 1);
const HOUR_MS = 3_600_000;
const offsetByHour = new Map<number, number>();

/** Oslo's offset from UTC in minutes at `time`: it changes only on whole UTC hours, so it is looked up once an hour. */
function osloOffsetMinutes(time: number): number {
  const hour = Math.floor(time / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size >= 20_000) offsetByHour.clear();
    offset = tzOffset(timeZone, new Date(hour * HOUR_MS));
    offsetByHour.set(hour, offset);
  }
  return offset;
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
