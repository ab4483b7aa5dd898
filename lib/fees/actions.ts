"use server";
// Server actions of fee claims: authenticate, authorize against the database (lib/auth/permissions.ts), validate with
// the form's zod schema, mutate, return a typed result the form translates.
import { authorize } from "@/lib/auth/guard";
import { addRate, decideClaim, submitClaim, type ClaimError, type DecisionError, type RateClash, type RateError } from "./mutations";
import { claimSchema, decisionSchema, fieldErrors, rateSchema, type FieldErrorCode } from "./schema";

export type FeeError = ClaimError | DecisionError | RateError | "UNAUTHORISED" | "VALIDATION";

export type FeeState = null | { ok: true; at: number } | { ok: false; error: FeeError; fieldErrors?: Record<string, FieldErrorCode>; values?: Record<string, string>; clash?: RateClash; at: number };

function valuesOf(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value.slice(0, 2000);
  return values;
}

/** A claim for a meeting one attended (the mutation checks the attendance register and the rates). */
export async function submitClaimAction(_prev: FeeState, form: FormData): Promise<FeeState> {
  const at = Date.now();
  const values = valuesOf(form);
  const auth = await authorize("fee.claim", undefined, { entityType: "FeeClaim", entityId: values.meetingId });
  if (!auth.ok) return { ok: false, error: "UNAUTHORISED", values, at };
  const parsed = claimSchema.safeParse(values);
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
  const result = await submitClaim(parsed.data, auth.viewer.userId);
  return result.ok ? { ok: true, at } : { ok: false, error: result.error, values, at };
}

/** The secretariat approves a claim or returns it with a reason. */
export async function decideClaimAction(_prev: FeeState, form: FormData): Promise<FeeState> {
  const at = Date.now();
  const values = valuesOf(form);
  const auth = await authorize("fee.manage", undefined, { entityType: "FeeClaim", entityId: values.claimId });
  if (!auth.ok) return { ok: false, error: "UNAUTHORISED", values, at };
  const parsed = decisionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
  const result = await decideClaim(parsed.data, auth.viewer.userId);
  return result.ok ? { ok: true, at } : { ok: false, error: result.error, values, at };
}

/** The secretariat adds a fee rate with its validity (no overlap with the same seat and kind). */
export async function addRateAction(_prev: FeeState, form: FormData): Promise<FeeState> {
  const at = Date.now();
  const values = valuesOf(form);
  const auth = await authorize("fee.manage", undefined, { entityType: "FeeRate" });
  if (!auth.ok) return { ok: false, error: "UNAUTHORISED", values, at };
  const parsed = rateSchema.safeParse(values);
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
  const result = await addRate(parsed.data, auth.viewer.userId);
  return result.ok ? { ok: true, at } : { ok: false, error: result.error, clash: result.clash, values, at };
}
