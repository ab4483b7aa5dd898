"use client";
// One accessible form for every secretariat editor: labelled fields with hints and errors linked by
// aria-describedby, an error summary that links to the fields and takes focus, the row version in a hidden field,
// and – after a failed submit – the user's own input back in the fields (a conflict never loses what they typed).
// It posts to a server action, so it also works without JavaScript.
import { useActionState, useState } from "react";
import { FormErrorSummary, summaryOf } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/field";
import { Choice, ChoiceGroup, Options } from "@/components/forms/choices";
import type { EditorResult, FormValues } from "@/lib/editors/form";
import { useTranslations } from "next-intl";

export type FieldSpec = {
  name: string;
  label: string;
  kind: "text" | "textarea" | "date" | "number" | "select" | "checkboxes" | "file";
  hint?: string;
  options?: { value: string; label: string }[];
  defaultValue?: string | string[];
  rows?: number;
  /** Narrow inputs (dates, numbers, codes). */
  narrow?: boolean;
};

type Props = {
  id: string;
  action: (prev: EditorResult, formData: FormData) => Promise<EditorResult>;
  lang: "nn" | "nb";
  hidden?: Record<string, string | number>;
  fields: FieldSpec[];
  submitLabel: string;
  submitVariant?: "primary" | "secondary";
};

export function EditorForm({ id, action, lang, hidden = {}, fields, submitLabel, submitVariant = "primary" }: Props) {
  const [state, formAction, pending] = useActionState<EditorResult, FormData>(action, null);
  const m = useTranslations("editors");
  const [submits, setSubmits] = useState(0);
  const failed = state && !state.ok ? state : null;
  const fieldErrors = failed?.fieldErrors ?? {};
  const values: FormValues | undefined = failed?.values;
  const fieldId = (name: string) => `${id}-${name}`;
  const errorOf = (name: string) => (fieldErrors[name] ? m(`fieldErrors.${fieldErrors[name]}`) : null);
  // The editors' messages follow the label ("Tittel må fyllast ut").
  const summary = summaryOf(
    fields.map((f) => f.name),
    errorOf,
    fieldId,
    (name) => fields.find((f) => f.name === name)?.label ?? name,
    " ",
  );
  const general = failed && failed.error !== "INVALID" ? m(`errors.${failed.error}`) : failed && summary.length === 0 ? m("errors.INVALID") : undefined;
  const hasFile = fields.some((f) => f.kind === "file");

  return (
    <form
      action={formAction}
      onSubmit={() => setSubmits((n) => n + 1)}
      noValidate
      className="mt-4 flex max-w-3xl flex-col gap-5"
      data-testid={id}
      {...(hasFile ? { encType: "multipart/form-data" } : {})}
    >
      <FormErrorSummary id={`${id}-errors`} heading={m("errorSummary")} errors={summary} generalError={general} focusKey={failed ? submits : 0} />
      {failed?.error === "CONFLICT" || failed?.error === "NOT_FOUND" ? (
        <p>
          <a href="" className="ds-link">
            {m("reload")}
          </a>
        </p>
      ) : null}
      <input type="hidden" name="lang" value={lang} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      {/* Re-mounted with the returned values after a failed submit, so they show even after React resets the form. */}
      <div key={JSON.stringify(values ?? null)} className="flex flex-col gap-5">
        {fields.map((field) => (
          <Field key={field.name} field={field} id={fieldId(field.name)} error={errorOf(field.name)} value={values?.[field.name]} fileAgain={failed ? m("fileAgain") : undefined} />
        ))}
      </div>
      <div>
        <button type="submit" className="ds-button" data-variant={submitVariant} disabled={pending} aria-disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function Field({ field, id, error, value, fileAgain }: { field: FieldSpec; id: string; error: string | null; value: string | string[] | undefined; fileAgain?: string }) {
  const hint = field.kind === "file" && fileAgain ? [field.hint, fileAgain].filter(Boolean).join(" ") : field.hint;
  const initial = value ?? field.defaultValue;
  const text = typeof initial === "string" ? initial : "";

  if (field.kind === "checkboxes") {
    const checked = Array.isArray(initial) ? initial : [];
    return (
      <ChoiceGroup id={id} legend={field.label} hint={hint} error={error}>
        {(field.options ?? []).map((o) => (
          <Choice key={o.value} id={`${id}-${o.value}`} name={field.name} value={o.value} label={o.label} defaultChecked={checked.includes(o.value)} />
        ))}
      </ChoiceGroup>
    );
  }

  return (
    <FormField id={id} label={field.label} hint={hint} error={error}>
      {(c) => {
        const common = { ...c, name: field.name, className: "ds-input" };
        if (field.kind === "textarea") return <textarea {...common} rows={field.rows ?? 4} defaultValue={text} />;
        if (field.kind === "select")
          return (
            <select {...common} defaultValue={text}>
              <Options options={field.options ?? []} />
            </select>
          );
        if (field.kind === "file") return <input {...common} type="file" />;
        return (
          <input
            {...common}
            type={field.kind}
            className={`ds-input ${field.narrow || field.kind === "date" || field.kind === "number" ? "max-w-xs" : ""}`}
            defaultValue={text}
            {...(field.kind === "number" ? { inputMode: "numeric" as const } : {})}
          />
        );
      }}
    </FormField>
  );
}
