"use client";
import { useTranslations } from "next-intl";
// The secretariat edits the annual report (issue 21 item 4): a title and a text per section, saved together and guarded
// by the report's version (a stale form gets CONFLICT). The form keeps everything typed on every failure; a save
// shows the editor again with the outcome, which takes the focus.
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/forms/error-summary";
import { controlProps, FieldError, Hint } from "@/components/forms/field";
import type { AnnualReportState } from "@/lib/annual-report/actions";
import { BODY_MAX, TITLE_MAX, type ReportSection } from "@/lib/annual-report/policy";
import { bodyField, titleField } from "@/lib/annual-report/schema";
import { type Locale } from "@/lib/i18n";

type Props = {
  lang: Locale;
  action: (state: AnnualReportState, form: FormData) => Promise<AnnualReportState>;
  report: { year: number; version: number; language: Locale; sections: ReportSection[] };
};

const ID = "report";

export function SectionsForm({ lang, action, report }: Props) {
  const m = useTranslations("annualReport");
  const e = useTranslations("annualReport.editor");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const value = (field: string, stored: string) => failed?.values?.[field] ?? stored;
  const errors = failed?.fieldErrors ?? {};
  const error = (field: string) => (errors[field] ? m(`errors.field.${errors[field]!}`) : null);
  const summary = report.sections.flatMap((s, i) =>
    (
      [
        [titleField(s.key), e("sectionTitle")],
        [bodyField(s.key), e("body")],
      ] as const
    ).flatMap(([field, label]) => (error(field) ? [{ field: `${ID}-${field}`, message: `${e.markup("section", { number: i + 1, title: s.title, own: (text) => text })}, ${label.toLowerCase()}: ${error(field)}` }] : [])),
  );
  const general = failed && failed.error !== "INVALID" ? (m(`errors.${failed.error}`) ?? m("errors.UNAVAILABLE")) : undefined;
  return (
    <form action={formAction} className="mt-6 grid max-w-3xl gap-8" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="year" value={report.year} />
      <input type="hidden" name="version" value={report.version} />
      <FormErrorSummary id={`${ID}-errors`} heading={m("errors.INVALID")} generalError={general} errors={summary} focusKey={failed?.at ?? 0} />
      {report.sections.map((s, i) => {
        const title = titleField(s.key);
        const body = bodyField(s.key);
        return (
          // The report's text is in its own language (lang on its fields), which may differ from the page's.
          <fieldset key={s.key} className="ds-fieldset grid gap-4">
            <legend className="ds-heading" data-size="xs">
              {e.rich("section", { number: i + 1, title: s.title, own: (text) => <span lang={report.language}>{text}</span> })}
            </legend>
            <div className="grid gap-2">
              <label htmlFor={`${ID}-${title}`} className="ds-label" data-weight="medium">
                {e("sectionTitle")}
              </label>
              <input
                {...controlProps(`${ID}-${title}`, undefined, error(title))}
                name={title}
                lang={report.language}
                className="ds-input"
                maxLength={TITLE_MAX}
                defaultValue={value(title, s.title)}
              />
              <FieldError id={`${ID}-${title}`}>{error(title)}</FieldError>
            </div>
            <div className="grid gap-2">
              <label htmlFor={`${ID}-${body}`} className="ds-label" data-weight="medium">
                {e("body")}
              </label>
              <Hint id={`${ID}-${body}`}>{e("bodyHint")}</Hint>
              <textarea
                {...controlProps(`${ID}-${body}`, e("bodyHint"), error(body))}
                name={body}
                lang={report.language}
                rows={10}
                className="ds-input max-w-full"
                maxLength={BODY_MAX}
                defaultValue={value(body, s.body)}
              />
              <FieldError id={`${ID}-${body}`}>{error(body)}</FieldError>
            </div>
          </fieldset>
        );
      })}
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {e("save")}
        </button>
      </div>
    </form>
  );
}
