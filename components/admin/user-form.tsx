"use client";
// Create or edit a user: name, (for new users) e-mail and optional password, roles, the linked person and party.
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { Button } from "@digdir/designsystemet-react";
import { useActionState } from "react";
import { createUserAction, updateUserAction, type FormResult } from "@/lib/auth/actions";
import { USER_ROLES, type UserRole } from "@/lib/domain/vocabulary";
import { useTranslations } from "next-intl";
import type { MessageKey } from "@/lib/i18n";
import { ErrorSummary, SelectField, TextField } from "@/components/forms/fields";
import { fieldError, summaryErrors } from "@/components/auth/form-errors";

type Option = { value: string; label: string };
type Props = {
  lang: "nn" | "nb";
  persons: Option[];
  parties: Option[];
  user?: { id: string; name: string; roles: UserRole[]; personId: string | null; partyId: string | null };
};

export function UserForm({ lang, persons, parties, user }: Props) {
  const m = useTranslations("admin");
  const errors = useTranslations("auth.errors");
  const errorSummary = useTranslations("auth")("errorSummary");
  const [state, action] = useActionState<FormResult, FormData>(user ? updateUserAction : createUserAction, null);
  const err = (name: string) => fieldError(errors, state, name);
  const formCode = state && !state.ok && !state.fieldErrors ? (state.error as MessageKey<"auth.errors">) : null;
  const formError = formCode && errors.has(formCode) ? errors(formCode) : null;
  return (
    <form action={action} noValidate className="mt-8 flex max-w-xl flex-col gap-5">
      <input type="hidden" name="lang" value={lang} />
      {user ? <input type="hidden" name="id" value={user.id} /> : null}
      {state?.ok ? (
        <OutcomeMessage tone="success" focusKey={state}>
          {m("form.saved")}
        </OutcomeMessage>
      ) : null}
      {formError ? (
        <OutcomeMessage tone="danger" focusKey={state}>
          {formError}
        </OutcomeMessage>
      ) : null}
      <ErrorSummary
        title={errorSummary}
        errors={summaryErrors(errors, state, [
          ["name", "user-name"],
          ["email", "user-email"],
          ["password", "user-password"],
          ["personId", "user-person"],
        ])}
      />
      <TextField id="user-name" name="name" label={m("users.name")} defaultValue={user?.name} error={err("name")} />
      {user ? null : (
        <>
          <TextField id="user-email" name="email" type="email" label={m("users.email")} autoComplete="off" error={err("email")} />
          <TextField id="user-password" name="password" type="password" label={m("form.password")} hint={m("form.passwordHint")} autoComplete="new-password" error={err("password")} />
        </>
      )}
      <fieldset className="ds-fieldset flex flex-col gap-2" aria-describedby="roles-hint">
        <legend className="ds-label" data-weight="medium">
          {m("form.rolesLegend")}
        </legend>
        <p id="roles-hint" className="ds-paragraph text-neutral-text-subtle" data-size="sm">
          {m("form.rolesHint")}
        </p>
        {USER_ROLES.map((role) => (
          <div key={role} className="flex items-center gap-2">
            <input id={`role-${role}`} type="checkbox" name="roles" value={role} className="ds-input" defaultChecked={user?.roles.includes(role)} />
            <label htmlFor={`role-${role}`} className="ds-label">
              {m(`roles.${role}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <SelectField
        id="user-person"
        name="personId"
        label={m("users.person")}
        hint={m("form.personHint")}
        error={err("personId")}
        defaultValue={user?.personId ?? ""}
        options={[{ value: "", label: m("form.noPerson") }, ...persons]}
      />
      <SelectField
        id="user-party"
        name="partyId"
        label={m("users.party")}
        hint={m("form.partyHint")}
        defaultValue={user?.partyId ?? ""}
        options={[{ value: "", label: m("form.noParty") }, ...parties]}
      />
      <div>
        <Button type="submit">{user ? m("form.save") : m("form.create")}</Button>
      </div>
    </form>
  );
}
