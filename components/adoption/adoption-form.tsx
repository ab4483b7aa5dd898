"use client";
import { useTranslations } from "next-intl";
// A party's contact records where their party stands with one agreement version (issue 21 item 1): status, the date
// (required for a decision, never in the future), reference, note, the decision as PDF. The row's version rides along
// (a stale form gets CONFLICT); the form keeps what was typed on every failure; success goes back to the list.
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/forms/error-summary";
import { controlProps, FieldError, Hint } from "@/components/forms/field";
import type { AdoptionState } from "@/lib/adoption/actions";
import type { AdoptionStatus } from "@/lib/adoption/policy";
import { ADOPTION_STATUSES } from "@/lib/adoption/policy";
import { REFERENCE_MAX, NOTE_MAX } from "@/lib/adoption/schema";
import type { Locale, MessageKey } from "@/lib/i18n";

type Props = {
  lang: Locale;
  action: (state: AdoptionState, form: FormData) => Promise<AdoptionState>;
  row: { id: string; version: number; status: AdoptionStatus; decidedOn: string; reference: string; note: string; documentName: string | null };
};

const ID = "adoption";

export function AdoptionForm({ lang, action, row }: Props) {
  const m = useTranslations("adoption");
  const f = useTranslations("adoption.form");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? { status: row.status, decidedOn: row.decidedOn, reference: row.reference, note: row.note };
  const errors = failed?.fieldErrors ?? {};
  const error = (field: string) => (errors[field] ? m(`errors.field.${errors[field]!}`) : null);
  const fields = [
    ["status", f("status")],
    ["decidedOn", f("decidedOn")],
    ["reference", f("reference")],
    ["note", f("note")],
    ["file", f("file")],
  ] as const;
  const general = failed && failed.error !== "INVALID" ? (m.has(`errors.${failed.error}` as MessageKey<"adoption">) ? m(`errors.${failed.error}` as MessageKey<"adoption">) : m("errors.UNAVAILABLE")) : undefined;
  return (
    <form action={formAction} className="mt-6 grid max-w-2xl gap-5" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="adoptionId" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
      <FormErrorSummary
        id={`${ID}-errors`}
        heading={m("errors.INVALID")}
        generalError={general}
        errors={fields.flatMap(([name, label]) => (error(name) ? [{ field: `${ID}-${name}`, message: `${label}: ${error(name)}` }] : []))}
        focusKey={failed?.at ?? 0}
      />
      <div className="grid gap-2">
        <label htmlFor={`${ID}-status`} className="ds-label" data-weight="medium">
          {f("status")}
        </label>
        <select {...controlProps(`${ID}-status`, undefined, error("status"))} name="status" className="ds-input" defaultValue={values.status}>
          {ADOPTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {m(`status.${s}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${ID}-status`}>{error("status")}</FieldError>
      </div>
      <div className="grid gap-2">
        <label htmlFor={`${ID}-decidedOn`} className="ds-label" data-weight="medium">
          {f("decidedOn")}
        </label>
        <Hint id={`${ID}-decidedOn`}>{f("decidedOnHint")}</Hint>
        <input {...controlProps(`${ID}-decidedOn`, f("decidedOnHint"), error("decidedOn"))} type="date" name="decidedOn" className="ds-input max-w-xs" defaultValue={values.decidedOn} />
        <FieldError id={`${ID}-decidedOn`}>{error("decidedOn")}</FieldError>
      </div>
      <div className="grid gap-2">
        <label htmlFor={`${ID}-reference`} className="ds-label" data-weight="medium">
          {f("reference")}
        </label>
        <Hint id={`${ID}-reference`}>{f("referenceHint")}</Hint>
        <input {...controlProps(`${ID}-reference`, f("referenceHint"), error("reference"))} name="reference" className="ds-input" maxLength={REFERENCE_MAX} defaultValue={values.reference} />
        <FieldError id={`${ID}-reference`}>{error("reference")}</FieldError>
      </div>
      <div className="grid gap-2">
        <label htmlFor={`${ID}-note`} className="ds-label" data-weight="medium">
          {f("note")}
        </label>
        <Hint id={`${ID}-note`}>{f("noteHint")}</Hint>
        <textarea {...controlProps(`${ID}-note`, f("noteHint"), error("note"))} name="note" rows={4} className="ds-input max-w-full" maxLength={NOTE_MAX} defaultValue={values.note} />
        <FieldError id={`${ID}-note`}>{error("note")}</FieldError>
      </div>
      <div className="grid gap-2">
        <label htmlFor={`${ID}-file`} className="ds-label" data-weight="medium">
          {f("file")}
        </label>
        <Hint id={`${ID}-file`}>{row.documentName ? `${f("fileHint")} ${f("currentFile", { name: row.documentName })}` : f("fileHint")}</Hint>
        <input
          {...controlProps(`${ID}-file`, f("fileHint"), error("file"))}
          type="file"
          name="file"
          accept="application/pdf,.pdf"
          className="ds-input max-w-full"
        />
        <FieldError id={`${ID}-file`}>{error("file") ? (general ?? error("file")) : null}</FieldError>
      </div>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {f("submit")}
        </button>
      </div>
    </form>
  );
}
