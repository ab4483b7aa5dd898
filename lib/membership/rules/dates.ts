// Calendar days. Terms are @db.Date values (UTC midnight of the day); "as of" instants are turned into the Oslo
// calendar day first, so a check at 00:30 on 1 January in Oslo is a check of 1 January, wherever the server runs.
import { formatOslo } from "@/lib/i18n/oslo";

const DAY_MS = 86_400_000;

/** The Oslo calendar day of an instant, as UTC midnight of that day. */
export function dayOf(instant: Date): Date {
  return new Date(`${formatOslo(instant, "yyyy-MM-dd")}T00:00:00Z`);
}

/** A day from "YYYY-MM-DD". */
export function isoDay(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/** "YYYY-MM-DD" of a day (UTC midnight). */
export function isoOf(day: Date): string {
  return day.toISOString().slice(0, 10);
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Same day of month n months later (clamped to the month's last day). */
export function addMonths(day: Date, months: number): Date {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), last)));
}

export function addYears(day: Date, years: number): Date {
  return addMonths(day, years * 12);
}
