"use client";
import { useTranslations } from "next-intl";
// The "Følg" form (issue 16 item 5): a visitor gives an address (double opt-in follows by mail), a signed-in user
// follows with the account's address; both choose immediate mails or a weekly digest. The outcome takes the focus.
import { useActionState } from "react";
import { FormField } from "@/components/forms/field";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { followAction, type FollowState } from "@/lib/follow/actions";

type Props = { lang: "nn" | "nb"; target: string; targetId: string; signedInEmail: string | null; manageHref: string };

export function FollowForm({ lang, target, targetId, signedInEmail, manageHref }: Props) {
  const [state, action, pending] = useActionState<FollowState, FormData>(followAction, null);
  const m = useTranslations("follow");
  const id = `follow-${target.toLowerCase()}`;
  const f = useTranslations("follow.form");
  const emailError = state && !state.ok && state.error === "INVALID" ? f("errors.INVALID") : null;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 max-w-2xl">
      <h2 id={`${id}-heading`} className="ds-heading" data-size="sm">
        {f("heading")}
      </h2>
      <p className="ds-paragraph mt-2">{signedInEmail ? f("leadSignedIn", { email: signedInEmail }) : f("lead")}</p>
      {state?.ok ? (
        <OutcomeMessage tone="success" focusKey={state.n} className="mt-4">
          {state.status === "PENDING" ? (
            f("pending")
          ) : (
            <>
              {f("following")}{" "}
              <a className="ds-link" href={manageHref}>
                {m("manage.nav")}
              </a>
            </>
          )}
        </OutcomeMessage>
      ) : null}
      {state && !state.ok && state.error !== "INVALID" ? (
        <OutcomeMessage tone="danger" focusKey={state.n} className="mt-4">
          {f(`errors.${state.error}`)}
        </OutcomeMessage>
      ) : null}
      <form action={action} noValidate className="mt-4 flex flex-col gap-4">
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="target" value={target} />
        <input type="hidden" name="targetId" value={targetId} />
        {signedInEmail ? null : (
          <FormField id={`${id}-email`} label={f("email")} error={emailError}>
            {(control) => <input {...control} className="ds-input" name="email" type="email" autoComplete="email" defaultValue={state && !state.ok ? state.email : ""} />}
          </FormField>
        )}
        <FormField id={`${id}-frequency`} label={f("frequency")}>
          {(control) => (
            <select {...control} className="ds-input" name="frequency" defaultValue="IMMEDIATE">
              <option value="IMMEDIATE">{f("immediate")}</option>
              <option value="WEEKLY">{f("weekly")}</option>
            </select>
          )}
        </FormField>
        <div>
          <button type="submit" className="ds-button" data-variant="secondary" aria-disabled={pending || undefined}>
            {f("submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
