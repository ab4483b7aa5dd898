"use client";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { Button } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import { useActionState } from "react";
import { signInAction, type FormResult } from "@/lib/auth/actions";
import { useTranslations } from "next-intl";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { fieldError, summaryErrors } from "./form-errors";

type Props = { lang: "nn" | "nb"; callbackUrl: string; forgotHref: string };

export function SignInForm({ lang, callbackUrl, forgotHref }: Props) {
  const m = useTranslations("auth");
  const errors = useTranslations("auth.errors");
  const [state, action, pending] = useActionState<FormResult, FormData>(signInAction, null);
  const formError = state && !state.ok && state.error !== "INVALID" ? m(`errors.${state.error}`) : null;
  return (
    <form action={action} noValidate className="mt-8 flex max-w-md flex-col gap-5">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {formError ? (
        <OutcomeMessage tone="danger" focusKey={state}>
          {formError}
        </OutcomeMessage>
      ) : null}
      <ErrorSummary title={m("errorSummary")} errors={summaryErrors(errors, state, [["email", "email"], ["password", "password"]])} />
      <TextField id="email" name="email" type="email" label={m("signIn.email")} autoComplete="username" error={fieldError(errors, state, "email")} />
      <TextField
        id="password"
        name="password"
        type="password"
        label={m("signIn.password")}
        autoComplete="current-password"
        error={fieldError(errors, state, "password")}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" aria-disabled={pending || undefined}>
          {m("signIn.submit")}
        </Button>
        <NextLink href={forgotHref} className="ds-link">
          {m("signIn.forgot")}
        </NextLink>
      </div>
    </form>
  );
}
