// Time helpers for the seed. Every instant is derived from the anchor year, never from the clock, and local times
// are Europe/Oslo (UTC+1 in winter, UTC+2 in summer) converted to the right UTC instant with @date-fns/tz
// (lib/i18n/oslo.ts, the portal's own conversion).
import { formatOslo, osloInstant } from "../../lib/i18n/oslo";

export type OsloParts = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

/** The Oslo wall-clock reading of an instant (weekday 0 = Sunday). */
export function osloParts(instant: Date): OsloParts {
  const [year, month, dayOfMonth, hour, minute, isoWeekday] = formatOslo(instant, "yyyy M d H m i").split(" ").map(Number);
  return { year: year!, month: month!, day: dayOfMonth!, hour: hour!, minute: minute!, weekday: isoWeekday! % 7 };
}

/** The UTC instant of an Oslo wall-clock time (month 1–12). */
export function oslo(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const two = (n: number) => String(n).padStart(2, "0");
  return osloInstant(`${year}-${two(month)}-${two(day)}`, `${two(hour)}:${two(minute)}`);
}

/** A calendar date for `@db.Date` columns (UTC midnight, so PostgreSQL stores exactly that day). */
export function day(year: number, month: number, dayOfMonth: number): Date {
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}

/** The Oslo calendar date of an instant, as a `@db.Date` value. */
export function dateOf(instant: Date): Date {
  const p = osloParts(instant);
  return day(p.year, p.month, p.day);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

export function minDate(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}

export function maxDate(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

/** Day of month of the n-th given weekday (0 = Sunday) in a month; n = -1 gives the last one. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  }
  const last = new Date(Date.UTC(year, month - 1, daysInMonth)).getUTCDay();
  return daysInMonth - ((last - weekday + 7) % 7);
}

const WEEKDAY_NN = ["søndag", "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag"];
const MONTH_NN = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
];

const two = (n: number) => String(n).padStart(2, "0");

/** "torsdag 5. februar 2026" */
export function formatDateNn(instant: Date): string {
  const p = osloParts(instant);
  return `${WEEKDAY_NN[p.weekday]} ${p.day}. ${MONTH_NN[p.month - 1]} ${p.year}`;
}

/** "10.00" */
export function formatTime(instant: Date): string {
  const p = osloParts(instant);
  return `${two(p.hour)}.${two(p.minute)}`;
}

/** "2026-02-05" (Oslo date) */
export function isoDate(instant: Date): string {
  const p = osloParts(instant);
  return `${p.year}-${two(p.month)}-${two(p.day)}`;
}

/** "05.02.2026" (Oslo date) */
export function norDate(instant: Date): string {
  const p = osloParts(instant);
  return `${two(p.day)}.${two(p.month)}.${p.year}`;
}
