"use client";
import { useTranslations } from "next-intl";
// The secretariat makes a draft of a year's annual report from the portal's data (issue 21 item 4). Replacing an
// existing draft needs a tick (its edits are lost); a published report must be withdrawn first. The form keeps the
// choices on every failure and moves the focus to the outcome.
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/forms/error-summary";
import { controlProps, FieldError, Hint } from "@/components/forms/field";
import type { AnnualReportState } from "@/lib/annual-report/actions";
import { REPORT_LANGUAGES } from "@/lib/annual-report/policy";
import { type Locale } from "@/lib/i18n";

type Props = { lang: Locale; action: (state: AnnualReportState, form: FormData) => Promise<AnnualReportState>; years: number[]; defaultYear: number };

const ID = "generate";

export function GenerateForm({ lang, action, years, defaultYear }: Props) {
  const m = useTranslations("annualReport");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? { year: String(defaultYear), language: lang };
  const errors = failed?.fieldErrors ?? {};
  const error = (field: string) => (errors[field] ? m(`errors.field.${errors[field]!}`) : null);
  const labels = { year: m("admin.year"), language: m("admin.reportLanguage"), replace: m("admin.replace") };
  const general = failed && failed.error !== "INVALID" && failed.error !== "EXISTS" ? (m(`errors.${failed.error}`) ?? m("errors.UNAVAILABLE")) : failed?.error === "EXISTS" ? m("errors.EXISTS") : undefined;
  return (
    <form action={formAction} className="mt-4 grid max-w-xl gap-5" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <FormErrorSummary
        id={`${ID}-errors`}
        heading={m("errors.INVALID")}
        generalError={general}
        errors={(["year", "language", "replace"] as const).flatMap((name) => (error(name) ? [{ field: `${ID}-${name}`, message: `${labels[name]}: ${error(name)}` }] : []))}
        focusKey={failed?.at ?? 0}
      />
      <div className="grid gap-2">
        <label htmlFor={`${ID}-year`} className="ds-label" data-weight="medium">
          {m("admin.year")}
        </label>
        <Hint id={`${ID}-year`}>{m("admin.yearHint")}</Hint>
        <select {...controlProps(`${ID}-year`, m("admin.yearHint"), error("year"))} name="year" className="ds-input max-w-xs" defaultValue={values.year}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <FieldError id={`${ID}-year`}>{error("year")}</FieldError>
      </div>
      <div className="grid gap-2">
        <label htmlFor={`${ID}-language`} className="ds-label" data-weight="medium">
          {m("admin.reportLanguage")}
        </label>
        <select {...controlProps(`${ID}-language`, undefined, error("language"))} name="language" className="ds-input max-w-xs" defaultValue={values.language}>
          {REPORT_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {m(`language.${l}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${ID}-language`}>{error("language")}</FieldError>
      </div>
      <div className="grid gap-2">
        <div className="ds-field">
          <input {...controlProps(`${ID}-replace`, undefined, error("replace"))} type="checkbox" name="replace" className="ds-input" defaultChecked={values.replace === "on"} />
          <label htmlFor={`${ID}-replace`} className="ds-label" data-weight="regular">
            {m("admin.replace")}
          </label>
        </div>
        <FieldError id={`${ID}-replace`}>{error("replace")}</FieldError>
      </div>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {m("admin.generate")}
        </button>
      </div>
    </form>
  );
}
