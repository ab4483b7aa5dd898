// What every secretariat editor (action plan, agreements, news) shares: the result a server action returns, the
// field error codes its zod schema uses, and reading a form's values. Pure: usable by forms, actions and tests.
import { z } from "zod";
import { firstFieldErrors } from "@/lib/forms/errors";

/** Field error codes; the zod schemas use them as messages and the UI translates them (editors.fieldErrors). */
export const FIELD_ERRORS = ["required", "tooLong", "invalid", "taken", "dateOrder", "file", "nationalId", "groupNotInYear"] as const;
export type FieldErrorCode = (typeof FIELD_ERRORS)[number];

/** Form-level error codes, translated in the UI (editors.errors). */
export type EditorError =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "INVALID"
  | "CONFLICT"
  | "NOT_FOUND"
  | "FILE_MISSING"
  | "FILE_EMPTY"
  | "FILE_TOO_LARGE"
  | "FILE_TYPE_NOT_ALLOWED"
  | "RATE_LIMITED"
  /** An infrastructure fault (database down, timeout, lock): nothing was saved, try again (lib/forms/faults.ts). */
  | "UNAVAILABLE";

export type FormValues = Record<string, string | string[]>;

/** What an editor's write returns: its result, or a refusal with field errors. */
export type WriteOutcome<R> = ({ ok: true } & R) | { ok: false; error: EditorError; fieldErrors?: Record<string, FieldErrorCode> };

/**
 * A failed submit keeps what the user typed (`values`), so nothing is lost on a validation error or a conflict.
 * A successful submit redirects (the page then shows the saved row and its new version), so `ok: true` is rare.
 */
export type EditorResult =
  | { ok: true }
  | { ok: false; error: EditorError; fieldErrors?: Record<string, FieldErrorCode>; values?: FormValues }
  | null;

/** The string value of each named field (a missing field is ""), and every value of each multi-valued field. */
export function readForm(formData: FormData, fields: readonly string[], multi: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const name of fields) {
    const value = formData.get(name);
    values[name] = typeof value === "string" ? value : "";
  }
  for (const name of multi) values[name] = formData.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  return values;
}

/** The first error code per field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, FieldErrorCode> {
  return firstFieldErrors(error, FIELD_ERRORS, "invalid");
}

// ───────────── building blocks of the schemas ─────────────

/** Required text, trimmed, at most `max` characters. */
export const requiredText = (max: number) => z.string({ error: "required" }).trim().min(1, "required").max(max, "tooLong");

/** Optional text: "" stays "" (stored as null by the mutation). */
export const optionalText = (max: number) => z.string().trim().max(max, "tooLong").optional().default("");

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const requiredDate = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .refine(validIsoDate, "invalid");

export const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === "" || validIsoDate(v), "invalid")
  .optional()
  .default("");

export const id = z.string({ error: "required" }).trim().min(1, "required").max(100, "invalid");

/** The row version the form was rendered with (lost-update protection). */
export const version = z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid");

/** A calendar date (yyyy-mm-dd) as stored in a @db.Date column. */
export function toDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function toDateOrNull(value: string): Date | null {
  return value ? toDate(value) : null;
}
