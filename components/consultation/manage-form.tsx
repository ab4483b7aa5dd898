"use client";
import { useTranslations } from "next-intl";
// One of the secretariat's small forms on a round's page (issue 21 item 2): close now, link the result to a decision,
// or send a reminder. They share one action (the `intent` field says which); the outcome takes the focus.
import { useActionState, type ReactNode } from "react";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { ConsultationState } from "@/lib/consultation/actions";
import type { Locale, MessageKey } from "@/lib/i18n";

type Props = {
  lang: Locale;
  action: (state: ConsultationState, form: FormData) => Promise<ConsultationState>;
  intent: "close" | "link" | "remind";
  hidden: Record<string, string | number>;
  /** The button's text; null shows no button (a closed round: only the outcome of closing it stays). */
  submit: string | null;
  testId: string;
  children?: ReactNode;
};

export function ManageForm({ lang, action, intent, hidden, submit, testId, children }: Props) {
  const c = useTranslations("consultation");
  const [state, formAction, pending] = useActionState(action, null);
  const done = intent === "close" ? c("round.closedNow") : intent === "link" ? c("round.linkedNow") : c("round.reminded", { mails: state?.ok ? (state.mails ?? 0) : 0, parties: state?.ok ? (state.parties ?? 0) : 0 });
  return (
    <form action={formAction} className="mt-3 grid max-w-2xl gap-3">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state?.ok ? (
        <OutcomeMessage tone="success" focusKey={state.at} testId={testId}>
          {done}
        </OutcomeMessage>
      ) : null}
      {state && !state.ok ? (
        <OutcomeMessage tone="danger" focusKey={state.at}>
          {c.has(`errors.${state.error}` as MessageKey<"consultation">) ? c(`errors.${state.error}` as MessageKey<"consultation">) : c("errors.UNAVAILABLE")}
        </OutcomeMessage>
      ) : null}
      {children}
      {submit ? (
        <div>
          <button type="submit" className="ds-button" data-variant={intent === "remind" ? "primary" : "secondary"} disabled={pending}>
            {submit}
          </button>
        </div>
      ) : null}
    </form>
  );
}
