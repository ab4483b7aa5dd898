"use client";
import { useTranslations } from "next-intl";
// Publish the annual report as it is saved, or withdraw a published one to a draft. The report's version rides along,
// so a double click (or a report changed meanwhile) does nothing twice; the outcome takes the focus.
import { useActionState } from "react";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { AnnualReportState } from "@/lib/annual-report/actions";
import { type Locale } from "@/lib/i18n";

type Props = { lang: Locale; action: (state: AnnualReportState, form: FormData) => Promise<AnnualReportState>; year: number; version: number; publish: boolean };

export function PublishForm({ lang, action, year, version, publish }: Props) {
  const m = useTranslations("annualReport");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="mt-4 grid gap-3">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="publish" value={publish ? "1" : "0"} />
      {state && !state.ok ? (
        <OutcomeMessage tone="danger" focusKey={state.at}>
          {state.error === "INVALID" ? m("errors.CONFLICT") : (m(`errors.${state.error}`) ?? m("errors.UNAVAILABLE"))}
        </OutcomeMessage>
      ) : null}
      <div>
        <button type="submit" className="ds-button" data-variant={publish ? "primary" : "secondary"} disabled={pending}>
          {publish ? m("editor.publish") : m("editor.withdraw")}
        </button>
      </div>
    </form>
  );
}
