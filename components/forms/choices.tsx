// Choices (checkbox and radio groups), a value the viewer may not change, and a select's options: the parts of a form
// beside the one labelled field (./field), kept apart so a form that needs none of them does not bundle them.
import type { ComponentProps, ReactNode } from "react";
import { describedBy, FieldError, Hint, type ControlProps } from "./field";

/**
 * A group of checkboxes or radios: a fieldset whose legend names it. The fieldset carries the id the error summary
 * links to (it takes focus from the link) and points at the hint and the error.
 */
export function ChoiceGroup({ id, legend, hint, error, children }: { id: string; legend: ReactNode; hint?: ReactNode; error?: ReactNode; children: ReactNode }) {
  return (
    <fieldset id={id} className="ds-fieldset" aria-describedby={describedBy(id, { hint, error })} tabIndex={-1}>
      <legend className="ds-label" data-weight="medium">
        {legend}
      </legend>
      <Hint id={id}>{hint}</Hint>
      {children}
      <FieldError id={id}>{error}</FieldError>
    </fieldset>
  );
}

/** One checkbox or radio with its label. */
export function Choice({ id, label, type = "checkbox", ...input }: { id: string; label: ReactNode; type?: "checkbox" | "radio" } & Omit<ComponentProps<"input">, "id" | "type">) {
  return (
    <div className="ds-field">
      <input id={id} type={type} className="ds-input" {...input} />
      <label htmlFor={id} className="ds-label" data-weight="regular">
        {label}
      </label>
    </div>
  );
}

/** A value the viewer may not change (a partner contact's own party): shown read-only, posted from a hidden input. */
export function FixedValue({ control, text, hidden }: { control: ControlProps; text: string; hidden: ComponentProps<"input"> }) {
  return (
    <>
      <input {...control} className="ds-input" value={text} readOnly />
      <input type="hidden" {...hidden} />
    </>
  );
}

export type Option = { value: string; label: string };

/** A select's options, with an optional empty first choice ("Vel …"). */
export function Options({ options, empty }: { options: Option[]; empty?: string }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
