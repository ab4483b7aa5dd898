"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Checkbox, Fieldset, Heading, Input, Label, Link, Paragraph, Select, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import { startTransition, useActionState, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { FormErrorSummary } from "@/components/deviations/error-summary";
import { submitCaseAction } from "@/lib/cases/actions";
import { caseSubmissionSchema, type CaseSubmissionField, type CaseSubmissionInput, type CaseSubmissionValues, type FieldErrorCode } from "@/lib/cases/schema";
import type { SubmitResult } from "@/lib/cases/service";
import { PRIORITY_GROUPS } from "@/lib/domain/vocabulary";
import { fillNodes, getMessages, href, type Locale } from "@/lib/i18n";

// The case form. react-hook-form checks the shared zod schema in the browser; the same schema runs again in the
// server action, and without JavaScript the form is a plain post to that action (errors rendered by the server).
// The idempotency key is generated on the server into a hidden field: a double click or a retried post makes one case.

export type Option = { id: string; label: string };

const FIELDS: CaseSubmissionField[] = [
  "targetBodyId",
  "title",
  "description",
  "background",
  "desiredOutcome",
  "partyId",
  "contactName",
  "contactEmail",
  "priorityGroups",
  "attachments",
  "noPatientData",
];

export function SubmissionForm({
  lang,
  bodies,
  parties,
  ownPartyId,
  idempotencyKey,
  contact,
}: {
  lang: Locale;
  bodies: Option[];
  parties: Option[];
  /** A partner contact submits for their own party only: the party is fixed. */
  ownPartyId: string | null;
  idempotencyKey: string;
  contact: { name: string; email: string };
}) {
  const m = getMessages(lang).cases;
  const s = m.submit;
  const [state, formAction, pending] = useActionState<SubmitResult | null, FormData>(submitCaseAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const [submits, setSubmits] = useState(0);
  const [showServer, setShowServer] = useState(true);
  const returned = state && !state.ok ? state.values : undefined;
  const str = (key: string, fallback = "") => {
    const v = returned?.[key];
    return typeof v === "string" ? v : fallback;
  };
  const returnedGroups = Array.isArray(returned?.priorityGroups) ? (returned.priorityGroups as string[]) : [];
  const defaults = {
    idempotencyKey: str("idempotencyKey", idempotencyKey),
    targetBodyId: str("targetBodyId"),
    title: str("title"),
    description: str("description"),
    background: str("background"),
    desiredOutcome: str("desiredOutcome"),
    partyId: ownPartyId ?? str("partyId"),
    contactName: str("contactName", contact.name),
    contactEmail: str("contactEmail", contact.email),
    priorityGroups: returnedGroups,
    noPatientData: false,
  };
  const form = useForm<CaseSubmissionInput, unknown, CaseSubmissionValues>({
    resolver: zodResolver(caseSubmissionSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState } = form;

  if (state?.ok) {
    return (
      <div className="mt-8 grid max-w-3xl gap-4" data-testid="case-receipt">
        <Alert data-color="success" role="status">
          <Heading level={2} data-size="xs">
            {s.receiptTitle}
          </Heading>
          <Paragraph className="mt-2">
            {fillNodes(s.receiptBody, { reference: <strong data-testid="case-reference">{state.reference}</strong> })}
          </Paragraph>
          <Paragraph className="mt-2">{s.receiptMail}</Paragraph>
        </Alert>
        <Paragraph>
          {ownPartyId ? (
            <>
              <Link asChild>
                <NextLink href={href(lang, "/mine-saker")}>{s.receiptOwn}</NextLink>
              </Link>
              {" · "}
            </>
          ) : null}
          <Link href={href(lang, "/meld-inn-sak")}>{s.another}</Link>
        </Paragraph>
      </div>
    );
  }

  const serverErrors: Record<string, FieldErrorCode> = showServer && state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const codeFor = (field: CaseSubmissionField): FieldErrorCode | undefined =>
    (field !== "attachments" ? (formState.errors[field]?.message as FieldErrorCode | undefined) : undefined) ?? serverErrors[field];
  const messageFor = (field: CaseSubmissionField) => {
    const code = codeFor(field);
    return code ? (m.errors.fields[code] ?? m.errors.fields.invalid) : undefined;
  };
  const labels: Record<CaseSubmissionField, string> = {
    idempotencyKey: s.title,
    targetBodyId: s.targetBody,
    title: s.caseTitle,
    description: s.description,
    background: s.background,
    desiredOutcome: s.desiredOutcome,
    partyId: s.party,
    contactName: s.contactName,
    contactEmail: s.contactEmail,
    priorityGroups: s.priorityGroups,
    attachments: s.attachments,
    noPatientData: s.noPatientData,
  };
  const summary = FIELDS.filter((f) => codeFor(f)).map((f) => ({ field: `case-${f}`, message: `${labels[f]}: ${messageFor(f)}` }));
  const general =
    showServer && state && !state.ok && state.error !== "INVALID" ? m.errors.actions[state.error] : showServer && state && !state.ok && summary.length === 0 ? m.errors.actions.INVALID : undefined;
  const describedBy = (field: CaseSubmissionField, help = false) =>
    [help ? `case-${field}-help` : null, codeFor(field) ? `case-${field}-error` : null].filter(Boolean).join(" ") || undefined;
  const invalid = (field: CaseSubmissionField) => (codeFor(field) ? true : undefined);
  const error = (field: CaseSubmissionField) =>
    messageFor(field) ? <ValidationMessage id={`case-${field}-error`}>{messageFor(field)}</ValidationMessage> : null;
  const own = ownPartyId ? parties.find((p) => p.id === ownPartyId) : undefined;
  const textField = (field: "title" | "contactName" | "contactEmail", label: string, opts: { help?: string; type?: "text" | "email"; autoComplete?: string } = {}) => (
    <div className="grid gap-2">
      <Label htmlFor={`case-${field}`}>{label}</Label>
      {opts.help ? (
        <Paragraph data-size="sm" id={`case-${field}-help`}>
          {opts.help}
        </Paragraph>
      ) : null}
      <Input
        id={`case-${field}`}
        type={opts.type ?? "text"}
        autoComplete={opts.autoComplete}
        defaultValue={defaults[field]}
        {...register(field)}
        aria-describedby={describedBy(field, Boolean(opts.help))}
        aria-invalid={invalid(field)}
      />
      {error(field)}
    </div>
  );
  const area = (field: "description" | "background" | "desiredOutcome", label: string, help?: string) => (
    <div className="grid gap-2">
      <Label htmlFor={`case-${field}`}>{label}</Label>
      {help ? (
        <Paragraph data-size="sm" id={`case-${field}-help`}>
          {help}
        </Paragraph>
      ) : null}
      <Textarea id={`case-${field}`} rows={field === "description" ? 6 : 4} defaultValue={defaults[field]} {...register(field)} aria-describedby={describedBy(field, Boolean(help))} aria-invalid={invalid(field)} />
      {error(field)}
    </div>
  );

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="mt-8 grid max-w-3xl gap-6"
      data-testid="case-form"
      onSubmit={(event) => {
        setSubmits((n) => n + 1);
        handleSubmit(
          () => {
            setShowServer(true);
            const data = new FormData(formRef.current!);
            // An untouched file input would post an empty file; leave it out.
            const files = data.getAll("attachments").filter((f) => typeof f !== "string" && f.size > 0);
            data.delete("attachments");
            for (const f of files) data.append("attachments", f);
            startTransition(() => formAction(data));
          },
          () => setShowServer(false),
        )(event);
      }}
    >
      <FormErrorSummary id="case-errors" heading={m.errors.summaryHeading} errors={summary} generalError={general} focusKey={summary.length > 0 || general ? submits : 0} />
      <input type="hidden" {...register("idempotencyKey")} defaultValue={defaults.idempotencyKey} />
      <input type="hidden" name="lang" value={lang} />

      <Alert data-color="warning" data-testid="privacy-notice">
        <Heading level={2} data-size="xs">
          {s.privacyHeading}
        </Heading>
        <Paragraph className="mt-2">{s.privacyBody}</Paragraph>
      </Alert>

      <div className="grid gap-2">
        <Label htmlFor="case-targetBodyId">{s.targetBody}</Label>
        <Paragraph data-size="sm" id="case-targetBodyId-help">
          {s.targetBodyHelp}
        </Paragraph>
        <Select id="case-targetBodyId" defaultValue={defaults.targetBodyId} {...register("targetBodyId")} aria-describedby={describedBy("targetBodyId", true)} aria-invalid={invalid("targetBodyId")}>
          <Select.Option value="">{s.choose}</Select.Option>
          {bodies.map((o) => (
            <Select.Option key={o.id} value={o.id}>
              {o.label}
            </Select.Option>
          ))}
        </Select>
        {error("targetBodyId")}
      </div>

      {textField("title", s.caseTitle)}
      {area("description", s.description, s.descriptionHelp)}
      {area("background", s.background)}
      {area("desiredOutcome", s.desiredOutcome)}

      <div className="grid gap-2">
        <Label htmlFor="case-partyId">{s.party}</Label>
        {own ? (
          <>
            <Input id="case-partyId" value={own.label} readOnly aria-describedby={describedBy("partyId")} />
            <input type="hidden" defaultValue={defaults.partyId} {...register("partyId")} />
          </>
        ) : (
          <Select id="case-partyId" defaultValue={defaults.partyId} {...register("partyId")} aria-describedby={describedBy("partyId")} aria-invalid={invalid("partyId")}>
            <Select.Option value="">{s.choose}</Select.Option>
            {parties.map((o) => (
              <Select.Option key={o.id} value={o.id}>
                {o.label}
              </Select.Option>
            ))}
          </Select>
        )}
        {error("partyId")}
      </div>

      {textField("contactName", s.contactName, { autoComplete: "name" })}
      {textField("contactEmail", s.contactEmail, { help: s.contactEmailHelp, type: "email", autoComplete: "email" })}

      <Fieldset id="case-priorityGroups" aria-describedby={describedBy("priorityGroups")}>
        <Fieldset.Legend>{s.priorityGroups}</Fieldset.Legend>
        {PRIORITY_GROUPS.map((g) => (
          <Checkbox key={g} value={g} label={getMessages(lang).labels.priorityGroup[g]} defaultChecked={defaults.priorityGroups.includes(g)} {...register("priorityGroups")} />
        ))}
        {error("priorityGroups")}
      </Fieldset>

      <div className="grid gap-2">
        <Label htmlFor="case-attachments">{s.attachments}</Label>
        <Paragraph data-size="sm" id="case-attachments-help">
          {s.attachmentsHelp}
        </Paragraph>
        <input
          id="case-attachments"
          name="attachments"
          type="file"
          multiple
          accept="application/pdf,.pdf"
          className="ds-input"
          aria-describedby={describedBy("attachments", true)}
          aria-invalid={invalid("attachments")}
        />
        {error("attachments")}
      </div>

      <div className="grid gap-2" id="case-noPatientData-wrap">
        <Checkbox id="case-noPatientData" value="on" label={s.noPatientData} {...register("noPatientData")} aria-describedby={describedBy("noPatientData")} aria-invalid={invalid("noPatientData")} />
        {error("noPatientData")}
      </div>

      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending} data-testid="case-submit">
          {pending ? s.submitting : s.submit}
        </Button>
      </div>
    </form>
  );
}
