// The outcome of a plain-form case action, read from the address (?utfall=ok | an error code). It takes the focus.
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { type Locale, getTranslator } from "@/lib/i18n";

const CODES = ["UNAUTHENTICATED", "FORBIDDEN", "INVALID", "RATE_LIMITED", "CONFLICT", "NOT_FOUND", "ILLEGAL_TRANSITION", "BEFORE_START", "FAILED", "UNAVAILABLE"] as const;

export function OutcomeNotice({ lang, outcome, okText }: { lang: Locale; outcome: string | undefined; okText: string }) {
  if (!outcome) return null;
  const m = getTranslator(lang, "cases.errors.actions");
  const code = (CODES as readonly string[]).includes(outcome) ? (outcome as (typeof CODES)[number]) : null;
  if (outcome !== "ok" && !code) return null;
  return (
    <OutcomeMessage tone={code ? "danger" : "success"} className="mt-6 max-w-3xl" testId="case-outcome">
      <p className="ds-paragraph">{code ? m(`${code}`) : okText}</p>
    </OutcomeMessage>
  );
}

export function param(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
