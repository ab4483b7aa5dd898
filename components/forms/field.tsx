// The scaffolding every form field shares: a label (or a legend for a group), a hint, the control, and its error –
// linked by explicit ids (aria-describedby) in the server-rendered HTML, before any JavaScript runs, so a plain
// post without JavaScript gets the same accessible errors. Designsystemet's CSS classes, no client bundle.
// Groups of choices, fixed values and select options are in ./choices: a client form that imports this file gets all of
// it in its bundle, so the public pages' forms (the follow form) stay small (issue 18: own JavaScript).
import type { ReactNode } from "react";

/** The ids a field's messages get: `<id>-hint` and `<id>-error`. */
export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The value of a control's aria-describedby: its hint, its error and any further ids, or undefined for none. */
export function describedBy(id: string, { hint, error, extra = [] }: { hint?: unknown; error?: unknown; extra?: (string | null | undefined)[] }) {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null, ...extra].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** What a control needs from its field: its id and the links to the hint and the error. */
export type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

export function controlProps(id: string, hint?: ReactNode, error?: ReactNode, extra?: string[]): ControlProps {
  return { id, "aria-describedby": describedBy(id, { hint, error, extra }), ...(error ? { "aria-invalid": true as const } : {}) };
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={hintId(id)} className="ds-paragraph text-neutral-text-subtle" data-size="sm">
      {children}
    </p>
  ) : null;
}

export function FieldError({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={errorId(id)} className="ds-validation-message" data-color="danger">
      {children}
    </p>
  ) : null;
}

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Ids of further descriptions the control points at (a character counter). */
  describedByExtra?: string[];
  /** Renders the control with the id and aria attributes it must carry. */
  children: (control: ControlProps) => ReactNode;
  /** Shown between the control and its error (a character counter). */
  after?: ReactNode;
  className?: string;
};

/** One labelled field: label, hint, control, error (Designsystemet's order). */
export function FormField({ id, label, hint, error, describedByExtra, children, after, className = "" }: FieldProps) {
  return (
    <div className={`grid content-start gap-2 ${className}`}>
      <label htmlFor={id} className="ds-label" data-weight="medium">
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      {children(controlProps(id, hint, error, describedByExtra))}
      {after}
      <FieldError id={id}>{error}</FieldError>
    </div>
  );
}
