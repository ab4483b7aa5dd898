// Counts in sentences: "1 sak" / "2 saker". A message with a count is a pair { one, other } chosen by the language's
// plural rules (Intl.PluralRules: nynorsk and bokmål both have one/other; 0 takes "other"), then filled as usual.
import type { Locale } from "./config";
import { fill } from "./interpolate";

export type PluralMessage = { one: string; other: string };

const rules = new Map<Locale, Intl.PluralRules>();

function rulesFor(lang: Locale): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    rules.set(lang, r);
  }
  return r;
}

/** The form of `message` for `count`, with {count} and any other placeholders filled. */
export function plural(lang: Locale, count: number, message: PluralMessage, values: Record<string, string | number> = {}): string {
  const form = rulesFor(lang).select(count) === "one" ? message.one : message.other;
  return fill(form, { count, ...values });
}
