"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import { FormErrorSummary, summaryOf } from "@/components/forms/error-summary";
import { FieldError, FormField, controlProps } from "@/components/forms/field";
import { Choice, ChoiceGroup, FixedValue, Options } from "@/components/forms/choices";
import { useActionForm } from "@/components/forms/use-action-form";
import { draftOf, useLocalDraft, type Draft } from "@/components/forms/use-local-draft";
import { submitCaseAction } from "@/lib/cases/actions";
import { caseSubmissionSchema, type CaseSubmissionField } from "@/lib/cases/schema";
import { href } from "@/lib/i18n/paths";
import { type Locale } from "@/lib/i18n/config";

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

const fieldId = (field: CaseSubmissionField) => `case-${field}`;

/** What the local draft keeps: the text, the choices and the idempotency key (a retry after a reload is the same case). */
const DRAFT_FIELDS = ["idempotencyKey", "targetBodyId", "title", "description", "background", "desiredOutcome", "partyId", "contactName", "contactEmail", "priorityGroups"] as const;
const options = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.label }));

/**
 * An untouched file input would post an empty, nameless file; leave it out. A chosen file of zero bytes is sent, so
 * the server answers with "the file is empty" instead of the file silently disappearing (issue 17).
 */
function dropEmptyFiles(data: FormData) {
  const files = data.getAll("attachments").filter((f) => typeof f !== "string" && (f.size > 0 || f.name !== ""));
  data.delete("attachments");
  for (const f of files) data.append("attachments", f);
}

export function SubmissionForm({
  lang,
  bodies,
  parties,
  groups,
  ownPartyId,
  idempotencyKey,
  contact,
}: {
  lang: Locale;
  bodies: Option[];
  parties: Option[];
  /** The priority groups valid on the submission date, with their names (issue 20 item 3). */
  groups: Option[];
  /** A partner contact submits for their own party only: the party is fixed. */
  ownPartyId: string | null;
  idempotencyKey: string;
  contact: { name: string; email: string };
}) {
  const all = useTranslations();
  const m = useTranslations("cases");
  const s = useTranslations("cases.submit");
  const { state, failed, pending, register, form, formRef, formAction, onSubmit, codeFor, submits, defaultValues: defaults } = useActionForm({
    action: submitCaseAction,
    schema: caseSubmissionSchema,
    prepare: dropEmptyFiles,
    defaults: (returned) => {
      const str = (key: string, fallback = "") => {
        const v = returned?.[key];
        return typeof v === "string" ? v : fallback;
      };
      return {
        idempotencyKey: str("idempotencyKey", idempotencyKey),
        targetBodyId: str("targetBodyId"),
        title: str("title"),
        description: str("description"),
        background: str("background"),
        desiredOutcome: str("desiredOutcome"),
        partyId: ownPartyId ?? str("partyId"),
        contactName: str("contactName", contact.name),
        contactEmail: str("contactEmail", contact.email),
        priorityGroups: Array.isArray(returned?.priorityGroups) ? returned.priorityGroups : [],
        noPatientData: false,
      };
    },
  });

  // The local draft (restored after a reload or crash, removed after the case went in). Files cannot be restored.
  // React owns a hidden input's value (its defaultValue is its value), so the restored key goes through state.
  const [restoredKey, setRestoredKey] = useState<string | null>(null);
  const draft = useLocalDraft(`saman:case-draft:${contact.email || "anonymous"}`, {
    done: Boolean(state?.ok),
    restore: (saved: Draft) => {
      for (const name of DRAFT_FIELDS) {
        const value = saved[name];
        if (value === undefined || (name === "partyId" && ownPartyId)) continue;
        if (name === "idempotencyKey" && typeof value === "string") setRestoredKey(value);
        form.setValue(name, value as never);
      }
    },
  });
  const saveDraft = () => {
    if (formRef.current) draft.save(draftOf(formRef.current, DRAFT_FIELDS));
  };
  const discardDraft = () => {
    draft.discard();
    setRestoredKey(null);
    form.reset(defaults);
  };

  if (state?.ok) {
    return (
      <div className="mt-8 grid max-w-3xl gap-4" data-testid="case-receipt">
        <OutcomeMessage tone="success">
          <Heading level={2} data-size="xs">
            {s("receiptTitle")}
          </Heading>
          <Paragraph className="mt-2">
            {s.rich("receiptBody", { reference: state.reference, strong: (text) => <strong data-testid="case-reference">{text}</strong> })}
          </Paragraph>
          <Paragraph className="mt-2">{s("receiptMail")}</Paragraph>
        </OutcomeMessage>
        {state.title ? (
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)] [overflow-wrap:anywhere]" data-testid="case-receipt-summary">
            <dt className="font-semibold">{all("workspace.mail.title")}</dt>
            <dd>{state.title}</dd>
            {state.statusPath ? (
              <>
                <dt className="font-semibold">{all("workspace.submitted.statusLink")}</dt>
                <dd>
                  <Link href={state.statusPath} data-testid="case-status-link">
                    {all("workspace.submitted.statusLinkText")}
                  </Link>
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
        <Paragraph>
          {ownPartyId ? (
            <>
              <Link asChild>
                <NextLink href={href(lang, "/mine-saker")}>{s("receiptOwn")}</NextLink>
              </Link>
              {" · "}
            </>
          ) : null}
          <Link href={href(lang, "/meld-inn-sak")}>{s("another")}</Link>
        </Paragraph>
      </div>
    );
  }

  const messageFor = (field: CaseSubmissionField) => {
    const code = codeFor(field);
    return code ? (m(`errors.fields.${code}`) ?? m("errors.fields.invalid")) : undefined;
  };
  const labels: Record<CaseSubmissionField, string> = {
    idempotencyKey: s("title"),
    targetBodyId: s("targetBody"),
    title: s("caseTitle"),
    description: s("description"),
    background: s("background"),
    desiredOutcome: s("desiredOutcome"),
    partyId: s("party"),
    contactName: s("contactName"),
    contactEmail: s("contactEmail"),
    priorityGroups: s("priorityGroups"),
    attachments: s("attachments"),
    noPatientData: s("noPatientData"),
  };
  const summary = summaryOf(FIELDS, messageFor, fieldId, (f) => labels[f]);
  const general = failed && failed.error !== "INVALID" ? m(`errors.actions.${failed.error}`) : failed && summary.length === 0 ? m("errors.actions.INVALID") : undefined;
  const own = ownPartyId ? parties.find((p) => p.id === ownPartyId) : undefined;
  const field = (name: CaseSubmissionField, hint?: string) => ({ id: fieldId(name), label: labels[name], hint, error: messageFor(name) });
  const textField = (name: "title" | "contactName" | "contactEmail", opts: { hint?: string; type?: "text" | "email"; autoComplete?: string } = {}) => (
    <FormField {...field(name, opts.hint)}>
      {(c) => <input {...c} type={opts.type ?? "text"} className="ds-input" autoComplete={opts.autoComplete} defaultValue={defaults[name]} {...register(name)} />}
    </FormField>
  );
  const area = (name: "description" | "background" | "desiredOutcome", hint?: string) => (
    <FormField {...field(name, hint)}>
      {(c) => <textarea {...c} className="ds-input" rows={name === "description" ? 6 : 4} defaultValue={defaults[name]} {...register(name)} />}
    </FormField>
  );

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="mt-8 grid max-w-3xl gap-6"
      data-testid="case-form"
      onChange={saveDraft}
      onSubmit={(event) => {
        saveDraft();
        onSubmit(event);
      }}
    >
      <FormErrorSummary id="case-errors" heading={m("errors.summaryHeading")} errors={summary} generalError={general} focusKey={summary.length > 0 || general ? submits : 0} />
      <input type="hidden" {...register("idempotencyKey")} defaultValue={restoredKey ?? defaults.idempotencyKey} />
      <input type="hidden" name="lang" value={lang} />
      {draft.restored ? (
        <Alert data-color="info" data-testid="draft-restored">
          <Paragraph>{all("faults.draftRestored")}</Paragraph>
          <button type="button" className="ds-button mt-2" data-variant="tertiary" data-size="sm" onClick={discardDraft}>
            {all("faults.discardDraft")}
          </button>
        </Alert>
      ) : null}

      <Alert data-color="warning" data-testid="privacy-notice">
        <Heading level={2} data-size="xs">
          {s("privacyHeading")}
        </Heading>
        <Paragraph className="mt-2">{s("privacyBody")}</Paragraph>
      </Alert>

      <FormField {...field("targetBodyId", s("targetBodyHelp"))}>
        {(c) => (
          <select {...c} className="ds-input" defaultValue={defaults.targetBodyId} {...register("targetBodyId")}>
            <Options empty={s("choose")} options={options(bodies)} />
          </select>
        )}
      </FormField>

      {textField("title")}
      {area("description", s("descriptionHelp"))}
      {area("background")}
      {area("desiredOutcome")}

      <FormField {...field("partyId")}>
        {(c) =>
          own ? (
            <FixedValue control={c} text={own.label} hidden={{ defaultValue: defaults.partyId, ...register("partyId") }} />
          ) : (
            <select {...c} className="ds-input" defaultValue={defaults.partyId} {...register("partyId")}>
              <Options empty={s("choose")} options={options(parties)} />
            </select>
          )
        }
      </FormField>

      {textField("contactName", { autoComplete: "name" })}
      {textField("contactEmail", { hint: s("contactEmailHelp"), type: "email", autoComplete: "email" })}

      <ChoiceGroup id={fieldId("priorityGroups")} legend={s("priorityGroups")} error={messageFor("priorityGroups")}>
        {groups.map((g) => (
          <Choice key={g.id} id={`${fieldId("priorityGroups")}-${g.id}`} value={g.id} label={g.label} defaultChecked={(defaults.priorityGroups as string[]).includes(g.id)} {...register("priorityGroups")} />
        ))}
      </ChoiceGroup>

      <FormField {...field("attachments", s("attachmentsHelp"))}>
        {(c) => <input {...c} name="attachments" type="file" multiple accept="application/pdf,.pdf" className="ds-input" />}
      </FormField>

      <div className="grid gap-2">
        <Choice {...controlProps(fieldId("noPatientData"), undefined, messageFor("noPatientData"))} value="on" label={s("noPatientData")} {...register("noPatientData")} />
        <FieldError id={fieldId("noPatientData")}>{messageFor("noPatientData")}</FieldError>
      </div>

      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending} aria-disabled={pending} data-testid="case-submit">
          {pending ? s("submitting") : s("submit")}
        </button>
      </div>
    </form>
  );
}
