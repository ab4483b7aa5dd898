"use client";
// One accessible form for every secretariat editor: labelled fields with hints and errors linked by
// aria-describedby, an error summary that links to the fields and takes focus, the row version in a hidden field,
// and – after a failed submit – the user's own input back in the fields (a conflict never loses what they typed).
// It posts to a server action, so it also works without JavaScript.
import { useActionState, useState } from "react";
import { FormErrorSummary } from "@/components/deviations/error-summary";
import type { EditorResult, FormValues } from "@/lib/editors/form";
import type { Messages } from "@/lib/i18n";

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
  m: Messages["editors"];
  hidden?: Record<string, string | number>;
  fields: FieldSpec[];
  submitLabel: string;
  submitVariant?: "primary" | "secondary";
};

export function EditorForm({ id, action, lang, m, hidden = {}, fields, submitLabel, submitVariant = "primary" }: Props) {
  const [state, formAction, pending] = useActionState<EditorResult, FormData>(action, null);
  const [submits, setSubmits] = useState(0);
  const failed = state && !state.ok ? state : null;
  const fieldErrors = failed?.fieldErrors ?? {};
  const values: FormValues | undefined = failed?.values;
  const labelOf = (name: string) => fields.find((f) => f.name === name)?.label ?? name;
  const fieldId = (name: string) => `${id}-${name}`;
  const errorOf = (name: string) => (fieldErrors[name] ? m.fieldErrors[fieldErrors[name]] : null);
  const summary = fields.filter((f) => fieldErrors[f.name]).map((f) => ({ field: fieldId(f.name), message: `${labelOf(f.name)} ${errorOf(f.name)}` }));
  const general = failed && failed.error !== "INVALID" ? m.errors[failed.error] : failed && summary.length === 0 ? m.errors.INVALID : undefined;
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
      <FormErrorSummary id={`${id}-errors`} heading={m.errorSummary} errors={summary} generalError={general} focusKey={failed ? submits : 0} />
      {failed?.error === "CONFLICT" || failed?.error === "NOT_FOUND" ? (
        <p>
          <a href="" className="ds-link">
            {m.reload}
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
          <Field key={field.name} field={field} id={fieldId(field.name)} error={errorOf(field.name)} value={values?.[field.name]} fileAgain={failed ? m.fileAgain : undefined} />
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
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const initial = value ?? field.defaultValue;
  const text = typeof initial === "string" ? initial : "";
  const messages = (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="ds-paragraph text-neutral-text-subtle" data-size="sm">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="ds-validation-message" data-color="danger" data-size="sm">
          {error}
        </p>
      ) : null}
    </>
  );
  const common = { id, name: field.name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy } as const;

  if (field.kind === "checkboxes") {
    const checked = Array.isArray(initial) ? initial : [];
    return (
      <fieldset id={id} className="ds-fieldset flex flex-col gap-2" aria-describedby={describedBy} tabIndex={-1}>
        <legend className="ds-label" data-weight="medium">
          {field.label}
        </legend>
        {messages}
        {(field.options ?? []).map((o) => (
          <div key={o.value} className="flex items-center gap-2">
            <input id={`${id}-${o.value}`} type="checkbox" name={field.name} value={o.value} className="ds-input" defaultChecked={checked.includes(o.value)} />
            <label htmlFor={`${id}-${o.value}`} className="ds-label" data-weight="regular">
              {o.label}
            </label>
          </div>
        ))}
      </fieldset>
    );
  }

  return (
    <div className="ds-field flex flex-col gap-1">
      <label htmlFor={id} className="ds-label" data-weight="medium">
        {field.label}
      </label>
      {messages}
      {field.kind === "textarea" ? (
        <textarea {...common} className="ds-input" rows={field.rows ?? 4} defaultValue={text} />
      ) : field.kind === "select" ? (
        <select {...common} className="ds-input" defaultValue={text}>
          {(field.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : field.kind === "file" ? (
        <input {...common} type="file" className="ds-input" />
      ) : (
        <input
          {...common}
          type={field.kind}
          className={`ds-input ${field.narrow || field.kind === "date" || field.kind === "number" ? "max-w-xs" : ""}`}
          defaultValue={text}
          {...(field.kind === "number" ? { inputMode: "numeric" as const } : {})}
        />
      )}
    </div>
  );
}
