"use client";
import { useTranslations } from "next-intl";
// A party's answer to a consultation round (issue 21 item 2): the text and attachments, saved as a draft or submitted.
// The answer's version rides along (a stale form gets CONFLICT; a first save sends 0). After the deadline the form is
// still there, with a warning that the answer will be marked late. The form keeps what was typed on every failure.
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/forms/error-summary";
import { controlProps, FieldError, Hint } from "@/components/forms/field";
import type { ConsultationState } from "@/lib/consultation/actions";
import { TEXT_MAX } from "@/lib/consultation/schema";
import type { Locale, MessageKey } from "@/lib/i18n";

type Props = {
  lang: Locale;
  action: (state: ConsultationState, form: FormData) => Promise<ConsultationState>;
  roundId: string;
  version: number;
  text: string;
  closed: boolean;
};

const ID = "answer";

export function AnswerForm({ lang, action, roundId, version, text, closed }: Props) {
  const c = useTranslations("consultation");
  const a = useTranslations("consultation.answer");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const typed = typeof failed?.values?.text === "string" ? failed.values.text : text;
  const errors = failed?.fieldErrors ?? {};
  const error = (field: string) => (errors[field] ? c(`errors.field.${errors[field]!}`) : null);
  const general = failed && failed.error !== "INVALID" ? (c.has(`errors.${failed.error}` as MessageKey<"consultation">) ? c(`errors.${failed.error}` as MessageKey<"consultation">) : c("errors.UNAVAILABLE")) : undefined;
  return (
    <form action={formAction} className="mt-4 grid max-w-2xl gap-5" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="version" value={version} />
      <FormErrorSummary
        id={`${ID}-errors`}
        heading={c("errors.INVALID")}
        generalError={general}
        errors={(["text", "files"] as const).flatMap((name) => (error(name) ? [{ field: `${ID}-${name}`, message: `${name === "text" ? a("text") : a("files")}: ${error(name)}` }] : []))}
        focusKey={failed?.at ?? 0}
      />
      {closed ? (
        <p className="ds-alert" data-color="warning">
          {a("afterDeadline")}
        </p>
      ) : null}
      <div className="grid gap-2">
        <label htmlFor={`${ID}-text`} className="ds-label" data-weight="medium">
          {a("text")}
        </label>
        <Hint id={`${ID}-text`}>{a("textHint")}</Hint>
        <textarea {...controlProps(`${ID}-text`, a("textHint"), error("text"))} name="text" rows={10} className="ds-input max-w-full" maxLength={TEXT_MAX} defaultValue={typed} />
        <FieldError id={`${ID}-text`}>{error("text")}</FieldError>
      </div>
      <div className="grid gap-2">
        <label htmlFor={`${ID}-files`} className="ds-label" data-weight="medium">
          {a("files")}
        </label>
        <Hint id={`${ID}-files`}>{a("filesHint")}</Hint>
        <input {...controlProps(`${ID}-files`, a("filesHint"), error("files"))} type="file" name="files" multiple accept=".pdf,.docx,.odt" className="ds-input max-w-full" />
        <FieldError id={`${ID}-files`}>{error("files") ? (general ?? error("files")) : null}</FieldError>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="draft" className="ds-button" data-variant="secondary" disabled={pending}>
          {a("draft")}
        </button>
        <button type="submit" name="intent" value="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {a("submit")}
        </button>
      </div>
    </form>
  );
}
