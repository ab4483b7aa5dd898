"use client";
import { useTranslations } from "next-intl";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useWatch } from "react-hook-form";
import { FormErrorSummary, summaryOf } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/field";
import { Choice, ChoiceGroup, FixedValue, Options } from "@/components/forms/choices";
import { useActionForm } from "@/components/forms/use-action-form";
import { registerDeviationAction } from "@/lib/deviations/actions";
import { deviationSchema, type DeviationInput } from "@/lib/deviations/schema";
import { DEVIATION_CATEGORIES, DEVIATION_SEVERITIES } from "@/lib/domain/vocabulary";
import { href } from "@/lib/i18n/paths";
import { type Locale } from "@/lib/i18n/config";

// Registration of an anonymised deviation. react-hook-form checks the shared zod schema in the browser; the same
// schema runs again in the server action, and the form works without JavaScript (server action + useActionState).

export type Option = { id: string; label: string };

type Field = keyof DeviationInput;
const FIELDS: Field[] = ["areaId", "reportingPartyId", "concernedPartyId", "category", "agreementId", "clause", "month", "severity", "description"];
const fieldId = (field: Field) => `dv-${field}`;
const options = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.label }));

export function RegistrationForm({
  lang,
  areas,
  municipalities,
  specialist,
  agreements,
  ownPartyId,
  maxMonth,
  descriptionMax,
}: {
  lang: Locale;
  areas: Option[];
  municipalities: Option[];
  specialist: Option[];
  agreements: Option[];
  /** A partner contact registers for their own party only: the reporting party is fixed. */
  ownPartyId: string | null;
  maxMonth: string;
  descriptionMax: number;
}) {
  const m = useTranslations("deviations");
  const r = useTranslations("deviations.register");
  const { state, failed, pending, form, register, formRef, formAction, onSubmit, codeFor, submits, defaultValues: defaults } = useActionForm({
    action: registerDeviationAction,
    schema: deviationSchema,
    defaults: (returned) => {
      const str = (key: string) => {
        const v = returned?.[key];
        return typeof v === "string" ? v : "";
      };
      return {
        areaId: str("areaId"),
        reportingPartyId: ownPartyId ?? str("reportingPartyId"),
        concernedPartyId: str("concernedPartyId"),
        category: str("category") as DeviationInput["category"],
        agreementId: str("agreementId"),
        clause: str("clause"),
        month: str("month"),
        severity: str("severity") as DeviationInput["severity"],
        description: str("description"),
      };
    },
  });
  const description = useWatch({ control: form.control, name: "description" }) ?? "";

  if (state?.ok) {
    return (
      <div className="mt-8 grid max-w-3xl gap-4" data-testid="registration-receipt">
        <OutcomeMessage tone="success">
          <Heading level={2} data-size="xs">
            {r("successTitle")}
          </Heading>
          <Paragraph className="mt-2">{r("successBody")}</Paragraph>
        </OutcomeMessage>
        <Paragraph>
          <Link href={href(lang, "/avvik/registrer")}>{r("another")}</Link>
        </Paragraph>
      </div>
    );
  }

  const messageFor = (field: Field) => {
    const code = codeFor(field);
    return code ? (m(`errors.fields.${code}`) ?? m("errors.fields.invalid")) : undefined;
  };
  const labels: Record<Field, string> = {
    areaId: r("area"),
    reportingPartyId: r("reportingParty"),
    concernedPartyId: r("concernedParty"),
    category: r("category"),
    agreementId: r("agreement"),
    clause: r("clause"),
    month: r("month"),
    severity: r("severity"),
    description: r("description"),
  };
  const summary = summaryOf(FIELDS, messageFor, fieldId, (f) => labels[f]);
  const general = failed && failed.error !== "INVALID" ? m(`errors.actions.${failed.error}`) : failed && summary.length === 0 ? m("errors.actions.INVALID") : undefined;
  const field = (name: Field, hint?: string) => ({ id: fieldId(name), label: labels[name], hint, error: messageFor(name) });

  const partyOptions = (
    <>
      <option value="">{r("choose")}</option>
      <optgroup label={r("municipalities")}>
        <Options options={options(municipalities)} />
      </optgroup>
      <optgroup label={r("specialist")}>
        <Options options={options(specialist)} />
      </optgroup>
    </>
  );
  const own = ownPartyId ? [...municipalities, ...specialist].find((o) => o.id === ownPartyId) : undefined;
  const over = description.length - descriptionMax;
  const counterId = `${fieldId("description")}-counter`;

  return (
    <form ref={formRef} action={formAction} noValidate className="mt-8 grid max-w-3xl gap-6" onSubmit={onSubmit}>
      <FormErrorSummary id="dv-errors" heading={m("errors.summaryHeading")} errors={summary} generalError={general} focusKey={summary.length > 0 || general ? submits : 0} />

      <Alert data-color="warning" data-testid="privacy-notice">
        <Heading level={2} data-size="xs">
          {r("privacyHeading")}
        </Heading>
        <Paragraph className="mt-2">{r("privacyBody")}</Paragraph>
      </Alert>

      <FormField {...field("areaId", r("areaHelp"))}>
        {(c) => (
          <select {...c} className="ds-input" defaultValue={defaults.areaId} {...register("areaId")}>
            <Options empty={r("choose")} options={options(areas)} />
          </select>
        )}
      </FormField>

      <FormField {...field("reportingPartyId")}>
        {(c) =>
          own ? (
            <FixedValue control={c} text={own.label} hidden={{ defaultValue: defaults.reportingPartyId, ...register("reportingPartyId") }} />
          ) : (
            <select {...c} className="ds-input" defaultValue={defaults.reportingPartyId} {...register("reportingPartyId")}>
              {partyOptions}
            </select>
          )
        }
      </FormField>

      <FormField {...field("concernedPartyId")}>
        {(c) => (
          <select {...c} className="ds-input" defaultValue={defaults.concernedPartyId} {...register("concernedPartyId")}>
            {partyOptions}
          </select>
        )}
      </FormField>

      <FormField {...field("category")}>
        {(c) => (
          <select {...c} className="ds-input" defaultValue={defaults.category} {...register("category")}>
            <Options empty={r("choose")} options={DEVIATION_CATEGORIES.map((k) => ({ value: k, label: m(`categories.${k}`) }))} />
          </select>
        )}
      </FormField>

      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <FormField {...field("agreementId")}>
          {(c) => (
            <select {...c} className="ds-input" defaultValue={defaults.agreementId} {...register("agreementId")}>
              <Options empty={r("agreementNone")} options={options(agreements)} />
            </select>
          )}
        </FormField>
        <FormField {...field("clause", r("clauseHelp"))}>
          {(c) => <input {...c} className="ds-input" defaultValue={defaults.clause} {...register("clause")} maxLength={30} />}
        </FormField>
      </div>

      <FormField {...field("month", r("monthHelp"))}>
        {(c) => <input {...c} type="month" max={maxMonth} placeholder="ÅÅÅÅ-MM" className="ds-input max-w-xs" defaultValue={defaults.month} {...register("month")} />}
      </FormField>

      <ChoiceGroup id={fieldId("severity")} legend={r("severity")} error={messageFor("severity")}>
        {DEVIATION_SEVERITIES.map((s) => (
          <Choice
            key={s}
            id={`${fieldId("severity")}-${s}`}
            type="radio"
            value={s}
            label={m(`severities.${s}`)}
            defaultChecked={defaults.severity === s}
            {...register("severity")}
            aria-invalid={messageFor("severity") ? true : undefined}
          />
        ))}
      </ChoiceGroup>

      <FormField
        {...field("description", r("descriptionHelp", { max: descriptionMax }))}
        describedByExtra={[counterId]}
        after={
          <>
            <p id={counterId} className={`ds-paragraph ${over > 0 ? "font-semibold text-danger-text-default" : ""}`} data-size="sm">
              {over > 0 ? r("counterOver", { count: over }) : r("counter", { count: description.length, max: descriptionMax })}
            </p>
            {/* Announced only near and over the limit, not on every keystroke. */}
            <span className="sr-only" aria-live="polite">
              {over > 0 ? r("counterOver", { count: over }) : descriptionMax - description.length <= 50 ? r("counter", { count: description.length, max: descriptionMax }) : ""}
            </span>
          </>
        }
      >
        {(c) => <textarea {...c} className="ds-input" rows={5} defaultValue={defaults.description} {...register("description")} />}
      </FormField>

      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending} aria-disabled={pending}>
          {pending ? r("submitting") : r("submit")}
        </button>
      </div>
    </form>
  );
}
