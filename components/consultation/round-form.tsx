"use client";
import { useTranslations } from "next-intl";
// The secretariat opens a consultation round (issue 21 item 2): title, text, deadline (a date and a time in Oslo),
// whether the compilation is public, the parties asked (checkboxes, with "all municipalities" / "all" helpers) and
// optional documents. The request key made when the page was rendered is the new round's id: a double click opens
// one round. The form keeps what was typed on every failure.
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/forms/error-summary";
import { controlProps, FieldError, Hint } from "@/components/forms/field";
import { Choice, ChoiceGroup } from "@/components/forms/choices";
import type { ConsultationState } from "@/lib/consultation/actions";
import { PARTY_GROUPS } from "@/lib/consultation/policy";
import { TEXT_MAX, TITLE_MAX } from "@/lib/consultation/schema";
import type { PartyKind } from "@/lib/domain/vocabulary";
import type { Locale, MessageKey } from "@/lib/i18n";

type Props = {
  lang: Locale;
  action: (state: ConsultationState, form: FormData) => Promise<ConsultationState>;
  requestKey: string;
  parties: { id: string; name: string; kind: PartyKind }[];
};

const ID = "round";

export function RoundForm({ lang, action, requestKey, parties }: Props) {
  const c = useTranslations("consultation");
  const f = useTranslations("consultation.form");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const str = (k: string, fallback = "") => (typeof values[k] === "string" ? (values[k] as string) : fallback);
  const list = (k: string) => (Array.isArray(values[k]) ? (values[k] as string[]) : []);
  const errors = failed?.fieldErrors ?? {};
  const error = (field: string) => (errors[field] ? c(`errors.field.${errors[field]!}`) : null);
  const fields = [
    ["title", f("title")],
    ["text", f("text")],
    ["deadlineDate", f("deadlineDate")],
    ["deadlineTime", f("deadlineTime")],
    ["isPublic", f("visibility")],
    ["parties", f("parties")],
    ["files", f("files")],
  ] as const;
  const general = failed && failed.error !== "INVALID" ? (c.has(`errors.${failed.error}` as MessageKey<"consultation">) ? c(`errors.${failed.error}` as MessageKey<"consultation">) : c("errors.UNAVAILABLE")) : undefined;
  const kinds = [...new Set(parties.map((p) => p.kind))];
  return (
    <form action={formAction} className="mt-4 grid max-w-2xl gap-5" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <FormErrorSummary
        id={`${ID}-errors`}
        heading={c("errors.INVALID")}
        generalError={general}
        errors={fields.flatMap(([name, label]) => (error(name) ? [{ field: `${ID}-${name}`, message: `${label}: ${error(name)}` }] : []))}
        focusKey={failed?.at ?? 0}
      />
      <div className="grid gap-2">
        <label htmlFor={`${ID}-title`} className="ds-label" data-weight="medium">
          {f("title")}
        </label>
        <input {...controlProps(`${ID}-title`, undefined, error("title"))} name="title" className="ds-input" maxLength={TITLE_MAX} defaultValue={str("title")} />
        <FieldError id={`${ID}-title`}>{error("title")}</FieldError>
      </div>
      <div className="grid gap-2">
        <label htmlFor={`${ID}-text`} className="ds-label" data-weight="medium">
          {f("text")}
        </label>
        <Hint id={`${ID}-text`}>{f("textHint")}</Hint>
        <textarea {...controlProps(`${ID}-text`, f("textHint"), error("text"))} name="text" rows={8} className="ds-input max-w-full" maxLength={TEXT_MAX} defaultValue={str("text")} />
        <FieldError id={`${ID}-text`}>{error("text")}</FieldError>
      </div>
      <div className="flex flex-wrap gap-4">
        <div className="grid content-start gap-2">
          <label htmlFor={`${ID}-deadlineDate`} className="ds-label" data-weight="medium">
            {f("deadlineDate")}
          </label>
          <Hint id={`${ID}-deadlineDate`}>{f("deadlineHint")}</Hint>
          <input {...controlProps(`${ID}-deadlineDate`, f("deadlineHint"), error("deadlineDate"))} type="date" name="deadlineDate" className="ds-input max-w-xs" defaultValue={str("deadlineDate")} />
          <FieldError id={`${ID}-deadlineDate`}>{error("deadlineDate")}</FieldError>
        </div>
        <div className="grid content-start gap-2">
          <label htmlFor={`${ID}-deadlineTime`} className="ds-label" data-weight="medium">
            {f("deadlineTime")}
          </label>
          <input {...controlProps(`${ID}-deadlineTime`, undefined, error("deadlineTime"))} type="time" name="deadlineTime" className="ds-input max-w-xs" defaultValue={str("deadlineTime", "12:00")} />
          <FieldError id={`${ID}-deadlineTime`}>{error("deadlineTime")}</FieldError>
        </div>
      </div>
      <ChoiceGroup id={`${ID}-isPublic`} legend={f("visibility")} error={error("isPublic")}>
        <Choice id={`${ID}-public-yes`} type="radio" name="isPublic" value="yes" label={f("public")} defaultChecked={str("isPublic", "yes") === "yes"} />
        <Choice id={`${ID}-public-no`} type="radio" name="isPublic" value="no" label={f("restricted")} defaultChecked={str("isPublic") === "no"} />
      </ChoiceGroup>
      <ChoiceGroup id={`${ID}-parties`} legend={f("parties")} hint={f("partiesHint")} error={error("parties")}>
        {PARTY_GROUPS.map((g) => (
          <Choice key={g} id={`${ID}-group-${g}`} name="groups" value={g} label={f(`groups.${g}`)} defaultChecked={list("groups").includes(g)} />
        ))}
        {kinds.map((kind) => (
          <fieldset key={kind} className="ds-fieldset mt-3">
            <legend className="ds-label" data-weight="medium">
              {c(`partyKind.${kind}`)}
            </legend>
            <div className="grid gap-x-6 sm:grid-cols-2">
              {parties
                .filter((p) => p.kind === kind)
                .map((p) => (
                  <Choice key={p.id} id={`${ID}-party-${p.id}`} name="parties" value={p.id} label={p.name} defaultChecked={list("parties").includes(p.id)} />
                ))}
            </div>
          </fieldset>
        ))}
      </ChoiceGroup>
      <div className="grid gap-2">
        <label htmlFor={`${ID}-files`} className="ds-label" data-weight="medium">
          {f("files")}
        </label>
        <Hint id={`${ID}-files`}>{f("filesHint")}</Hint>
        <input {...controlProps(`${ID}-files`, f("filesHint"), error("files"))} type="file" name="files" multiple accept=".pdf,.docx,.odt" className="ds-input max-w-full" />
        <FieldError id={`${ID}-files`}>{error("files") ? (general ?? error("files")) : null}</FieldError>
      </div>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {f("submit")}
        </button>
      </div>
    </form>
  );
}
