"use client";
import { useTranslations } from "next-intl";
// The secretariat's decision on one fee claim: approve, or return with a reason the claimant reads (and is mailed).
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/forms/error-summary";
import { controlProps, FieldError } from "@/components/forms/field";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { FeeState } from "@/lib/fees/actions";

type Props = {
  id: string;
  action: (state: FeeState, form: FormData) => Promise<FeeState>;
  claimId: string;
  version: number;
  claimant: string;
  /** The claim is already decided (its status, shown instead of the form). */
  decided?: string | null;
};

export function DecisionForm({ id, action, claimId, version, claimant, decided }: Props) {
  const all = useTranslations("fees");
  const m = useTranslations("fees.admin");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  if (state?.ok)
    return (
      <OutcomeMessage tone="success" focusKey={state.at}>
        {m("saved")}
      </OutcomeMessage>
    );
  if (decided) return <p className="ds-paragraph font-semibold">{decided}</p>;
  const errors = failed?.fieldErrors ?? {};
  const reasonError = errors.reason ? all(`errors.field.${errors.reason}`) : null;
  const decisionError = errors.decision ? all(`errors.field.${errors.decision}`) : null;
  const values = failed?.values ?? {};
  return (
    <form action={formAction} id={id} className="grid gap-3" noValidate aria-label={`${m("decision")}: ${claimant}`}>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <FormErrorSummary
        id={`${id}-errors`}
        heading={all("errors.INVALID")}
        generalError={failed && failed.error !== "INVALID" ? all(`errors.${failed.error}`) : undefined}
        errors={[...(decisionError ? [{ field: `${id}-decision`, message: `${m("decision")}: ${decisionError}` }] : []), ...(reasonError ? [{ field: `${id}-reason`, message: `${m("reason")}: ${reasonError}` }] : [])]}
        focusKey={failed?.at ?? 0}
      />
      <fieldset id={`${id}-decision`} tabIndex={-1} className="ds-fieldset grid gap-1">
        <legend className="ds-label">{m("decision")}</legend>
        {(["approve", "return"] as const).map((value) => (
          <div key={value} className="ds-field flex items-center gap-2">
            <input type="radio" className="ds-input" id={`${id}-${value}`} name="decision" value={value} defaultChecked={(values.decision ?? "approve") === value} />
            <label htmlFor={`${id}-${value}`} className="ds-label" data-weight="regular">
              {m(`${value}`)}
            </label>
          </div>
        ))}
        <FieldError id={`${id}-decision`}>{decisionError}</FieldError>
      </fieldset>
      <div className="grid gap-2">
        <label htmlFor={`${id}-reason`} className="ds-label" data-weight="medium">
          {m("reason")}
        </label>
        <textarea {...controlProps(`${id}-reason`, undefined, reasonError)} name="reason" rows={2} className="ds-input max-w-full" defaultValue={values.reason} />
        <FieldError id={`${id}-reason`}>{reasonError}</FieldError>
      </div>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {m("submit")}
        </button>
      </div>
    </form>
  );
}
