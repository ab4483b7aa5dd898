// Ready-made text and select fields of the sign-in and user forms, on the shared field scaffolding (./field.tsx).
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { ReactNode } from "react";
import { FormField } from "./field";
import { Options, type Option } from "./choices";

type Common = { id: string; name: string; label: ReactNode; hint?: ReactNode; error?: string | null };

export function TextField({
  id,
  name,
  label,
  hint,
  error,
  type = "text",
  defaultValue,
  autoComplete,
  required,
}: Common & { type?: "text" | "email" | "password"; defaultValue?: string; autoComplete?: string; required?: boolean }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(c) => <input {...c} name={name} type={type} className="ds-input" defaultValue={defaultValue} autoComplete={autoComplete} required={required} />}
    </FormField>
  );
}

export function SelectField({
  id,
  name,
  label,
  hint,
  error,
  options,
  empty,
  defaultValue,
  className,
}: Common & { options: Option[]; empty?: string; defaultValue?: string; className?: string }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} className={className}>
      {(c) => (
        <select {...c} name={name} className="ds-input max-w-full" defaultValue={defaultValue}>
          <Options options={options} empty={empty} />
        </select>
      )}
    </FormField>
  );
}

/** The form's errors as a list of links to the fields, announced when it appears. */
export function ErrorSummary({ title, errors }: { title: string; errors: { id: string; message: string }[] }) {
  if (!errors.length) return null;
  return (
    <OutcomeMessage tone="danger" focusKey={JSON.stringify(errors)}>
      <h2 className="ds-heading" data-size="xs">
        {title}
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {errors.map((e) => (
          <li key={e.id}>
            <a className="ds-link" href={`#${e.id}`}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </OutcomeMessage>
  );
}
