// Turns rule messages (key + params, as the engine returns them and MembershipWarning keeps them) into text in the
// reader's language. Pure; usable on the server and in Client Components.
import { formatDate, localize, type Locale, getTranslator } from "@/lib/i18n";
import type { MessageParam, MessageRef } from "./rules/types";

function param(lang: Locale, value: MessageParam): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  const m = getTranslator(lang);
  if ("text" in value) return localize(lang, value.text.nn, value.text.nb);
  if ("date" in value) return formatDate(lang, `${value.date}T12:00:00Z`, "long");
  if ("seat" in value) return m(`membership.seats.${value.seat}`);
  if ("role" in value) return m(`membership.roles.${value.role}`);
  if ("side" in value) return m(`rules.sides.${value.side}`);
  return formatRuleMessage(lang, value.msg);
}

export function formatRuleMessage(lang: Locale, ref: MessageRef): string {
  const template: string | PluralMessage = getTranslator(lang)(`rules.messages.${ref.key}`);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(ref.params)) values[name] = param(lang, value);
  if (typeof template === "string") return fill(template, values);
  // A message with a count ("1 møte" / "2 møter") has its forms chosen by the number it counts: {count}, else {n}.
  const count = typeof values.count === "number" ? values.count : typeof values.n === "number" ? values.n : 0;
  return plural(lang, count, template, values);
}
