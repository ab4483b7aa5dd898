"use client";
import { useTranslations } from "next-intl";
// One value entered by hand: period, unit (for area and municipality indicators), value, optional numerator and
// denominator. Errors tied to their fields; the outcome message takes the focus.
import { useActionState } from "react";
import { FormErrorSummary, summaryOf } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/field";
import { Options } from "@/components/forms/choices";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { IndicatorState } from "@/lib/indicators/actions";
import { type Locale } from "@/lib/i18n";

const FIELDS = ["period", "unit", "value", "numerator", "denominator"] as const;

export function ValueForm({
  lang,
  action,
  indicatorId,
  example,
  units,
}: {
  lang: Locale;
  action: (state: IndicatorState, form: FormData) => Promise<IndicatorState>;
  indicatorId: string;
  example: string;
  units: { value: string; label: string }[];
}) {
  const m = useTranslations("indicators.admin");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const str = (k: string) => (typeof failed?.values?.[k] === "string" ? (failed.values[k] as string) : "");
  const errorOf = (k: string) => (failed?.fieldErrors?.[k] ? m(`fieldErrors.${failed.fieldErrors[k]}`) : null);
  const shown = FIELDS.filter((f) => f !== "unit" || units.length > 0);
  const summary = summaryOf(shown, errorOf, (f) => `value-${f}`, (f) => m(`value.${f}`));
  return (
    <form action={formAction} className="mt-4 grid max-w-2xl gap-4" noValidate key={state?.at ?? "initial"}>
      {state?.ok ? (
        <OutcomeMessage tone="success" focusKey={state.at} testId="value-saved">
          {m("value.saved")}
        </OutcomeMessage>
      ) : null}
      <FormErrorSummary id="value-errors" heading={m("errorSummary")} errors={summary} generalError={failed && failed.error !== "INVALID" ? m(`errors.${failed.error}`) : undefined} focusKey={failed?.at ?? 0} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <FormField id="value-period" label={m("value.period")} hint={m("value.periodHint", { example })} error={errorOf("period")}>
        {(c) => <input {...c} name="period" className="ds-input max-w-40" defaultValue={str("period")} required />}
      </FormField>
      {units.length ? (
        <FormField id="value-unit" label={m("value.unit")} error={errorOf("unit")}>
          {(c) => (
            <select {...c} name="unit" className="ds-input max-w-full" defaultValue={str("unit")} required>
              <Options empty="" options={units} />
            </select>
          )}
        </FormField>
      ) : null}
      <FormField id="value-value" label={m("value.value")} hint={m("value.valueHint")} error={errorOf("value")}>
        {(c) => <input {...c} name="value" inputMode="decimal" className="ds-input max-w-40" defaultValue={str("value")} required />}
      </FormField>
      <div className="flex flex-wrap gap-4">
        <FormField id="value-numerator" label={m("value.numerator")} error={errorOf("numerator")}>
          {(c) => <input {...c} name="numerator" inputMode="numeric" className="ds-input max-w-40" defaultValue={str("numerator")} />}
        </FormField>
        <FormField id="value-denominator" label={m("value.denominator")} error={errorOf("denominator")}>
          {(c) => <input {...c} name="denominator" inputMode="numeric" className="ds-input max-w-40" defaultValue={str("denominator")} />}
        </FormField>
      </div>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {m("value.save")}
        </button>
      </div>
    </form>
  );
}
