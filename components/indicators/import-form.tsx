"use client";
import { useTranslations } from "next-intl";
// The CSV import: a file or pasted text. A refused file lists every bad row with its line number and reason (in the
// user's language) in a focused alert, and its text stays in the text area for correction; nothing was imported.
import { useActionState } from "react";
import { FormField } from "@/components/forms/field";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { ImportState } from "@/lib/indicators/actions";

export function ImportForm({ action }: { action: (state: ImportState, form: FormData) => Promise<ImportState> }) {
  const m = useTranslations("indicators.admin");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="mt-4 grid max-w-3xl gap-4" key={state?.at ?? "initial"}>
      {state?.ok ? (
        <OutcomeMessage tone="success" focusKey={state.at} testId="import-done">
          {m("import.done", { count: state.count, created: state.created })}
        </OutcomeMessage>
      ) : null}
      {failed ? (
        <OutcomeMessage tone="danger" focusKey={failed.at} testId="import-refused">
          {failed.error === "ROWS" && failed.rows ? (
            <>
              <p className="font-semibold">{m("import.refused", { count: failed.rows.length })}</p>
              <ul className="mt-2 list-disc pl-5" data-testid="import-errors">
                {failed.rows.map((r, i) => (
                  <li key={i}>{m("import.line", { line: r.line, reason: m(`csvErrors.${r.code}`, { text: r.text ?? "", other: r.other ?? "" }) })}</li>
                ))}
              </ul>
            </>
          ) : (
            m(`errors.${failed.error}`)
          )}
        </OutcomeMessage>
      ) : null}
      <FormField id="import-file" label={m("import.file")}>
        {(c) => <input {...c} name="file" type="file" accept=".csv,text/csv,text/plain" className="ds-input max-w-full" />}
      </FormField>
      <FormField id="import-text" label={m("import.text")} hint={m("import.textHint")}>
        {(c) => <textarea {...c} name="csv" rows={8} className="ds-input font-mono" defaultValue={failed?.text ?? ""} spellCheck={false} />}
      </FormField>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {m("import.submit")}
        </button>
      </div>
    </form>
  );
}
