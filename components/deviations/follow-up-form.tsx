"use client";
import { Alert, Button, Checkbox, Fieldset, Input, Label, Paragraph, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import { useActionState, useState } from "react";
import { recordFollowUpAction } from "@/lib/deviations/actions";
import type { FollowUpActionResult } from "@/lib/deviations/service";
import type { FieldErrorCode } from "@/lib/deviations/schema";
import { fill, getMessages, type Locale } from "@/lib/i18n";
import { FormErrorSummary } from "./error-summary";

// Follow-up of one deviation: a plain server-action form (works without JavaScript). The version the user saw goes
// with the form; if someone saved in between, the action answers CONFLICT instead of overwriting their text.

type Values = { followUp: string; handledOn: string; localProject: string; measureIds: string[] };

export function FollowUpForm({
  lang,
  deviationId,
  version,
  initial,
  measures,
  limits,
}: {
  lang: Locale;
  deviationId: string;
  version: number;
  initial: Values;
  measures: { id: string; label: string }[];
  limits: { followUp: number; localProject: number };
}) {
  const m = getMessages(lang).deviations;
  const [state, formAction, pending] = useActionState<FollowUpActionResult | null, FormData>(recordFollowUpAction, null);
  const [submits, setSubmits] = useState(0);
  const currentVersion = state?.ok ? state.version : version;
  const fieldErrors: Record<string, FieldErrorCode> = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const messageFor = (field: string) => (fieldErrors[field] ? m.errors.fields[fieldErrors[field]] : undefined);
  const summary = Object.keys(fieldErrors).map((field) => ({ field: `fu-${field}`, message: `${labelOf(field)}: ${messageFor(field)}` }));
  const general = state && !state.ok && state.error !== "INVALID" ? m.errors.actions[state.error] : undefined;

  function labelOf(field: string): string {
    const f = m.followUp;
    return ({ followUp: f.followUp, handledOn: f.handledOn, localProject: f.localProject, measureIds: f.measures } as Record<string, string>)[field] ?? field;
  }
  const describedBy = (field: string, help?: boolean) =>
    [help ? `fu-${field}-help` : null, fieldErrors[field] ? `fu-${field}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form action={formAction} onSubmit={() => setSubmits((n) => n + 1)} className="mt-4 grid max-w-3xl gap-6" noValidate>
      <FormErrorSummary id="fu-errors" heading={m.errors.summaryHeading} errors={summary} generalError={general} focusKey={state && !state.ok ? submits : 0} />
      {state?.ok ? (
        <Alert data-color="success" role="status">
          {m.followUp.saved}
        </Alert>
      ) : null}
      {state && !state.ok && state.error === "CONFLICT" ? (
        <Paragraph>
          <a href="" className="ds-link">
            {m.errors.reload}
          </a>
        </Paragraph>
      ) : null}
      <input type="hidden" name="deviationId" value={deviationId} />
      <input type="hidden" name="version" value={currentVersion} />

      <div className="grid gap-2">
        <Label htmlFor="fu-followUp">{m.followUp.followUp}</Label>
        <Paragraph data-size="sm" id="fu-followUp-help">
          {fill(m.followUp.followUpHelp, { max: limits.followUp })}
        </Paragraph>
        <Textarea
          id="fu-followUp"
          name="followUp"
          rows={5}
          defaultValue={initial.followUp}
          maxLength={limits.followUp}
          aria-describedby={describedBy("followUp", true)}
          aria-invalid={fieldErrors.followUp ? true : undefined}
        />
        {messageFor("followUp") ? <ValidationMessage id="fu-followUp-error">{messageFor("followUp")}</ValidationMessage> : null}
      </div>

      <div className="grid gap-2">
        <Label htmlFor="fu-handledOn">{m.followUp.handledOn}</Label>
        <Input
          id="fu-handledOn"
          name="handledOn"
          type="date"
          defaultValue={initial.handledOn}
          className="max-w-xs"
          aria-describedby={describedBy("handledOn")}
          aria-invalid={fieldErrors.handledOn ? true : undefined}
        />
        {messageFor("handledOn") ? <ValidationMessage id="fu-handledOn-error">{messageFor("handledOn")}</ValidationMessage> : null}
      </div>

      <Fieldset id="fu-measureIds" aria-describedby={describedBy("measureIds", true)}>
        <Fieldset.Legend>{m.followUp.measures}</Fieldset.Legend>
        <Fieldset.Description id="fu-measureIds-help">{m.followUp.measuresHelp}</Fieldset.Description>
        {measures.length === 0 ? <Paragraph>{m.followUp.noMeasures}</Paragraph> : null}
        {measures.map((measure) => (
          <Checkbox
            key={measure.id}
            name="measureIds"
            value={measure.id}
            label={measure.label}
            defaultChecked={initial.measureIds.includes(measure.id)}
          />
        ))}
        {messageFor("measureIds") ? <ValidationMessage id="fu-measureIds-error">{messageFor("measureIds")}</ValidationMessage> : null}
      </Fieldset>

      <div className="grid gap-2">
        <Label htmlFor="fu-localProject">{m.followUp.localProject}</Label>
        <Paragraph data-size="sm" id="fu-localProject-help">
          {m.followUp.localProjectHelp}
        </Paragraph>
        <Input
          id="fu-localProject"
          name="localProject"
          defaultValue={initial.localProject}
          maxLength={limits.localProject}
          aria-describedby={describedBy("localProject", true)}
          aria-invalid={fieldErrors.localProject ? true : undefined}
        />
        {messageFor("localProject") ? <ValidationMessage id="fu-localProject-error">{messageFor("localProject")}</ValidationMessage> : null}
      </div>

      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {m.followUp.submit}
        </Button>
      </div>
    </form>
  );
}
