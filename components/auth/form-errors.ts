import type { FormResult } from "@/lib/auth/actions";
import type { MessageKey, Translator } from "@/lib/i18n";

type Errors = Translator<"auth.errors">;

/** The translated message of an error code (unknown codes fall back to a generic one). */
export function errorText(errors: Errors, code: string | undefined): string | null {
  if (!code) return null;
  const key = code as MessageKey<"auth.errors">;
  return errors.has(key) ? errors(key) : errors("INVALID_FIELD");
}

/** Field errors as the error summary lists them, in the order of `fields`. */
export function summaryErrors(errors: Errors, state: FormResult, fields: [name: string, id: string][]) {
  if (!state || state.ok || !state.fieldErrors) return [];
  return fields
    .filter(([name]) => state.fieldErrors?.[name])
    .map(([name, id]) => ({ id, message: errorText(errors, state.fieldErrors![name])! }));
}

export function fieldError(errors: Errors, state: FormResult, name: string): string | null {
  return state && !state.ok ? errorText(errors, state.fieldErrors?.[name]) : null;
}
