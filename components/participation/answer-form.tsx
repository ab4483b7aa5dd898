"use client";
import { useTranslations } from "next-intl";
// "Do you come?" – a member's (or called-in deputy's) answer to one meeting: coming, or forfall with an optional note.
// Posts to a server action through useActionState (works without JavaScript); after a save the status message takes
// focus, after a failure the error summary does, and the form keeps what was typed.
import { useActionState, useEffect, useRef } from "react";
import { type Locale } from "@/lib/i18n";
import type { ParticipationState } from "@/lib/participation/actions";

type Props = {
  lang: Locale;
  id: string;
  action: (state: ParticipationState, form: FormData) => Promise<ParticipationState>;
  meetingId: string;
  /** The membership answered for; omitted when the form offers a choice of members (`members`). */
  membershipId?: string;
  members?: { value: string; label: string }[];
  current: { attending: boolean; note: string | null } | null;
  submit?: string;
};

export function AnswerForm({ lang, id, action, meetingId, membershipId, members, current, submit }: Props) {
  const all = useTranslations("participation");
  const m = useTranslations("participation.form");
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
    if (state?.ok) status.current?.focus();
  }, [state]);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? {};
  const fid = (name: string) => `${id}-${name}`;
  const answerDefault = values.answer ?? (current ? (current.attending ? "coming" : "absent") : undefined);
  const noteError = errors.note ? all(`errors.field.${errors.note}`) : null;
  const answerError = errors.answer ? all(`errors.field.${errors.answer}`) : null;
  const labels: Record<string, string> = { answer: m("legend"), note: m("note"), membershipId: all("admin.onBehalfMember") };

  return (
    <form action={formAction} id={id} className="grid max-w-2xl gap-4" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="meetingId" value={meetingId} />
      {membershipId ? <input type="hidden" name="membershipId" value={membershipId} /> : null}
      {failed ? (
        <div ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${id}-summary`} className="ds-alert" data-color="danger">
          <h3 id={`${id}-summary`} className="ds-heading" data-size="2xs">
            {m("errorSummary")}
          </h3>
          <p>{all(`errors.general.${failed.error}`)}</p>
          {Object.keys(errors).length ? (
            <ul className="mt-2 grid list-disc gap-1 pl-5">
              {Object.entries(errors).map(([name, code]) => (
                <li key={name}>
                  <a className="ds-link" href={`#${fid(name)}`}>
                    {labels[name] ?? name}: {all(`errors.field.${code}`)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state?.ok ? (
        <p ref={status} tabIndex={-1} role="status" className="ds-alert" data-color="success" data-size="sm">
          {state.done === "deputyCalled" ? m("savedDeputy") : m("saved")}
        </p>
      ) : null}
      {members ? (
        <div className="ds-field flex flex-col gap-1">
          <label htmlFor={fid("membershipId")} className="ds-label" data-weight="medium">
            {all("admin.onBehalfMember")}
          </label>
          <select id={fid("membershipId")} name="membershipId" className="ds-input max-w-full" defaultValue={values.membershipId}>
            {members.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <fieldset id={fid("answer")} className="ds-fieldset grid gap-2" tabIndex={-1} aria-describedby={answerError ? `${fid("answer")}-error` : undefined}>
        <legend className="ds-label">{m("legend")}</legend>
        {answerError ? (
          <p id={`${fid("answer")}-error`} className="ds-validation-message" data-color="danger" data-size="sm">
            {answerError}
          </p>
        ) : null}
        {(["coming", "absent"] as const).map((value) => (
          <span key={value} className="flex items-center gap-2">
            <input id={`${fid("answer")}-${value}`} type="radio" name="answer" value={value} className="ds-input" defaultChecked={answerDefault === value} />
            <label htmlFor={`${fid("answer")}-${value}`} className="ds-label" data-weight="regular">
              {m(`${value}`)}
            </label>
          </span>
        ))}
      </fieldset>
      <div className="ds-field flex flex-col gap-1">
        <label htmlFor={fid("note")} className="ds-label" data-weight="medium">
          {m("note")}
        </label>
        <p id={`${fid("note")}-hint`} className="ds-paragraph text-neutral-text-subtle" data-size="sm">
          {m("noteHint")}
        </p>
        {noteError ? (
          <p id={`${fid("note")}-error`} className="ds-validation-message" data-color="danger" data-size="sm">
            {noteError}
          </p>
        ) : null}
        <textarea
          id={fid("note")}
          name="note"
          rows={2}
          maxLength={600}
          className="ds-input"
          defaultValue={values.note ?? current?.note ?? ""}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={[`${fid("note")}-hint`, noteError ? `${fid("note")}-error` : null].filter(Boolean).join(" ")}
        />
      </div>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending || undefined}>
          {submit ?? m("submit")}
        </button>
      </div>
    </form>
  );
}
