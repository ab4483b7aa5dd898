// The words of a refusal that needs more than its code: the start a step must wait for (naming the date in Oslo
// time), a start in the past, or what another person changed on the saksliste. Built in the user's language by the
// server action and shown in the form.
import { formatDate, formatTime, type Locale, getTranslator } from "@/lib/i18n";
import type { MeetingError, RefusalDetail } from "./core/mutations";

/** "12. mars 2026 kl. 10.00" in Oslo time. */
export function startText(lang: Locale, startsAt: Date): string {
  return `${formatDate(lang, startsAt, "long")} ${formatTime(lang, startsAt)}`;
}

export type RefusalText = { message: string; list?: string[] };

export function refusalText(lang: Locale, error: MeetingError, detail: RefusalDetail | undefined, context: { isNew?: boolean } = {}): RefusalText | null {
  const f = getTranslator(lang, "meetingFlow");
  if (error === "BEFORE_START" && detail?.startsAt && detail.step) return { message: f(`beforeStart.${detail.step}`, { date: startText(lang, detail.startsAt) }) };
  if (error === "IN_THE_PAST" && detail?.startsAt) return { message: f(context.isNew ? "inThePastNew" : "inThePast", { date: startText(lang, detail.startsAt) }) };
  if (error === "CONFLICT" && detail?.changes) {
    if (!detail.changes.length) return { message: f("conflictOther") };
    return { message: f("conflictChanged"), list: [...detail.changes.map((c) => f(`changes.${c.what}`, { label: c.label })), f("conflictAgain")] };
  }
  return null;
}
