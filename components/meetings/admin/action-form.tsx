"use client";
import { useTranslations } from "next-intl";
// One form frame for every meeting-admin form: posts FormData to a server action through useActionState (works
// before and without JavaScript), shows an error summary that takes focus, field errors linked with
// aria-describedby, a translated general error, and a status message on success. Fields are described as data so
// the errors can be placed next to them.
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { Locale, MessageKey } from "@/lib/i18n";
import type { ActionState } from "@/lib/meetings/actions";
import type { FormErrorKey } from "@/lib/meetings/schema";

type Option = { value: string; label: string };
type Base = { name: string; label: string; hint?: string };
export type FieldSpec =
  | { type: "hidden"; name: string; value: string }
  | (Base & { type: "text" | "date" | "time"; defaultValue?: string; required?: boolean; autoComplete?: string })
  | (Base & { type: "textarea"; defaultValue?: string; rows?: number })
  | (Base & { type: "select"; options: Option[]; defaultValue?: string })
  | (Base & { type: "radio"; options: Option[]; defaultValue?: string })
  | (Base & { type: "checkbox"; defaultChecked?: boolean })
  | (Base & { type: "checkboxes"; options: Option[]; defaultValues?: string[] })
  | (Base & { type: "file"; accept?: string });

type Props = {
  lang: Locale;
  id: string;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  fields: FieldSpec[];
  submit: ReactNode;
  /** A row of buttons (reorder/remove) instead of a stacked form. */
  inline?: boolean;
  variant?: "primary" | "secondary" | "tertiary";
  danger?: boolean;
  testId?: string;
};

export function ActionForm({ lang, id, action, fields, submit, inline, variant = "primary", danger, testId }: Props) {
  const m = useTranslations("meetingAdmin");
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const fieldId = (name: string) => `${id}-${name}`;
  const errorText = (key: FormErrorKey | undefined) => (key ? (m(`errors.${key}`) ?? m("errors.invalid")) : undefined);
  const labelOf = (name: string) => {
    const f = fields.find((x) => x.name === name);
    return f && f.type !== "hidden" ? f.label : name;
  };
  const value = (name: string, fallback?: string) => {
    const v = values[name];
    return typeof v === "string" ? v : fallback;
  };

  return (
    <form action={formAction} id={id} className={inline ? "inline" : "grid max-w-2xl gap-4"} noValidate data-testid={testId}>
      <input type="hidden" name="lang" value={lang} />
      {state && !state.ok ? (
        <div ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${id}-summary`} className="ds-alert" data-color="danger">
          <h2 id={`${id}-summary`} className="ds-heading" data-size="2xs">
            {m("errorSummary")}
          </h2>
          <p>{state.message ?? m(`errorsGeneral.${state.error}`)}</p>
          {state.list?.length ? (
            <ul className="mt-2 grid list-disc gap-1 pl-5" data-testid="refusal-list">
              {state.list.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
          {Object.keys(errors).length ? (
            <ul className="mt-2 grid list-disc gap-1 pl-5">
              {Object.entries(errors).map(([name, key]) => (
                <li key={name}>
                  <a className="ds-link" href={`#${fieldId(name)}`}>
                    {labelOf(name)}: {errorText(key)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state?.ok && !inline ? (
        <OutcomeMessage tone="success" focusKey={state}>
          <p data-size="sm">{m.has(`done.${state.done}` as MessageKey<"meetingAdmin">) ? m(`done.${state.done}` as MessageKey<"meetingAdmin">) : m("done.saved")}</p>
        </OutcomeMessage>
      ) : null}
      {fields.map((f) => {
        if (f.type === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
        const fid = fieldId(f.name);
        const error = errorText(errors[f.name]);
        const described = [f.hint ? `${fid}-hint` : null, error ? `${fid}-error` : null].filter(Boolean).join(" ") || undefined;
        const hint = f.hint ? (
          <p id={`${fid}-hint`} className="ds-paragraph text-neutral-text-subtle" data-size="sm">
            {f.hint}
          </p>
        ) : null;
        const err = error ? (
          <p id={`${fid}-error`} className="ds-validation-message" data-color="danger" data-size="sm">
            {error}
          </p>
        ) : null;
        const invalid = error ? true : undefined;
        if (f.type === "checkbox") {
          return (
            <div key={f.name} className="ds-field">
              <span className="flex items-center gap-2">
                <input id={fid} type="checkbox" name={f.name} className="ds-input" defaultChecked={values[f.name] ? true : f.defaultChecked} aria-invalid={invalid} aria-describedby={described} />
                <label htmlFor={fid} className="ds-label" data-weight="regular">
                  {f.label}
                </label>
              </span>
              {hint}
              {err}
            </div>
          );
        }
        if (f.type === "checkboxes" || f.type === "radio") {
          const chosen = values[f.name];
          const defaults = f.type === "checkboxes" ? (Array.isArray(chosen) ? chosen : (f.defaultValues ?? [])) : [value(f.name, f.defaultValue) ?? ""];
          return (
            <fieldset key={f.name} id={fid} className="ds-fieldset grid gap-2" aria-describedby={described} tabIndex={-1}>
              <legend className="ds-label">{f.label}</legend>
              {hint}
              {err}
              <div className={f.options.length > 6 ? "grid max-h-72 gap-1 overflow-y-auto rounded border border-neutral-border-subtle p-2" : "grid gap-1"}>
                {f.options.map((o, i) => (
                  <span key={o.value} className="flex items-start gap-2">
                    <input
                      id={`${fid}-${i}`}
                      type={f.type === "radio" ? "radio" : "checkbox"}
                      name={f.name}
                      value={o.value}
                      className="ds-input mt-1"
                      defaultChecked={defaults.includes(o.value)}
                    />
                    <label htmlFor={`${fid}-${i}`} className="ds-label" data-weight="regular">
                      {o.label}
                    </label>
                  </span>
                ))}
              </div>
            </fieldset>
          );
        }
        return (
          <div key={f.name} className="ds-field flex flex-col gap-1">
            <label htmlFor={fid} className="ds-label" data-weight="medium">
              {f.label}
            </label>
            {hint}
            {err}
            {f.type === "textarea" ? (
              <textarea id={fid} name={f.name} rows={f.rows ?? 4} className="ds-input" defaultValue={value(f.name, f.defaultValue)} aria-invalid={invalid} aria-describedby={described} />
            ) : f.type === "select" ? (
              <select id={fid} name={f.name} className="ds-input max-w-full" defaultValue={value(f.name, f.defaultValue)} aria-invalid={invalid} aria-describedby={described}>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.type === "file" ? (
              <input id={fid} type="file" name={f.name} accept={f.accept} className="ds-input" aria-invalid={invalid} aria-describedby={described} />
            ) : (
              <input
                id={fid}
                type={f.type}
                name={f.name}
                className="ds-input"
                defaultValue={value(f.name, f.defaultValue)}
                required={f.required}
                autoComplete={f.autoComplete}
                aria-invalid={invalid}
                aria-describedby={described}
              />
            )}
          </div>
        );
      })}
      <div>
        <button type="submit" className="ds-button" data-variant={variant} data-color={danger ? "danger" : undefined} data-size={inline ? "sm" : undefined} aria-disabled={pending || undefined}>
          {submit}
        </button>
      </div>
    </form>
  );
}
