// Small formatting helpers for the meeting admin pages.
import { getTranslator, type Locale } from "@/lib/i18n";
import { formatOslo } from "@/lib/i18n/oslo";

/** "10:00" – the time in Oslo, as the form's time field expects it. */
export function osloTime(date: Date): string {
  return formatOslo(date, "HH:mm");
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

/** "SSU møte 3/2026" (the meeting's number in its body and year), or null for a meeting without one. */
export function meetingNumberText(lang: Locale, m: { number: number | null; numberYear: number | null; body: { shortName: string } }): string | null {
  return m.number && m.numberYear ? getTranslator(lang, "meetingFlow")("numberText", { body: m.body.shortName, sequence: m.number, year: m.numberYear }) : null;
}

export function caseNumberText(n: { sequence: number; year: number; body: { shortName: string } } | null): string | null {
  return n ? `${n.body.shortName} ${n.sequence}/${n.year}` : null;
}
