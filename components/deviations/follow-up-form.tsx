"use client";
import { useTranslations } from "next-intl";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { useActionState, useState } from "react";
import { FormErrorSummary, summaryOf } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/field";
import { Choice, ChoiceGroup } from "@/components/forms/choices";
import { recordFollowUpAction } from "@/lib/deviations/actions";
import type { FieldErrorCode, FollowUpField } from "@/lib/deviations/schema";
import type { FollowUpActionResult } from "@/lib/deviations/service";

// Follow-up of one deviation: a plain server-action form (works without JavaScript). The version the user saw goes
// with the form; if someone saved in between, the action answers CONFLICT instead of overwriting their text.

type Values = { followUp: string; handledOn: string; localProject: string; measureIds: string[] };

const FIELDS: FollowUpField[] = ["followUp", "handledOn", "measureIds", "localProject"];
const fieldId = (field: string) => `fu-${field}`;

export function FollowUpForm({
  deviationId,
  version,
  initial,
  measures,
  limits,
}: {
  deviationId: string;
  version: number;
  initial: Values;
  measures: { id: string; label: string }[];
  limits: { followUp: number; localProject: number };
}) {
  const m = useTranslations("deviations");
  const f = useTranslations("deviations.followUp");
  const [state, formAction, pending] = useActionState<FollowUpActionResult | null, FormData>(recordFollowUpAction, null);
  const [submits, setSubmits] = useState(0);
  const currentVersion = state?.ok ? state.version : version;
  const fieldErrors: Record<string, FieldErrorCode> = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const messageFor = (field: string) => (fieldErrors[field] ? m(`errors.fields.${fieldErrors[field]}`) : undefined);
  const labels: Record<string, string> = { followUp: f("followUp"), handledOn: f("handledOn"), localProject: f("localProject"), measureIds: f("measures") };
  const summary = summaryOf(FIELDS, messageFor, fieldId, (field) => labels[field] ?? field);
  const general = state && !state.ok && state.error !== "INVALID" ? m(`errors.actions.${state.error}`) : undefined;
  const field = (name: FollowUpField, hint?: string) => ({ id: fieldId(name), label: labels[name], hint, error: messageFor(name) });

  return (
    <form action={formAction} onSubmit={() => setSubmits((n) => n + 1)} className="mt-4 grid max-w-3xl gap-6" noValidate>
      <FormErrorSummary id="fu-errors" heading={m("errors.summaryHeading")} errors={summary} generalError={general} focusKey={state && !state.ok ? submits : 0} />
      {state?.ok ? (
        <OutcomeMessage tone="success" focusKey={state}>
          {f("saved")}
        </OutcomeMessage>
      ) : null}
      {state && !state.ok && state.error === "CONFLICT" ? (
        <p className="ds-paragraph">
          <a href="" className="ds-link">
            {m("errors.reload")}
          </a>
        </p>
      ) : null}
      <input type="hidden" name="deviationId" value={deviationId} />
      <input type="hidden" name="version" value={currentVersion} />

      <FormField {...field("followUp", f("followUpHelp", { max: limits.followUp }))}>
        {(c) => <textarea {...c} name="followUp" className="ds-input" rows={5} defaultValue={initial.followUp} maxLength={limits.followUp} />}
      </FormField>

      <FormField {...field("handledOn")}>
        {(c) => <input {...c} name="handledOn" type="date" className="ds-input max-w-xs" defaultValue={initial.handledOn} />}
      </FormField>

      <ChoiceGroup id={fieldId("measureIds")} legend={f("measures")} hint={f("measuresHelp")} error={messageFor("measureIds")}>
        {measures.length === 0 ? <p className="ds-paragraph">{f("noMeasures")}</p> : null}
        {measures.map((measure) => (
          <Choice
            key={measure.id}
            id={`${fieldId("measureIds")}-${measure.id}`}
            name="measureIds"
            value={measure.id}
            label={measure.label}
            defaultChecked={initial.measureIds.includes(measure.id)}
          />
        ))}
      </ChoiceGroup>

      <FormField {...field("localProject", f("localProjectHelp"))}>
        {(c) => <input {...c} name="localProject" className="ds-input" defaultValue={initial.localProject} maxLength={limits.localProject} />}
      </FormField>

      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending} aria-disabled={pending}>
          {f("submit")}
        </button>
      </div>
    </form>
  );
}
