// Forms of sign-in and user administration: one zod schema per form, shared by the form and its server action.
// Messages are error codes, translated in the UI (lib/i18n messages `auth.errors`).
import { z } from "zod";
import { USER_ROLES } from "@/lib/domain/vocabulary";
import { MIN_PASSWORD_LENGTH } from "./limits";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "EMAIL_REQUIRED").max(320).email("EMAIL_INVALID"),
  password: z.string().min(1, "PASSWORD_REQUIRED").max(1024),
});

export const resetRequestSchema = z.object({
  email: z.string().trim().min(1, "EMAIL_REQUIRED").max(320).email("EMAIL_INVALID"),
});

export const newPasswordSchema = z
  .object({
    token: z.string().min(10).max(200),
    password: z.string().min(MIN_PASSWORD_LENGTH, "PASSWORD_TOO_SHORT").max(1024),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "PASSWORD_MISMATCH" });

const optionalId = z
  .string()
  .trim()
  .max(100)
  .transform((v) => (v === "" ? null : v));

export const userSchema = z.object({
  name: z.string().trim().min(1, "NAME_REQUIRED").max(200),
  roles: z.array(z.enum(USER_ROLES)).max(USER_ROLES.length),
  personId: optionalId,
  partyId: optionalId,
});

export const newUserSchema = userSchema.extend({
  email: z.string().trim().min(1, "EMAIL_REQUIRED").max(320).email("EMAIL_INVALID"),
  password: z
    .string()
    .max(1024)
    .refine((v) => v === "" || v.length >= MIN_PASSWORD_LENGTH, "PASSWORD_TOO_SHORT"),
});

export type FieldErrors = Record<string, string>;

/** The first error code of each field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message.match(/^[A-Z_]+$/) ? issue.message : "INVALID_FIELD";
  }
  return out;
}
