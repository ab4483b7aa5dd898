"use client";
import { useTranslations } from "next-intl";
// The secretariat's "send reminder" button under the preview: posts the previewed filters with a request key made when
// the page was rendered, so a double click (or a retry) queues each mail once (dedupeKey in the outbox).
import { useActionState } from "react";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { AdoptionState } from "@/lib/adoption/actions";
import type { Locale, MessageKey } from "@/lib/i18n";

type Props = {
  lang: Locale;
  action: (state: AdoptionState, form: FormData) => Promise<AdoptionState>;
  before: string;
  agreement: string;
  kind: string;
  requestKey: string;
};

export function ReminderForm({ lang, action, before, agreement, kind, requestKey }: Props) {
  const m = useTranslations("adoption");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="mt-4 grid gap-3">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="before" value={before} />
      <input type="hidden" name="agreement" value={agreement} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="requestKey" value={requestKey} />
      {state?.ok ? (
        <OutcomeMessage tone="success" focusKey={state.at} testId="reminder-sent">
          {m("reminder.sent", { mails: state.mails ?? 0, parties: state.parties ?? 0 })}
        </OutcomeMessage>
      ) : null}
      {state && !state.ok ? (
        <OutcomeMessage tone="danger" focusKey={state.at}>
          {m.has(`errors.${state.error}` as MessageKey<"adoption">) ? m(`errors.${state.error}` as MessageKey<"adoption">) : m("errors.UNAVAILABLE")}
        </OutcomeMessage>
      ) : null}
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {m("reminder.send")}
        </button>
      </div>
    </form>
  );
}
