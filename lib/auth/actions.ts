"use server";
// Server actions of sign-in, sign-out, password reset and user administration, on the one chain
// (lib/actions/chain.ts): sign-in, sign-out and the password reset are public (declared so, with why); user
// administration authenticates and authorizes users.manage against the database (never trusting the page that
// rendered the form). Each validates with the form's zod schema and returns a typed result; Next refuses
// cross-origin posts to server actions.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction, langOfForm, postAction, type ActionError, type Refusal, type Values } from "@/lib/actions/chain";
import { href, getTranslator } from "@/lib/i18n";
import { encodeSessionToken, sessionCookieName, sessionCookieOptions } from "./cookie";
import { HOME_PATH } from "@/lib/workspace/policy";
import { RESET_MIN_ANSWER_MS } from "./limits";
import {
  createUser,
  requestPasswordReset,
  resetPassword,
  setUserDisabled,
  signInWithPassword,
  signOut,
  updateUser,
} from "./mutations";
import { requestIp, safeLocalPath } from "./request";
import { sessionIdFromCookies } from "./data";
import { fieldErrors, newPasswordSchema, newUserSchema, resetRequestSchema, signInSchema, userSchema, type FieldErrors } from "./schema";

/** CREDENTIALS: the e-mail address or password is wrong (said the same for both). */
export type ErrorCode = ActionError | "CREDENTIALS" | "EMAIL_TAKEN" | "PERSON_TAKEN" | "TOKEN_INVALID";
export type FormResult = { ok: true; done?: boolean } | { ok: false; error: ErrorCode; fieldErrors?: FieldErrors } | null;

const text = (values: Values, key: string) => {
  const v = values[key];
  return typeof v === "string" ? v : "";
};
const refuse = (refusal: Refusal<ErrorCode, string>): FormResult =>
  refusal.fieldErrors ? { ok: false, error: refusal.error, fieldErrors: refusal.fieldErrors as FieldErrors } : { ok: false, error: refusal.error };

export const signInAction = formAction<FormResult, typeof signInSchema._zod.output, ErrorCode>({
  name: "auth.signIn",
  access: { public: "signing in is how an anonymous visitor becomes a user" },
  read: (form) => ({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), callbackUrl: String(form.get("callbackUrl") ?? "") }),
  schema: signInSchema,
  fieldErrors: (error) => fieldErrors(error) as Record<string, string>,
  noEcho: true,
  refuse,
  run: async ({ input, raw, form }, refuse) => {
    const result = await signInWithPassword({ ...input, ip: await requestIp() }, new Date());
    if (!result.ok) return refuse({ error: result.error === "THROTTLED" ? "RATE_LIMITED" : "CREDENTIALS" });
    (await cookies()).set(sessionCookieName(), await encodeSessionToken(result.sessionId), sessionCookieOptions());
    // Without a page to return to, the signed-in person lands on their own page (issue 14).
    redirect(safeLocalPath(text(raw, "callbackUrl") || null, href(langOfForm(form), HOME_PATH)));
  },
});

export const signOutAction = postAction({
  name: "auth.signOut",
  access: { public: "ends one's own session (or none); nothing else" },
  noEcho: true,
  // Only the database can fail here: then the row stays until it expires, but the cookie goes (signed out here).
  refuse: (_refusal, form) => signedOut(form),
  run: async ({ form }) => {
    const sessionId = await sessionIdFromCookies();
    if (sessionId) await signOut(sessionId, new Date());
    return signedOut(form);
  },
});

async function signedOut(form: FormData): Promise<never> {
  (await cookies()).delete(sessionCookieName());
  redirect(href(langOfForm(form), "/"));
}

/**
 * Always answers the same, whether the account exists, is disabled or has hit its limit (issue 17): the same work
 * below (lib/auth/mutations.ts requestPasswordReset) and an answer never sooner than RESET_MIN_ANSWER_MS.
 */
export const requestPasswordResetAction = formAction<FormResult, typeof resetRequestSchema._zod.output, ErrorCode>({
  name: "auth.requestPasswordReset",
  access: { public: "a forgotten password: answers the same whether the account exists (issue 17)" },
  read: (form) => ({ email: String(form.get("email") ?? "") }),
  schema: resetRequestSchema,
  fieldErrors: (error) => fieldErrors(error) as Record<string, string>,
  noEcho: true,
  refuse,
  run: async ({ input, form }) => {
    const started = Date.now();
    const lang = langOfForm(form);
    const m = getTranslator(lang, "auth.resetMail");
    const origin = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
    await requestPasswordReset({ email: input.email, ip: await requestIp() }, new Date(), ({ token, to }) => ({
      to,
      subject: m("subject"),
      text: m("body", { link: `${origin}${href(lang, "/logg-inn/nytt-passord")}?token=${encodeURIComponent(token)}` }),
    }));
    const wait = RESET_MIN_ANSWER_MS - (Date.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return { ok: true, done: true };
  },
});

export const resetPasswordAction = formAction<FormResult, Values, ErrorCode>({
  name: "auth.resetPassword",
  access: { public: "the mailed one-time token is the authorization" },
  read: (form) => ({ token: String(form.get("token") ?? ""), password: String(form.get("password") ?? ""), confirm: String(form.get("confirm") ?? "") }),
  noEcho: true,
  refuse,
  run: async ({ raw }, refuse) => {
    const parsed = newPasswordSchema.safeParse(raw);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      return errors.token ? refuse({ error: "TOKEN_INVALID" }) : refuse({ error: "INVALID", fieldErrors: errors as Record<string, string> });
    }
    if (!(await resetPassword(parsed.data.token, parsed.data.password, new Date()))) return refuse({ error: "TOKEN_INVALID" });
    return { ok: true, done: true };
  },
});

// ───────────── admin ─────────────

const userFields = (form: FormData): Values => ({
  name: String(form.get("name") ?? ""),
  roles: form.getAll("roles").map(String),
  personId: String(form.get("personId") ?? ""),
  partyId: String(form.get("partyId") ?? ""),
});

export const createUserAction = formAction<FormResult, typeof newUserSchema._zod.output, ErrorCode>({
  name: "auth.createUser",
  access: { permission: "users.manage", entity: "User" },
  read: (form) => ({ ...userFields(form), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") }),
  schema: newUserSchema,
  fieldErrors: (error) => fieldErrors(error) as Record<string, string>,
  noEcho: true,
  refuse,
  run: async ({ input, actorId, form }, refuse) => {
    const result = await createUser(actorId, input, new Date());
    if (!result.ok) return refuse({ error: result.error, fieldErrors: result.error === "EMAIL_TAKEN" ? { email: "EMAIL_TAKEN" } : { personId: "PERSON_TAKEN" } });
    revalidatePath("/[lang]/admin/brukar", "page");
    redirect(href(langOfForm(form), `/admin/brukar/${result.id}`));
  },
});

export const updateUserAction = formAction<FormResult, typeof userSchema._zod.output, ErrorCode>({
  name: "auth.updateUser",
  access: { permission: "users.manage", entity: "User", entityId: (raw) => text(raw, "id") },
  read: (form) => ({ ...userFields(form), id: String(form.get("id") ?? "") }),
  schema: userSchema,
  fieldErrors: (error) => fieldErrors(error) as Record<string, string>,
  noEcho: true,
  refuse,
  run: async ({ input, raw, actorId }, refuse) => {
    const result = await updateUser(actorId, text(raw, "id"), input, new Date());
    if (!result.ok) return refuse({ error: result.error, fieldErrors: result.error === "PERSON_TAKEN" ? { personId: "PERSON_TAKEN" } : undefined });
    revalidatePath("/[lang]/admin", "layout");
    return { ok: true, done: true };
  },
});

/** Disables or enables a user; every outcome, a refusal included, shows the user's page (?utfall=… on a refusal). */
export const setUserDisabledAction = postAction({
  name: "auth.setUserDisabled",
  access: { permission: "users.manage", entity: "User", entityId: (raw) => text(raw, "id") },
  refuse: (refusal, form) => redirect(`${href(langOfForm(form), `/admin/brukar/${String(form.get("id") ?? "")}`)}?utfall=${refusal.error}`),
  run: async ({ raw, actorId, form }) => {
    const id = text(raw, "id");
    // An admin cannot lock themselves out.
    if (id !== actorId) await setUserDisabled(actorId, id, text(raw, "disabled") === "true", new Date());
    revalidatePath("/[lang]/admin", "layout");
    redirect(href(langOfForm(form), `/admin/brukar/${id}`));
  },
});
