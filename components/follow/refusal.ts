// The message for a refused follow link post (`?utfall=<code>`, lib/follow/actions.ts): a database fault, a request
// limit or a foreign origin must tell the visitor that nothing happened, not show the same button again silently.
import { ACTION_ERRORS, type ActionError } from "@/lib/actions/chain";
import { type Locale, getTranslator } from "@/lib/i18n";

export function followRefusal(lang: Locale, outcome: string | undefined): string | undefined {
  if (!outcome || !(ACTION_ERRORS as readonly string[]).includes(outcome)) return undefined;
  return getTranslator(lang, "follow.form.errors")(outcome as ActionError);
}
