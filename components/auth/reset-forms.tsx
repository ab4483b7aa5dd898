"use client";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { Button, Paragraph } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import { useActionState } from "react";
import { requestPasswordResetAction, resetPasswordAction, type FormResult } from "@/lib/auth/actions";
import { useTranslations } from "next-intl";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { fieldError, summaryErrors } from "./form-errors";

export function ResetRequestForm({ lang, backHref }: { lang: "nn" | "nb"; backHref: string }) {
  const m = useTranslations("auth");
  const errors = useTranslations("auth.errors");
  const [state, action] = useActionState<FormResult, FormData>(requestPasswordResetAction, null);
  if (state?.ok) {
    return (
      <div className="mt-8 flex max-w-md flex-col gap-4">
        <OutcomeMessage tone="success">{m("forgot.done")}</OutcomeMessage>
        <NextLink href={backHref} className="ds-link">
          {m("forgot.back")}
        </NextLink>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="mt-8 flex max-w-md flex-col gap-5">
      <input type="hidden" name="lang" value={lang} />
      {state && !state.ok && !state.fieldErrors ? (
        <OutcomeMessage tone="danger" focusKey={state}>
          {m(`errors.${state.error}`)}
        </OutcomeMessage>
      ) : null}
      <ErrorSummary title={m("errorSummary")} errors={summaryErrors(errors, state, [["email", "email"]])} />
      <TextField id="email" name="email" type="email" label={m("signIn.email")} autoComplete="email" error={fieldError(errors, state, "email")} />
      <div>
        <Button type="submit">{m("forgot.submit")}</Button>
      </div>
    </form>
  );
}

export function NewPasswordForm({ lang, token, signInHref, forgotHref }: { lang: "nn" | "nb"; token: string; signInHref: string; forgotHref: string }) {
  const m = useTranslations("auth");
  const errors = useTranslations("auth.errors");
  const [state, action] = useActionState<FormResult, FormData>(resetPasswordAction, null);
  if (state?.ok) {
    return (
      <div className="mt-8 flex max-w-md flex-col gap-4">
        <OutcomeMessage tone="success">{m("reset.done")}</OutcomeMessage>
        <NextLink href={signInHref} className="ds-link">
          {m("reset.signIn")}
        </NextLink>
      </div>
    );
  }
  const tokenInvalid = state && !state.ok && state.error === "TOKEN_INVALID";
  return (
    <form action={action} noValidate className="mt-8 flex max-w-md flex-col gap-5">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="token" value={token} />
      {tokenInvalid ? (
        <OutcomeMessage tone="danger" focusKey={state}>
          <Paragraph>{m("errors.TOKEN_INVALID")}</Paragraph>
          <NextLink href={forgotHref} className="ds-link">
            {m("reset.requestNew")}
          </NextLink>
        </OutcomeMessage>
      ) : state && !state.ok && !state.fieldErrors ? (
        <OutcomeMessage tone="danger" focusKey={state}>
          {m(`errors.${state.error}`)}
        </OutcomeMessage>
      ) : null}
      <ErrorSummary title={m("errorSummary")} errors={summaryErrors(errors, state, [["password", "password"], ["confirm", "confirm"]])} />
      <TextField id="password" name="password" type="password" label={m("reset.password")} hint={m("reset.lead")} autoComplete="new-password" error={fieldError(errors, state, "password")} />
      <TextField id="confirm" name="confirm" type="password" label={m("reset.confirm")} autoComplete="new-password" error={fieldError(errors, state, "confirm")} />
      <div>
        <Button type="submit">{m("reset.submit")}</Button>
      </div>
    </form>
  );
}
