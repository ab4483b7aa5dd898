"use client";
// The "Følg" form (issue 16 item 5): a visitor gives an address (double opt-in follows by mail), a signed-in user
// follows with the account's address; both choose immediate mails or a weekly digest. The outcome takes the focus.
// Its texts come formatted from the server (FollowSection), so public reading pages send no message formatter to the
// browser (issue 18: own JavaScript on public pages).
import { useActionState } from "react";
import { FormField } from "@/components/forms/field";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import type { ActionError } from "@/lib/actions/chain";
import { followAction, type FollowState } from "@/lib/follow/actions";

/** The form's texts in the page's language ("lead" already holds the signed-in address). */
export type FollowText = {
  heading: string;
  lead: string;
  email: string;
  frequency: string;
  immediate: string;
  weekly: string;
  submit: string;
  pending: string;
  following: string;
  manage: string;
  errors: Record<ActionError, string>;
};

type Props = { lang: "nn" | "nb"; target: string; targetId: string; signedIn: boolean; manageHref: string; text: FollowText };

export function FollowForm({ lang, target, targetId, signedIn, manageHref, text }: Props) {
  const [state, action, pending] = useActionState<FollowState, FormData>(followAction, null);
  const id = `follow-${target.toLowerCase()}`;
  const emailError = state && !state.ok && state.error === "INVALID" ? text.errors.INVALID : null;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 max-w-2xl">
      <h2 id={`${id}-heading`} className="ds-heading" data-size="sm">
        {text.heading}
      </h2>
      <p className="ds-paragraph mt-2">{text.lead}</p>
      {state?.ok ? (
        <OutcomeMessage tone="success" focusKey={state.n} className="mt-4">
          {state.status === "PENDING" ? (
            text.pending
          ) : (
            <>
              {text.following}{" "}
              <a className="ds-link" href={manageHref}>
                {text.manage}
              </a>
            </>
          )}
        </OutcomeMessage>
      ) : null}
      {state && !state.ok && state.error !== "INVALID" ? (
        <OutcomeMessage tone="danger" focusKey={state.n} className="mt-4">
          {text.errors[state.error]}
        </OutcomeMessage>
      ) : null}
      <form action={action} noValidate className="mt-4 flex flex-col gap-4">
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="target" value={target} />
        <input type="hidden" name="targetId" value={targetId} />
        {signedIn ? null : (
          <FormField id={`${id}-email`} label={text.email} error={emailError}>
            {(control) => <input {...control} className="ds-input" name="email" type="email" autoComplete="email" defaultValue={state && !state.ok ? state.email : ""} />}
          </FormField>
        )}
        <FormField id={`${id}-frequency`} label={text.frequency}>
          {(control) => (
            <select {...control} className="ds-input" name="frequency" defaultValue="IMMEDIATE">
              <option value="IMMEDIATE">{text.immediate}</option>
              <option value="WEEKLY">{text.weekly}</option>
            </select>
          )}
        </FormField>
        <div>
          <button type="submit" className="ds-button" data-variant="secondary" aria-disabled={pending || undefined}>
            {text.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
