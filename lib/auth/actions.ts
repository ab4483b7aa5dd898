"use server";
// Server actions of sign-in, sign-out, password reset and user administration. Each one authenticates and
// authorizes against the database itself (never trusting the page that rendered the form), validates with the
// form's zod schema, and returns a typed result; Next refuses cross-origin posts to server actions.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { faultSafe } from "@/lib/forms/faults";
import { getMessages, href, isLocale, type Locale } from "@/lib/i18n";
import { encodeSessionToken, sessionCookieName, sessionCookieOptions } from "./cookie";
import { sessionIdFromCookies } from "./data";
import { authorize } from "./guard";
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
import { fieldErrors, newPasswordSchema, newUserSchema, resetRequestSchema, signInSchema, userSchema, type FieldErrors } from "./schema";

export type ErrorCode = "INVALID" | "THROTTLED" | "VALIDATION" | "FORBIDDEN" | "EMAIL_TAKEN" | "PERSON_TAKEN" | "NOT_FOUND" | "TOKEN_INVALID" | "UNAVAILABLE";
export type FormResult = { ok: true; done?: boolean } | { ok: false; error: ErrorCode; fieldErrors?: FieldErrors } | null;

const langOf = (formData: FormData): Locale => {
  const lang = formData.get("lang");
  return isLocale(lang) ? lang : "nn";
};
const text = (formData: FormData, key: string) => String(formData.get(key) ?? "");

/** The database away (down, restarting, timing out): a typed UNAVAILABLE for the form, never the error page. */
const unavailable = (error: "UNAVAILABLE"): FormResult => ({ ok: false, error });

export async function signInAction(prev: FormResult, formData: FormData): Promise<FormResult> {
  return faultSafe(() => signInForm(prev, formData), unavailable);
}

async function signInForm(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const parsed = signInSchema.safeParse({ email: text(formData, "email"), password: text(formData, "password") });
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error) };
  const result = await signInWithPassword({ ...parsed.data, ip: await requestIp() }, new Date());
  if (!result.ok) return { ok: false, error: result.error };
  (await cookies()).set(sessionCookieName(), await encodeSessionToken(result.sessionId), sessionCookieOptions());
  // Without a page to return to, the signed-in person lands on their own page (issue 14).
  redirect(safeLocalPath(formData.get("callbackUrl"), href(langOf(formData), HOME_PATH)));
}

export async function signOutAction(formData: FormData): Promise<void> {
  const sessionId = await sessionIdFromCookies();
  // With the database away the row stays until it expires, but the cookie goes: the user is signed out here.
  if (sessionId) await faultSafe(() => signOut(sessionId, new Date()), () => undefined);
  (await cookies()).delete(sessionCookieName());
  redirect(href(langOf(formData), "/"));
}

/**
 * Always answers the same, whether the account exists, is disabled or has hit its limit (issue 17): the same work
 * below (lib/auth/mutations.ts requestPasswordReset) and an answer never sooner than RESET_MIN_ANSWER_MS.
 */
export async function requestPasswordResetAction(prev: FormResult, formData: FormData): Promise<FormResult> {
  return faultSafe(() => requestPasswordResetForm(prev, formData), unavailable);
}

async function requestPasswordResetForm(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const started = Date.now();
  const parsed = resetRequestSchema.safeParse({ email: text(formData, "email") });
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error) };
  const lang = langOf(formData);
  const m = getMessages(lang).auth.resetMail;
  const origin = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  await requestPasswordReset({ email: parsed.data.email, ip: await requestIp() }, new Date(), ({ token, to }) => ({
    to,
    subject: m.subject,
    text: m.body.replace("{link}", `${origin}${href(lang, "/logg-inn/nytt-passord")}?token=${encodeURIComponent(token)}`),
  }));
  const wait = RESET_MIN_ANSWER_MS - (Date.now() - started);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return { ok: true, done: true };
}

export async function resetPasswordAction(prev: FormResult, formData: FormData): Promise<FormResult> {
  return faultSafe(() => resetPasswordForm(prev, formData), unavailable);
}

async function resetPasswordForm(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const parsed = newPasswordSchema.safeParse({ token: text(formData, "token"), password: text(formData, "password"), confirm: text(formData, "confirm") });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return errors.token ? { ok: false, error: "TOKEN_INVALID" } : { ok: false, error: "VALIDATION", fieldErrors: errors };
  }
  if (!(await resetPassword(parsed.data.token, parsed.data.password, new Date()))) return { ok: false, error: "TOKEN_INVALID" };
  return { ok: true, done: true };
}

// ───────────── admin ─────────────

const userFields = (formData: FormData) => ({
  name: text(formData, "name"),
  roles: formData.getAll("roles").map(String),
  personId: text(formData, "personId"),
  partyId: text(formData, "partyId"),
});

export async function createUserAction(prev: FormResult, formData: FormData): Promise<FormResult> {
  return faultSafe(() => createUserForm(prev, formData), unavailable);
}

async function createUserForm(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const auth = await authorize("users.manage", undefined, { entityType: "User" });
  if (!auth.ok) return { ok: false, error: "FORBIDDEN" };
  const parsed = newUserSchema.safeParse({ ...userFields(formData), email: text(formData, "email"), password: text(formData, "password") });
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error) };
  const result = await createUser(auth.viewer.userId, parsed.data, new Date());
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.error === "EMAIL_TAKEN" ? { email: "EMAIL_TAKEN" } : { personId: "PERSON_TAKEN" } };
  revalidatePath("/[lang]/admin/brukar", "page");
  redirect(href(langOf(formData), `/admin/brukar/${result.id}`));
}

export async function updateUserAction(prev: FormResult, formData: FormData): Promise<FormResult> {
  return faultSafe(() => updateUserForm(prev, formData), unavailable);
}

async function updateUserForm(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const id = text(formData, "id");
  const auth = await authorize("users.manage", undefined, { entityType: "User", entityId: id });
  if (!auth.ok) return { ok: false, error: "FORBIDDEN" };
  const parsed = userSchema.safeParse(userFields(formData));
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error) };
  const result = await updateUser(auth.viewer.userId, id, parsed.data, new Date());
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.error === "PERSON_TAKEN" ? { personId: "PERSON_TAKEN" } : undefined };
  revalidatePath("/[lang]/admin", "layout");
  return { ok: true, done: true };
}

export async function setUserDisabledAction(formData: FormData): Promise<void> {
  // The database away: back to the user's page (nothing changed), never the error page.
  const id = text(formData, "id");
  await faultSafe(() => setDisabled(formData, id), () => redirect(`${href(langOf(formData), `/admin/brukar/${id}`)}?utfall=UNAVAILABLE`));
}

async function setDisabled(formData: FormData, id: string): Promise<void> {
  const auth = await authorize("users.manage", undefined, { entityType: "User", entityId: id });
  const lang = langOf(formData);
  if (!auth.ok) redirect(href(lang, "/logg-inn"));
  // An admin cannot lock themselves out.
  if (id !== auth.viewer.userId) await setUserDisabled(auth.viewer.userId, id, text(formData, "disabled") === "true", new Date());
  revalidatePath("/[lang]/admin", "layout");
  redirect(href(lang, `/admin/brukar/${id}`));
}
