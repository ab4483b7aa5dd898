"use client";
import { useTranslations } from "next-intl";
// A fee claim for one attended meeting: meeting hours (prefilled from the meeting), preparation hours, kilometres,
// tickets and tolls, a note, and receipts (required with expenses; a correction may remove attached ones). Posts to a
// server action (works without JavaScript; multipart, so the files go too); after a save the status message takes
// focus, after a failure the error summary does, and the form keeps what was typed (files must be chosen again: a
// file input cannot be refilled, and the form says so). The idempotency key comes from the server: a double click
// or a retried post is one submission.
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/forms/error-summary";
import { controlProps, FieldError, Hint } from "@/components/forms/field";
import { ChoiceGroup, Choice } from "@/components/forms/choices";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { FeeState } from "@/lib/fees/actions";

type Props = {
  id: string;
  action: (state: FeeState, form: FormData) => Promise<FeeState>;
  meetingId: string;
  membershipId: string;
  version: number;
  idempotencyKey: string;
  /** The claim's receipts, each with its label for the removal checkbox ("Fjern kvittering.pdf (12 kB)"). */
  receipts: { id: string; label: string }[];
  initial: { meetingHours: string; preparationHours: string; kilometres: string; expenses: string; note: string };
  submit: string;
};

const FIELDS = ["meetingHours", "preparationHours", "kilometres", "expenses", "note"] as const;

export function ClaimForm({ id, action, meetingId, membershipId, version, idempotencyKey, receipts, initial, submit }: Props) {
  const all = useTranslations("fees");
  const m = useTranslations("fees.form");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = { ...initial, ...(failed?.values ?? {}) };
  const fid = (name: string) => `${id}-${name}`;
  const err = (name: string) => (errors[name] ? all(`errors.field.${errors[name]}`) : null);
  const labelOf = (name: string) => (name === "receipts" ? m("receipts") : (m(`${name as (typeof FIELDS)[number]}`) ?? name));
  const receiptsError = err("receipts");
  const againId = `${fid("receipts")}-again`;
  const removed = new Set(failed?.removed ?? []);
  const hints: Partial<Record<(typeof FIELDS)[number], string>> = { meetingHours: m("meetingHoursHint"), note: m("noteHint") };
  return (
    <form action={formAction} id={id} className="grid max-w-xl gap-4" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormErrorSummary
        id={`${id}-errors`}
        heading={all("errors.INVALID")}
        generalError={failed && failed.error !== "INVALID" ? all(`errors.${failed.error}`) : undefined}
        errors={Object.keys(errors).map((name) => ({ field: fid(name), message: `${labelOf(name)}: ${err(name)}` }))}
        focusKey={failed?.at ?? 0}
      />
      {state?.ok ? (
        <OutcomeMessage tone="success" focusKey={state.at}>
          {m("saved")}
        </OutcomeMessage>
      ) : null}
      {FIELDS.map((name) => {
        const error = err(name);
        const control = controlProps(fid(name), hints[name], error);
        return (
          <div key={name} className="grid content-start gap-2">
            <label htmlFor={fid(name)} className="ds-label" data-weight="medium">
              {m(`${name}`)}
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
      {receipts.length > 0 ? (
        <ChoiceGroup id={fid("attached")} legend={m("attached")} hint={m("attachedHint")}>
          {receipts.map((r) => (
            <Choice key={r.id} id={`${id}-remove-${r.id}`} name="removeReceipt" value={r.id} label={r.label} defaultChecked={removed.has(r.id)} />
          ))}
        </ChoiceGroup>
      ) : null}
      <div className="grid content-start gap-2">
        <label htmlFor={fid("receipts")} className="ds-label" data-weight="medium">
          {m("receipts")}
        </label>
        <Hint id={fid("receipts")}>{m("receiptsHint")}</Hint>
        {failed?.filesDropped ? (
          <p id={againId} className="ds-paragraph" data-size="sm">
            {m("filesAgain")}
          </p>
        ) : null}
        <input
          {...controlProps(fid("receipts"), m("receiptsHint"), receiptsError, failed?.filesDropped ? [againId] : undefined)}
          name="receipts"
          type="file"
          multiple
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          className="ds-input max-w-full"
        />
        <FieldError id={fid("receipts")}>{receiptsError}</FieldError>
      </div>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {submit}
        </button>
      </div>
    </form>
  );
}
