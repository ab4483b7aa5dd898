"use client";
import { useTranslations } from "next-intl";
// The secretariat adds a fee rate (issue 16 item 3): seat category, kind, amount and validity. The server refuses a
// period that overlaps another rate of the same seat and kind, and says which one; the form keeps what was typed.
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/field";
import { Options, type Option } from "@/components/forms/choices";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { FeeState } from "@/lib/fees/actions";
import { formatDate } from "@/lib/i18n/dates";
import { type Locale } from "@/lib/i18n/config";

type Props = { lang: Locale; action: (state: FeeState, form: FormData) => Promise<FeeState>; seats: Option[]; kinds: Option[] };

const ID = "rate";

export function RateForm({ lang, action, seats, kinds }: Props) {
  const all = useTranslations("fees");
  const m = useTranslations("fees.rates");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? {};
  const day = (iso: string) => formatDate(lang, new Date(`${iso}T12:00:00Z`), "long");
  const overlap =
    failed?.error === "OVERLAP" && failed.clash
      ? m("overlap", { from: day(failed.clash.validFrom), to: failed.clash.validTo ? m("overlapTo", { to: day(failed.clash.validTo) }) : m("overlapOpen") })
      : null;
  // React resets a form after its action; a select keeps its first defaultValue, so it is remounted (key) to show the
  // choice the refused submit carried.
  // An overlap is the period's fault: shown at the start date, like a field error.
  const fieldError = (name: string) => (name === "validFrom" && overlap ? overlap : errors[name] ? all(`errors.field.${errors[name]}`) : null);
  const labels: Record<string, string> = { seat: all("admin.seat"), kind: all("admin.kind"), amount: all("admin.amount"), validFrom: m("validFromLabel"), validTo: m("validToLabel") };
  const summary = Object.keys(labels)
    .map((name) => ({ name, message: fieldError(name) }))
    .filter((e): e is { name: string; message: string } => Boolean(e.message))
    .map((e) => ({ field: `${ID}-${e.name}`, message: `${labels[e.name]}: ${e.message}` }));
  return (
    <>
      {state?.ok ? (
        <OutcomeMessage tone="success" focusKey={state.at}>
          {m("saved")}
        </OutcomeMessage>
      ) : null}
      {/* A fresh form after each save (key), the typed values kept after a refusal. */}
      <form key={state?.ok ? state.at : "form"} action={formAction} className="mt-4 grid max-w-xl gap-4" noValidate aria-labelledby="rates-add">
        <FormErrorSummary
          id={`${ID}-errors`}
          heading={all("errors.INVALID")}
          generalError={failed && failed.error !== "INVALID" && failed.error !== "OVERLAP" ? all(`errors.${failed.error}`) : undefined}
          errors={summary}
          focusKey={failed?.at ?? 0}
        />
        <FormField id={`${ID}-seat`} label={labels.seat} error={fieldError("seat")}>
          {(c) => (
            <select key={failed?.at ?? 0} {...c} name="seat" className="ds-input" defaultValue={values.seat ?? ""}>
              <Options options={seats} empty={m("choose")} />
            </select>
          )}
        </FormField>
        <FormField id={`${ID}-kind`} label={labels.kind} error={fieldError("kind")}>
          {(c) => (
            <select key={failed?.at ?? 0} {...c} name="kind" className="ds-input" defaultValue={values.kind ?? ""}>
              <Options options={kinds} empty={m("choose")} />
            </select>
          )}
        </FormField>
        <FormField id={`${ID}-amount`} label={labels.amount} hint={m("amountHint")} error={fieldError("amount")}>
          {(c) => <input {...c} name="amount" inputMode="decimal" className="ds-input max-w-40" defaultValue={values.amount} />}
        </FormField>
        <FormField id={`${ID}-validFrom`} label={labels.validFrom} error={fieldError("validFrom")}>
          {(c) => <input {...c} name="validFrom" type="date" className="ds-input max-w-52" defaultValue={values.validFrom} />}
        </FormField>
        <FormField id={`${ID}-validTo`} label={labels.validTo} hint={m("validToHint")} error={fieldError("validTo")}>
          {(c) => <input {...c} name="validTo" type="date" className="ds-input max-w-52" defaultValue={values.validTo} />}
        </FormField>
        <div>
          <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
            {m("submit")}
          </button>
        </div>
      </form>
    </>
  );
}
