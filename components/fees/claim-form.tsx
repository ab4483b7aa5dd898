"use client";
// A fee claim for one attended meeting: meeting hours (prefilled from the meeting), preparation hours, kilometres,
// tickets and tolls, a note. Posts to a server action (works without JavaScript); after a save the status message
// takes focus, after a failure the error summary does, and the form keeps what was typed.
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/forms/error-summary";
import { controlProps, FieldError, Hint } from "@/components/forms/field";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { FeeState } from "@/lib/fees/actions";
import { getMessages, type Locale } from "@/lib/i18n";

type Props = {
  lang: Locale;
  id: string;
  action: (state: FeeState, form: FormData) => Promise<FeeState>;
  meetingId: string;
  membershipId: string;
  version: number;
  initial: { meetingHours: string; preparationHours: string; kilometres: string; expenses: string; note: string };
  submit: string;
};

const FIELDS = ["meetingHours", "preparationHours", "kilometres", "expenses", "note"] as const;

export function ClaimForm({ lang, id, action, meetingId, membershipId, version, initial, submit }: Props) {
  const all = getMessages(lang).fees;
  const m = all.form;
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = { ...initial, ...(failed?.values ?? {}) };
  const fid = (name: string) => `${id}-${name}`;
  const err = (name: string) => (errors[name] ? all.errors.field[errors[name]] : null);
  const hints: Partial<Record<(typeof FIELDS)[number], string>> = { meetingHours: m.meetingHoursHint, note: m.noteHint };
  return (
    <form action={formAction} id={id} className="grid max-w-xl gap-4" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="version" value={version} />
      <FormErrorSummary
        id={`${id}-errors`}
        heading={all.errors.VALIDATION}
        generalError={failed && failed.error !== "VALIDATION" ? all.errors[failed.error] : undefined}
        errors={Object.keys(errors).map((name) => ({ field: fid(name), message: `${m[name as (typeof FIELDS)[number]] ?? name}: ${err(name)}` }))}
        focusKey={failed?.at ?? 0}
      />
      {state?.ok ? (
        <OutcomeMessage tone="success" focusKey={state.at}>
          {m.saved}
        </OutcomeMessage>
      ) : null}
      {FIELDS.map((name) => {
        const error = err(name);
        const control = controlProps(fid(name), hints[name], error);
        return (
          <div key={name} className="grid content-start gap-2">
            <label htmlFor={fid(name)} className="ds-label" data-weight="medium">
              {m[name]}
            </label>
            <Hint id={fid(name)}>{hints[name]}</Hint>
            {name === "note" ? (
              <textarea {...control} name={name} rows={3} className="ds-input max-w-full" defaultValue={values[name]} />
            ) : (
              <input {...control} name={name} inputMode={name === "kilometres" ? "numeric" : "decimal"} className="ds-input max-w-40" defaultValue={values[name]} />
            )}
            <FieldError id={fid(name)}>{error}</FieldError>
          </div>
        );
      })}
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {submit}
        </button>
      </div>
    </form>
  );
}
