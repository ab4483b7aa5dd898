"use server";
// Server actions for the admin membership form: authenticate, authorize, validate with the same zod schema as the
// form, mutate under the rules, and return a typed result (never a raw error).
import { getViewerForAction } from "@/lib/auth/data";
import { faultSafe } from "@/lib/forms/faults";
import {
  appointMembership,
  changeMembership,
  endMembership,
  type MembershipError,
  type RuleViolation,
} from "./mutations";
import { canManageMemberships } from "./policy";
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

export type MembershipActionError = MembershipError | "UNAUTHORISED" | "VALIDATION" | "RULES_BROKEN" | "UNAVAILABLE";

export type MembershipActionResult =
  | { ok: true; membershipId: string; warnings: RuleViolation[] }
  | { ok: false; error: "VALIDATION"; fieldErrors: Record<string, FormErrorKey> }
  | { ok: false; error: "RULES_BROKEN"; breaches: RuleViolation[] }
  | { ok: false; error: Exclude<MembershipActionError, "VALIDATION" | "RULES_BROKEN"> };

async function authorised(): Promise<{ actorId: string | null } | null> {
  const viewer = await getViewerForAction();
  return viewer.userId && canManageMemberships(viewer) ? { actorId: viewer.userId } : null;
}

const unavailable = (error: "UNAVAILABLE"): MembershipActionResult => ({ ok: false, error });

export async function appointMembershipAction(input: AppointMembershipInput): Promise<MembershipActionResult> {
  return faultSafe(() => appoint(input), unavailable);
}

async function appoint(input: AppointMembershipInput): Promise<MembershipActionResult> {
  const actor = await authorised();
  if (!actor) return { ok: false, error: "UNAUTHORISED" };
  const parsed = appointMembershipSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error) };
  return appointMembership(parsed.data, { actorId: actor.actorId });
}

export async function changeMembershipAction(input: ChangeMembershipInput): Promise<MembershipActionResult> {
  return faultSafe(() => change(input), unavailable);
}

async function change(input: ChangeMembershipInput): Promise<MembershipActionResult> {
  const actor = await authorised();
  if (!actor) return { ok: false, error: "UNAUTHORISED" };
  const parsed = changeMembershipSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error) };
  return changeMembership(parsed.data, { actorId: actor.actorId });
}

export async function endMembershipAction(input: EndMembershipInput): Promise<MembershipActionResult> {
  return faultSafe(() => end(input), unavailable);
}

async function end(input: EndMembershipInput): Promise<MembershipActionResult> {
  const actor = await authorised();
  if (!actor) return { ok: false, error: "UNAUTHORISED" };
  const parsed = endMembershipSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error) };
  return endMembership(parsed.data, { actorId: actor.actorId });
}
