"use client";
import { Heading, Link } from "@digdir/designsystemet-react";
import { useEffect, useRef } from "react";

/**
 * The form's error summary: a heading and one link per field error, pointing at the field. It takes focus when it
 * appears after a submit, so keyboard and screen-reader users land on it. Without JavaScript it is the first thing
 * in the re-rendered form.
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
  errors: { field: string; message: string }[];
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
      role="region"
      className="mb-6 rounded-md border-2 border-danger-border-default bg-danger-background-tinted p-4"
      data-testid="error-summary"
    >
      <Heading level={2} data-size="xs" id={`${id}-heading`}>
        {heading}
      </Heading>
      {generalError ? <p className="mt-2">{generalError}</p> : null}
      {errors.length > 0 ? (
        <ul className="mt-2 grid list-disc gap-1 pl-6">
          {errors.map((e) => (
            <li key={e.field}>
              <Link href={`#${e.field}`}>{e.message}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
