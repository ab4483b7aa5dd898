"use client";
// The structure import: a file (or pasted text) → the dry run (what is added, changed and retired; which current
// memberships would break a hard rule) → apply. A refused file lists every problem with its path in a focused alert;
// nothing was changed. The text travels with the dry run, so "apply" saves exactly what was shown.
import { useActionState } from "react";
import { FormField } from "@/components/forms/field";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { StructureImportState } from "@/lib/structure/actions";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n";

const SECTIONS = ["areas", "parties", "bodies", "priorityGroups", "rules"] as const;

export function StructureImportForm({ lang, action, today }: { lang: Locale; action: (state: StructureImportState, form: FormData) => Promise<StructureImportState>; today: string }) {
  const m = useTranslations("structure");
  const [state, formAction, pending] = useActionState(action, null);
  const preview = state?.ok && state.step === "preview" ? state : null;
  const failed = state && !state.ok ? state : null;
  return (
    <div className="mt-4 grid max-w-3xl gap-6" key={state?.at ?? "initial"}>
      {state?.ok && state.step === "applied" ? (
        <OutcomeMessage tone="success" focusKey={state.at} testId="structure-applied">
          {m("applied")}
        </OutcomeMessage>
      ) : null}
      {failed ? (
        <OutcomeMessage tone="danger" focusKey={failed.at} testId="structure-refused">
          {failed.error === "PROBLEMS" ? (
            <>
              <p className="font-semibold">{m("problems.heading", { count: failed.problems.length })}</p>
              <ul className="mt-2 list-disc pl-5 break-words" data-testid="structure-problems">
                {failed.problems.map((p, i) => (
                  <li key={i}>
                    <code>{p.path}</code>: {m(`problems.code.${p.code}`, { detail: p.detail ?? "" })}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            m(`errors.${failed.error}`)
          )}
        </OutcomeMessage>
      ) : null}

      {preview ? (
        <section aria-labelledby="structure-preview-heading" className="grid gap-4" data-testid="structure-preview">
          <OutcomeMessage tone={preview.refused ? "danger" : preview.consequences.length ? "warning" : "success"} focusKey={preview.at}>
            <h3 id="structure-preview-heading" className="font-semibold">
              {m("preview.heading")}
            </h3>
            {preview.refused ? <p>{preview.refused === "CONFLICT" ? m("preview.conflict") : m("preview.mustAccept")}</p> : null}
            {preview.unchanged ? <p>{m("preview.unchanged")}</p> : null}
          </OutcomeMessage>
          {!preview.unchanged ? (
            <>
              <dl className="grid gap-2 break-words">
                {SECTIONS.filter((s) => preview.diff[s].added.length || preview.diff[s].changed.length || preview.diff[s].retired.length).map((s) => (
                  <div key={s}>
                    <dt className="font-semibold">{m(`preview.sections.${s}`)}</dt>
                    {preview.diff[s].added.length ? <dd>{m("preview.added", { keys: preview.diff[s].added.join(", ") })}</dd> : null}
                    {preview.diff[s].changed.map((c) => (
                      <dd key={c.key}>{m("preview.changed", { key: c.key, fields: c.fields.join(", ") })}</dd>
                    ))}
                    {preview.diff[s].retired.length ? <dd>{m("preview.retired", { keys: preview.diff[s].retired.join(", ") })}</dd> : null}
                  </div>
                ))}
                {preview.diff.ruleSet.length ? <div><dd>{m("preview.ruleSet", { fields: preview.diff.ruleSet.join(", ") })}</dd></div> : null}
                {preview.diff.identity.length ? <div><dd>{m("preview.identity", { fields: preview.diff.identity.join(", ") })}</dd></div> : null}
              </dl>
              {preview.consequences.length ? (
                <div data-testid="structure-consequences">
                  <h3 className="font-semibold">{m("preview.consequencesHeading")}</h3>
                  <p className="ds-paragraph">{m("preview.consequencesLead")}</p>
                  <ul className="mt-2 list-disc pl-5 break-words">
                    {preview.consequences.map((c) => (
                      <li key={`${c.rule}-${c.findingId}`}>
                        {c.bodyShortName ? m("preview.consequence", { rule: c.rule, body: c.bodyShortName }) : m("preview.consequenceStructure", { rule: c.rule })}
                        {c.people.length ? <span className="block text-sm">{m("preview.people", { people: c.people.join(", ") })}</span> : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p className="ds-paragraph">{m("preview.noConsequences")}</p>
              )}
              <form action={formAction} className="grid gap-4">
                <input type="hidden" name="lang" value={lang} />
                <input type="hidden" name="intent" value="apply" />
                <input type="hidden" name="basis" value={preview.basis} />
                <input type="hidden" name="text" value={preview.text} />
                <FormField id="structure-valid-from" label={m("preview.validFrom")}>
                  {(c) => <input {...c} name="validFrom" type="date" defaultValue={today} className="ds-input max-w-xs" required />}
                </FormField>
                {preview.consequences.length ? (
                  <div className="ds-checkbox flex items-center gap-2">
                    <input id="structure-accept" name="accept" type="checkbox" className="ds-input" />
                    <label htmlFor="structure-accept" className="ds-label">
                      {m("preview.accept")}
                    </label>
                  </div>
                ) : null}
                <div>
                  <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
                    {m("preview.apply")}
                  </button>
                </div>
              </form>
            </>
          ) : null}
        </section>
      ) : null}

      <form action={formAction} className="grid gap-4">
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="intent" value="preview" />
        <FormField id="structure-file" label={m("import.file")}>
          {(c) => <input {...c} name="file" type="file" accept=".json,.yaml,.yml,application/json,application/yaml" className="ds-input max-w-full" />}
        </FormField>
        <FormField id="structure-text" label={m("import.text")} hint={m("import.textHint")}>
          {(c) => <textarea {...c} name="text" rows={6} className="ds-input font-mono" defaultValue={failed?.error === "PROBLEMS" ? failed.text : ""} spellCheck={false} />}
        </FormField>
        <div>
          <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>
            {m("import.preview")}
          </button>
        </div>
      </form>
    </div>
  );
}
