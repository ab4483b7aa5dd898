// Turns rule messages (key + params, as the engine returns them and MembershipWarning keeps them) into text in the
// reader's language. Pure; usable on the server (t = getTranslator(lang)) and in Client Components (t = useTranslations()
// under a provider with the rules.messages, rules.sides, membership.seats and membership.roles namespaces).
import type { Translator } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/dates";
import { localize } from "@/lib/i18n/localize";
import type { MessageParam, MessageRef } from "./rules/types";

function param(m: Translator, lang: Locale, value: MessageParam): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if ("text" in value) return localize(lang, value.text.nn, value.text.nb);
  if ("date" in value) return formatDate(lang, `${value.date}T12:00:00Z`, "long");
  if ("seat" in value) return m(`membership.seats.${value.seat}`);
  if ("role" in value) return m(`membership.roles.${value.role}`);
  if ("side" in value) return m(`rules.sides.${value.side}`);
  return formatRuleMessage(m, lang, value.msg);
}

export function formatRuleMessage(t: Translator, lang: Locale, ref: MessageRef): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(ref.params)) values[name] = param(t, lang, value);
  // A message with a count ("1 møte" / "2 møte") chooses its form in ICU ({count, plural, …} or {n, plural, …}).
  return t(`rules.messages.${ref.key}`, values);
}
