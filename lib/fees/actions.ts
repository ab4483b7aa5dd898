"use server";
// Server actions of fee claims, on the one chain (lib/actions/chain.ts): authenticate, authorize against the
// database (fee.claim, fee.manage in lib/auth/permissions.ts), validate with the form's zod schema, mutate, return a
// typed result the form translates.
import { formAction, type ActionError, type Refusal } from "@/lib/actions/chain";
import { addRate, decideClaim, submitClaim, type ClaimError, type DecisionError, type RateClash, type RateError } from "./mutations";
import { chosenReceipts, readClaimForm, receiptsToRemove, textValues } from "./claim-form-data";
import { decisionSchema, fieldErrors, rateSchema, type FieldErrorCode } from "./schema";

export type FeeError = ClaimError | DecisionError | RateError | ActionError;

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

type Failure = Extract<FeeState, { ok: false }>;

const refuse = (refusal: Refusal<FeeError, FieldErrorCode> & { clash?: RateClash }): FeeState => ({ ...refusal, values: refusal.values as Record<string, string> | undefined, at: Date.now() });

/** The mutation's receipt errors belong to the receipts field, like the form's own check of a new claim. */
const RECEIPT_FIELD_ERRORS: Partial<Record<ClaimError, FieldErrorCode>> = { RECEIPT_REQUIRED: "receiptRequired", TOO_MANY_RECEIPTS: "tooManyFiles" };

/**
 * A claim for a meeting one attended (the mutation checks the attendance register and the rates), with its receipts
 * (checked by content; required when the claim has expenses). A correction may add and remove receipts.
 */
export const submitClaimAction = formAction<FeeState, Record<string, string>, ClaimError, FieldErrorCode>({
  name: "fees.submitClaim",
  access: { permission: "fee.claim", entity: "FeeClaim", entityId: (raw) => String(raw.meetingId ?? "") },
  read: textValues,
  // Receipts ticked for removal stay ticked, and the form asks again for files it could not keep.
  refuse: (refusal, form): FeeState => ({ ...(refuse(refusal) as Failure), removed: receiptsToRemove(form), filesDropped: chosenReceipts(form).length > 0 }),
  run: async ({ actorId, form }, refuse) => {
    const read = await readClaimForm(form);
    if (!read.ok) return refuse({ error: "INVALID", fieldErrors: read.fieldErrors });
    const result = await submitClaim(read.input, actorId, new Date(), read.receipts);
    if (result.ok) return { ok: true, at: Date.now() };
    const receiptError = RECEIPT_FIELD_ERRORS[result.error];
    if (receiptError) return refuse({ error: "INVALID", fieldErrors: { receipts: receiptError } });
    return refuse({ error: result.error });
  },
});

/** The secretariat approves a claim or returns it with a reason. */
export const decideClaimAction = formAction<FeeState, typeof decisionSchema._zod.output, DecisionError, FieldErrorCode>({
  name: "fees.decideClaim",
  access: { permission: "fee.manage", entity: "FeeClaim", entityId: (raw) => String(raw.claimId ?? "") },
  read: textValues,
  schema: decisionSchema,
  fieldErrors,
  refuse,
  run: async ({ input, actorId }, refuse) => {
    const result = await decideClaim(input, actorId);
    return result.ok ? { ok: true, at: Date.now() } : refuse({ error: result.error });
  },
});

/** The secretariat adds a fee rate with its validity (no overlap with the same seat and kind). */
export const addRateAction = formAction<FeeState, typeof rateSchema._zod.output, RateError, FieldErrorCode>({
  name: "fees.addRate",
  access: { permission: "fee.manage", entity: "FeeRate" },
  read: textValues,
  schema: rateSchema,
  fieldErrors,
  refuse,
  run: async ({ input, actorId, values }) => {
    const result = await addRate(input, actorId);
    return result.ok ? { ok: true, at: Date.now() } : { ok: false, error: result.error, clash: result.clash, values: values as Record<string, string> | undefined, at: Date.now() };
  },
});
