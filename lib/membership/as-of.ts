// The "as of" date of the compliance pages (?dato=YYYY-MM-DD): a chosen day at noon, or now. Pure.
import { isoOf, dayOf } from "./rules/dates";

export function parseAsOf(value: string | string[] | undefined, now: Date = new Date()): { asOf: Date; value: string; invalid: boolean } {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw && /^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    const day = new Date(`${raw}T00:00:00Z`);
    if (!Number.isNaN(day.getTime()) && isoOf(day) === raw) return { asOf: new Date(`${raw}T12:00:00Z`), value: raw, invalid: false };
  }
  return { asOf: now, value: isoOf(dayOf(now)), invalid: Boolean(raw) };
}
