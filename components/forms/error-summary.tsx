"use client";
import { useEffect, useRef } from "react";

export type SummaryError = { field: string; message: string };

/**
 * The form's error summary: a heading, a general error if any, and one link per field error, pointing at the field.
 * It takes focus when it appears after a submit (each new `focusKey` > 0), so keyboard and screen-reader users land
 * on it. Without JavaScript it is the first thing in the re-rendered form.
 */
export function FormErrorSummary({
  id,
  heading,
  errors,
  generalError,
  focusKey,
}: {
  id: string;
  heading: string;
  errors: SummaryError[];
  generalError?: string;
  focusKey: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0 && !generalError) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby={`${id}-heading`}
      role="alert"
      className="mb-6 rounded-md border-2 border-danger-border-default bg-danger-background-tinted p-4"
      data-testid="error-summary"
    >
      <h2 className="ds-heading" data-size="xs" id={`${id}-heading`}>
        {heading}
      </h2>
      {generalError ? <p className="mt-2">{generalError}</p> : null}
      {errors.length > 0 ? (
        <ul className="mt-2 grid list-disc gap-1 pl-6">
          {errors.map((e) => (
            <li key={e.field}>
              <a className="ds-link" href={`#${e.field}`}>
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The summary's links: one per field (in the form's order) that has an error, "label: message". A label that ends in
 * punctuation (a question) is not followed by a colon; `join: " "` is for messages phrased to follow the label
 * ("Tittel må fyllast ut").
 */
export function summaryOf<F extends string>(
  fields: readonly F[],
  message: (field: F) => string | null | undefined,
  fieldId: (field: F) => string,
  label: (field: F) => string,
  join: ": " | " " = ": ",
): SummaryError[] {
  return fields.flatMap((f) => {
    const text = message(f);
    if (!text) return [];
    const name = label(f);
    return [{ field: fieldId(f), message: `${name}${/[?.!:]$/.test(name) ? " " : join}${text}` }];
  });
}
