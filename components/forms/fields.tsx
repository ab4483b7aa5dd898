// Form fields with explicit ids, so labels, hints and errors are linked (aria-describedby) in the server-rendered
// HTML, before any JavaScript runs. Styled with Designsystemet's CSS classes.
import type { ReactNode } from "react";

type Common = { id: string; name: string; label: ReactNode; hint?: ReactNode; error?: string | null };

function describedBy(id: string, hint?: ReactNode, error?: string | null) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Messages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | null }) {
  return (
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
}

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
    <div className="ds-field flex flex-col gap-1">
      <label htmlFor={id} className="ds-label" data-weight="medium">
        {label}
      </label>
      <Messages id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        type={type}
        className="ds-input"
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

export function SelectField({
  id,
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
}: Common & { options: { value: string; label: string }[]; defaultValue?: string }) {
  return (
    <div className="ds-field flex flex-col gap-1">
      <label htmlFor={id} className="ds-label" data-weight="medium">
        {label}
      </label>
      <Messages id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        className="ds-input"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The form's errors as a list of links to the fields, announced when it appears. */
export function ErrorSummary({ title, errors }: { title: string; errors: { id: string; message: string }[] }) {
  if (!errors.length) return null;
  return (
    <div role="alert" className="ds-alert" data-color="danger" tabIndex={-1}>
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
    </div>
  );
}
