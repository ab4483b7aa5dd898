// The outcome of a plain-form case action, read from the address (?utfall=ok | an error code). Announced politely.
import { getMessages, type Locale } from "@/lib/i18n";

const CODES = ["UNAUTHENTICATED", "FORBIDDEN", "INVALID", "RATE_LIMITED", "CONFLICT", "NOT_FOUND", "ILLEGAL_TRANSITION", "BEFORE_START", "FAILED"] as const;

export function OutcomeNotice({ lang, outcome, okText }: { lang: Locale; outcome: string | undefined; okText: string }) {
  if (!outcome) return null;
  const m = getMessages(lang).cases.errors.actions;
  const code = (CODES as readonly string[]).includes(outcome) ? (outcome as (typeof CODES)[number]) : null;
  if (outcome !== "ok" && !code) return null;
  return (
    <div role="status" className="ds-alert mt-6 max-w-3xl" data-color={code ? "danger" : "success"} data-testid="case-outcome">
      <p className="ds-paragraph">{code ? m[code] : okText}</p>
    </div>
  );
}

export function param(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
