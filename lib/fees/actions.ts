"use server";
// Server actions of fee claims: authenticate, authorize against the database (lib/auth/permissions.ts), validate with
// the form's zod schema, mutate, return a typed result the form translates.
import { authorize } from "@/lib/auth/guard";
import { addRate, decideClaim, submitClaim, type ClaimError, type DecisionError, type RateClash, type RateError } from "./mutations";
import { chosenReceipts, readClaimForm, receiptsToRemove, textValues } from "./claim-form-data";
import { decisionSchema, fieldErrors, rateSchema, type FieldErrorCode } from "./schema";

export type FeeError = ClaimError | DecisionError | RateError | "UNAUTHORISED" | "VALIDATION";

export type FeeState =
  | null
  | { ok: true; at: number }
  | {
      ok: false;
      error: FeeError;
      fieldErrors?: Record<string, FieldErrorCode>;
      values?: Record<string, string>;
      /** Receipts ticked for removal, kept ticked after an error. */
      removed?: string[];
      /** Files were chosen but not kept (a file input cannot be refilled): the form asks for them again. */
      filesDropped?: boolean;
      clash?: RateClash;
      at: number;
    };

const valuesOf = textValues;

/** The mutation's receipt errors belong to the receipts field, like the form's own check of a new claim. */
const RECEIPT_FIELD_ERRORS: Partial<Record<ClaimError, FieldErrorCode>> = { RECEIPT_REQUIRED: "receiptRequired", TOO_MANY_RECEIPTS: "tooManyFiles" };

/**
 * A claim for a meeting one attended (the mutation checks the attendance register and the rates), with its receipts
 * (checked by content; required when the claim has expenses). A correction may add and remove receipts.
 */
export async function submitClaimAction(_prev: FeeState, form: FormData): Promise<FeeState> {
  const at = Date.now();
  const values = valuesOf(form);
  const removed = receiptsToRemove(form);
  const filesDropped = chosenReceipts(form).length > 0;
  const auth = await authorize("fee.claim", undefined, { entityType: "FeeClaim", entityId: values.meetingId });
  if (!auth.ok) return { ok: false, error: "UNAUTHORISED", values, removed, filesDropped, at };
  const read = await readClaimForm(form);
  if (!read.ok) return { ok: false, error: "VALIDATION", fieldErrors: read.fieldErrors, values, removed, filesDropped, at };
  const result = await submitClaim(read.input, auth.viewer.userId, new Date(), read.receipts);
  if (result.ok) return { ok: true, at };
  const receiptError = RECEIPT_FIELD_ERRORS[result.error];
  if (receiptError) return { ok: false, error: "VALIDATION", fieldErrors: { receipts: receiptError }, values, removed, filesDropped, at };
  return { ok: false, error: result.error, values, removed, filesDropped, at };
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
