"use server";
// Server actions for the admin membership form, on the one chain (lib/actions/chain.ts): authenticate, authorize
// against the database (membership.manage), validate with the same zod schema as the form, mutate under the rules,
// and return a typed result (never a raw error).
import type { z } from "zod";
import { callAction, type ActionError, type Refusal } from "@/lib/actions/chain";
import {
  appointMembership,
  changeMembership,
  endMembership,
  type MembershipError,
  type RuleViolation,
} from "./mutations";
import {
  appointMembershipSchema,
  changeMembershipSchema,
  endMembershipSchema,
  fieldErrors,
  type AppointMembershipInput,
  type ChangeMembershipInput,
  type EndMembershipInput,
  type FormErrorKey,
} from "./schema";

export type MembershipActionError = MembershipError | ActionError | "RULES_BROKEN";

export type MembershipActionResult =
  | { ok: true; membershipId: string; warnings: RuleViolation[] }
  /** INVALID with field errors: the form's fields; without: choices that do not fit together (the mutation's). */
  | { ok: false; error: "INVALID"; fieldErrors?: Record<string, FormErrorKey> }
  | { ok: false; error: "RULES_BROKEN"; breaches: RuleViolation[] }
  | { ok: false; error: Exclude<MembershipActionError, "INVALID" | "RULES_BROKEN"> };

const refuse = (refusal: Refusal<MembershipActionError, FormErrorKey>): MembershipActionResult =>
  (refusal.fieldErrors ? { ok: false, error: refusal.error, fieldErrors: refusal.fieldErrors } : { ok: false, error: refusal.error }) as MembershipActionResult;
const access = { permission: "membership.manage", entity: "Membership" } as const;

export const appointMembershipAction = callAction<AppointMembershipInput, MembershipActionResult, z.output<typeof appointMembershipSchema>, MembershipError, FormErrorKey>({
  name: "membership.appoint",
  access,
  schema: appointMembershipSchema,
  fieldErrors,
  refuse,
  run: ({ input, actorId }) => appointMembership(input, { actorId }),
});

export const changeMembershipAction = callAction<ChangeMembershipInput, MembershipActionResult, z.output<typeof changeMembershipSchema>, MembershipError, FormErrorKey>({
  name: "membership.change",
  access,
  schema: changeMembershipSchema,
  fieldErrors,
  refuse,
  run: ({ input, actorId }) => changeMembership(input, { actorId }),
});

export const endMembershipAction = callAction<EndMembershipInput, MembershipActionResult, z.output<typeof endMembershipSchema>, MembershipError, FormErrorKey>({
  name: "membership.end",
  access,
  schema: endMembershipSchema,
  fieldErrors,
  refuse,
  run: ({ input, actorId }) => endMembership(input, { actorId }),
});
