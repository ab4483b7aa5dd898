"use client";
// "Do you come?" – a member's (or called-in deputy's) answer to one meeting: coming, or forfall with an optional note.
// Posts to a server action through useActionState (works without JavaScript); after a save the status message takes
// focus, after a failure the error summary does, and the form keeps what was typed. Its texts come formatted from
// the server (answer-form-text.ts).
import { useActionState, useEffect, useRef } from "react";
import { type Locale } from "@/lib/i18n";
import type { ParticipationState } from "@/lib/participation/actions";

/** The form's texts in the page's language; `general` and `field` by error code. */
export type AnswerFormText = {
  legend: string;
  coming: string;
  absent: string;
  note: string;
  noteHint: string;
  submit: string;
  saved: string;
  savedDeputy: string;
  errorSummary: string;
  onBehalfMember: string;
  general: Record<string, string>;
  field: Record<string, string>;
};

type Props = {
  lang: Locale;
  text: AnswerFormText;
  id: string;
  action: (state: ParticipationState, form: FormData) => Promise<ParticipationState>;
  meetingId: string;
  /** The membership answered for; omitted when the form offers a choice of members (`members`). */
  membershipId?: string;
  members?: { value: string; label: string }[];
  current: { attending: boolean; note: string | null } | null;
  submit?: string;
};

export function AnswerForm({ lang, text, id, action, meetingId, membershipId, members, current, submit }: Props) {
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
  const noteError = errors.note ? text.field[errors.note] : null;
  const answerError = errors.answer ? text.field[errors.answer] : null;
  const labels: Record<string, string> = { answer: text.legend, note: text.note, membershipId: text.onBehalfMember };

  return (
    <form action={formAction} id={id} className="grid max-w-2xl gap-4" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="meetingId" value={meetingId} />
      {membershipId ? <input type="hidden" name="membershipId" value={membershipId} /> : null}
      {failed ? (
        <div ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${id}-summary`} className="ds-alert" data-color="danger">
          <h3 id={`${id}-summary`} className="ds-heading" data-size="2xs">
            {text.errorSummary}
          </h3>
          <p>{text.general[failed.error]}</p>
          {Object.keys(errors).length ? (
            <ul className="mt-2 grid list-disc gap-1 pl-5">
              {Object.entries(errors).map(([name, code]) => (
                <li key={name}>
                  <a className="ds-link" href={`#${fid(name)}`}>
                    {labels[name] ?? name}: {text.field[code]}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state?.ok ? (
        <p ref={status} tabIndex={-1} role="status" className="ds-alert" data-color="success" data-size="sm">
          {state.done === "deputyCalled" ? text.savedDeputy : text.saved}
        </p>
      ) : null}
      {members ? (
        <div className="ds-field flex flex-col gap-1">
          <label htmlFor={fid("membershipId")} className="ds-label" data-weight="medium">
            {text.onBehalfMember}
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
        <legend className="ds-label">{text.legend}</legend>
        {answerError ? (
          <p id={`${fid("answer")}-error`} className="ds-validation-message" data-color="danger" data-size="sm">
            {answerError}
          </p>
        ) : null}
        {(["coming", "absent"] as const).map((value) => (
          <span key={value} className="flex items-center gap-2">
            <input id={`${fid("answer")}-${value}`} type="radio" name="answer" value={value} className="ds-input" defaultChecked={answerDefault === value} />
            <label htmlFor={`${fid("answer")}-${value}`} className="ds-label" data-weight="regular">
              {text[value]}
            </label>
          </span>
        ))}
      </fieldset>
      <div className="ds-field flex flex-col gap-1">
        <label htmlFor={fid("note")} className="ds-label" data-weight="medium">
          {text.note}
        </label>
        <p id={`${fid("note")}-hint`} className="ds-paragraph text-neutral-text-subtle" data-size="sm">
          {text.noteHint}
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
          {submit ?? text.submit}
        </button>
      </div>
    </form>
  );
}
