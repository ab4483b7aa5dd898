"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Fieldset, Heading, Input, Label, Link, Paragraph, Radio, Select, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import { startTransition, useActionState, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { registerDeviationAction } from "@/lib/deviations/actions";
import type { RegisterResult } from "@/lib/deviations/service";
import { deviationSchema, type DeviationInput, type DeviationValues, type FieldErrorCode } from "@/lib/deviations/schema";
import { DEVIATION_CATEGORIES, DEVIATION_SEVERITIES } from "@/lib/domain/vocabulary";
import { fill, getMessages, href, type Locale } from "@/lib/i18n";
import { FormErrorSummary } from "./error-summary";

// Registration of an anonymised deviation. react-hook-form checks the shared zod schema in the browser; the same
// schema runs again in the server action, and the form works without JavaScript (server action + useActionState).

export type Option = { id: string; label: string };

type Field = keyof DeviationInput;
const FIELDS: Field[] = ["areaId", "reportingPartyId", "concernedPartyId", "category", "agreementId", "clause", "month", "severity", "description"];

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
  const m = getMessages(lang).deviations;
  const r = m.register;
  const [state, formAction, pending] = useActionState<RegisterResult | null, FormData>(registerDeviationAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const [submits, setSubmits] = useState(0);
  const [showServer, setShowServer] = useState(true);
  const returned = state && !state.ok ? state.values : undefined;
  const defaults = {
      areaId: returned?.areaId ?? "",
      reportingPartyId: ownPartyId ?? returned?.reportingPartyId ?? "",
      concernedPartyId: returned?.concernedPartyId ?? "",
      category: (returned?.category ?? "") as DeviationInput["category"],
      agreementId: returned?.agreementId ?? "",
      clause: returned?.clause ?? "",
      month: returned?.month ?? "",
      severity: (returned?.severity ?? "") as DeviationInput["severity"],
      description: returned?.description ?? "",
  };
  // Focus goes to the error summary (below), not to the first invalid field.
  const form = useForm<DeviationInput, unknown, DeviationValues>({
    resolver: zodResolver(deviationSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, control } = form;
  const description = useWatch({ control, name: "description" }) ?? "";

  if (state?.ok) {
    return (
      <div className="mt-8 grid max-w-3xl gap-4" data-testid="registration-receipt">
        <Alert data-color="success" role="status">
          <Heading level={2} data-size="xs">
            {r.successTitle}
          </Heading>
          <Paragraph className="mt-2">{r.successBody}</Paragraph>
        </Alert>
        <Paragraph>
          <Link href={href(lang, "/avvik/registrer")}>{r.another}</Link>
        </Paragraph>
      </div>
    );
  }

  const serverErrors: Record<string, FieldErrorCode> = showServer && state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const codeFor = (field: Field): FieldErrorCode | undefined =>
    (formState.errors[field]?.message as FieldErrorCode | undefined) ?? serverErrors[field];
  const messageFor = (field: Field) => {
    const code = codeFor(field);
    return code ? (m.errors.fields[code] ?? m.errors.fields.invalid) : undefined;
  };
  const labels: Record<Field, string> = {
    areaId: r.area,
    reportingPartyId: r.reportingParty,
    concernedPartyId: r.concernedParty,
    category: r.category,
    agreementId: r.agreement,
    clause: r.clause,
    month: r.month,
    severity: r.severity,
    description: r.description,
  };
  const summary = FIELDS.filter((f) => codeFor(f)).map((f) => ({ field: `dv-${f}`, message: `${labels[f]}: ${messageFor(f)}` }));
  const general =
    showServer && state && !state.ok && state.error !== "INVALID" ? m.errors.actions[state.error] : undefined;
  const describedBy = (field: Field, help = false) =>
    [help ? `dv-${field}-help` : null, codeFor(field) ? `dv-${field}-error` : null].filter(Boolean).join(" ") || undefined;
  const invalid = (field: Field) => (codeFor(field) ? true : undefined);
  const error = (field: Field) =>
    messageFor(field) ? <ValidationMessage id={`dv-${field}-error`}>{messageFor(field)}</ValidationMessage> : null;

  const partyOptions = (
    <>
      <Select.Option value="">{r.choose}</Select.Option>
      <optgroup label={r.municipalities}>
        {municipalities.map((o) => (
          <Select.Option key={o.id} value={o.id}>
            {o.label}
          </Select.Option>
        ))}
      </optgroup>
      <optgroup label={r.specialist}>
        {specialist.map((o) => (
          <Select.Option key={o.id} value={o.id}>
            {o.label}
          </Select.Option>
        ))}
      </optgroup>
    </>
  );
  const own = ownPartyId ? [...municipalities, ...specialist].find((o) => o.id === ownPartyId) : undefined;
  const over = description.length - descriptionMax;

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="mt-8 grid max-w-3xl gap-6"
      onSubmit={(event) => {
        setSubmits((n) => n + 1);
        handleSubmit(
          () => {
            setShowServer(true);
            startTransition(() => formAction(new FormData(formRef.current!)));
          },
          () => setShowServer(false),
        )(event);
      }}
    >
      <FormErrorSummary id="dv-errors" heading={m.errors.summaryHeading} errors={summary} generalError={general} focusKey={summary.length > 0 || general ? submits : 0} />

      <Alert data-color="warning" data-testid="privacy-notice">
        <Heading level={2} data-size="xs">
          {r.privacyHeading}
        </Heading>
        <Paragraph className="mt-2">{r.privacyBody}</Paragraph>
      </Alert>

      <div className="grid gap-2">
        <Label htmlFor="dv-areaId">{r.area}</Label>
        <Paragraph data-size="sm" id="dv-areaId-help">{r.areaHelp}</Paragraph>
        <Select id="dv-areaId" defaultValue={defaults.areaId} {...register("areaId")} aria-describedby={describedBy("areaId", true)} aria-invalid={invalid("areaId")}>
          <Select.Option value="">{r.choose}</Select.Option>
          {areas.map((o) => (
            <Select.Option key={o.id} value={o.id}>
              {o.label}
            </Select.Option>
          ))}
        </Select>
        {error("areaId")}
      </div>

      <div className="grid gap-2">
        <Label htmlFor="dv-reportingPartyId">{r.reportingParty}</Label>
        {own ? (
          <>
            <Input id="dv-reportingPartyId" value={own.label} readOnly aria-describedby={describedBy("reportingPartyId")} />
            <input type="hidden" defaultValue={defaults.reportingPartyId} {...register("reportingPartyId")} />
          </>
        ) : (
          <Select
            id="dv-reportingPartyId"
            defaultValue={defaults.reportingPartyId}
            {...register("reportingPartyId")}
            aria-describedby={describedBy("reportingPartyId")}
            aria-invalid={invalid("reportingPartyId")}
          >
            {partyOptions}
          </Select>
        )}
        {error("reportingPartyId")}
      </div>

      <div className="grid gap-2">
        <Label htmlFor="dv-concernedPartyId">{r.concernedParty}</Label>
        <Select
          id="dv-concernedPartyId"
          defaultValue={defaults.concernedPartyId}
          {...register("concernedPartyId")}
          aria-describedby={describedBy("concernedPartyId")}
          aria-invalid={invalid("concernedPartyId")}
        >
          {partyOptions}
        </Select>
        {error("concernedPartyId")}
      </div>

      <div className="grid gap-2">
        <Label htmlFor="dv-category">{r.category}</Label>
        <Select id="dv-category" defaultValue={defaults.category} {...register("category")} aria-describedby={describedBy("category")} aria-invalid={invalid("category")}>
          <Select.Option value="">{r.choose}</Select.Option>
          {DEVIATION_CATEGORIES.map((c) => (
            <Select.Option key={c} value={c}>
              {m.categories[c]}
            </Select.Option>
          ))}
        </Select>
        {error("category")}
      </div>

      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-2">
          <Label htmlFor="dv-agreementId">{r.agreement}</Label>
          <Select id="dv-agreementId" defaultValue={defaults.agreementId} {...register("agreementId")} aria-describedby={describedBy("agreementId")} aria-invalid={invalid("agreementId")}>
            <Select.Option value="">{r.agreementNone}</Select.Option>
            {agreements.map((o) => (
              <Select.Option key={o.id} value={o.id}>
                {o.label}
              </Select.Option>
            ))}
          </Select>
          {error("agreementId")}
        </div>
        <div className="grid content-start gap-2">
          <Label htmlFor="dv-clause">{r.clause}</Label>
          <Paragraph data-size="sm" id="dv-clause-help">{r.clauseHelp}</Paragraph>
          <Input id="dv-clause" defaultValue={defaults.clause} {...register("clause")} maxLength={30} aria-describedby={describedBy("clause", true)} aria-invalid={invalid("clause")} />
          {error("clause")}
        </div>
      </div>

      <div className="grid gap-2">
        <Label htmlFor="dv-month">{r.month}</Label>
        <Paragraph data-size="sm" id="dv-month-help">{r.monthHelp}</Paragraph>
        <Input
          id="dv-month"
          type="month"
          max={maxMonth}
          placeholder="ÅÅÅÅ-MM"
          className="max-w-xs"
          defaultValue={defaults.month}
          {...register("month")}
          aria-describedby={describedBy("month", true)}
          aria-invalid={invalid("month")}
        />
        {error("month")}
      </div>

      <Fieldset id="dv-severity" aria-describedby={describedBy("severity")}>
        <Fieldset.Legend>{r.severity}</Fieldset.Legend>
        {DEVIATION_SEVERITIES.map((s) => (
          <Radio key={s} value={s} label={m.severities[s]} defaultChecked={defaults.severity === s} {...register("severity")} aria-invalid={invalid("severity")} />
        ))}
        {error("severity")}
      </Fieldset>

      <div className="grid gap-2">
        <Label htmlFor="dv-description">{r.description}</Label>
        <Paragraph data-size="sm" id="dv-description-help">
          {fill(r.descriptionHelp, { max: descriptionMax })}
        </Paragraph>
        <Textarea
          id="dv-description"
          rows={5}
          defaultValue={defaults.description}
          {...register("description")}
          aria-describedby={[describedBy("description", true), "dv-description-counter"].filter(Boolean).join(" ")}
          aria-invalid={invalid("description")}
        />
        <Paragraph data-size="sm" id="dv-description-counter" className={over > 0 ? "font-semibold text-danger-text-default" : ""}>
          {over > 0 ? fill(r.counterOver, { count: over }) : fill(r.counter, { count: description.length, max: descriptionMax })}
        </Paragraph>
        {/* Announced only near and over the limit, not on every keystroke. */}
        <span className="sr-only" aria-live="polite">
          {over > 0 ? fill(r.counterOver, { count: over }) : descriptionMax - description.length <= 50 ? fill(r.counter, { count: description.length, max: descriptionMax }) : ""}
        </span>
        {error("description")}
      </div>

      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? r.submitting : r.submit}
        </Button>
      </div>
    </form>
  );
}
