// The membership forms (appoint, change, end), shared by the admin form (react-hook-form) and the server actions.
// Error messages are keys of `membershipForm.errors` in the message catalogs (messages/<lang>/membershipForm.json), shown in the user's language.
import { z } from "zod";
import { firstFieldErrors } from "@/lib/forms/errors";
import { MEMBERSHIP_ROLES, SEAT_CATEGORIES, SIDES } from "@/lib/domain/vocabulary";

export const FORM_ERRORS = ["required", "invalidDate", "endBeforeStart", "principalRequired", "principalNotAllowed", "deputyNotAllowed"] as const;
export type FormErrorKey = (typeof FORM_ERRORS)[number];

const id = z.string({ error: "required" }).trim().min(1, { error: "required" });
const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
const isoDate = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: "invalidDate" });
const optionalIsoDate = z
  .union([z.literal(""), isoDate])
  .optional()
  .transform((v) => (v ? v : undefined));
const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => (v ? v : undefined));

/** The fields of a membership that the secretariat sets. */
const membershipFields = z.object({
  personId: id,
  seat: z.enum(SEAT_CATEGORIES, { error: "required" }),
  role: z.enum(MEMBERSHIP_ROLES, { error: "required" }),
  partyId: optionalId,
  side: z
    .union([z.literal(""), z.enum(SIDES)])
    .optional()
    .transform((v) => (v ? v : undefined)),
  portfolio: optionalText,
  /** For a personal deputy: the membership they stand in for. */
  principalId: optionalId,
  termStart: isoDate,
  termEnd: optionalIsoDate,
});

type Fields = z.infer<typeof membershipFields>;

function checkMembership(value: Fields & { deputyPersonId?: string }, ctx: z.RefinementCtx) {
  if (value.termEnd && value.termEnd < value.termStart) {
    ctx.addIssue({ code: "custom", path: ["termEnd"], message: "endBeforeStart" });
  }
  if (value.role === "PERSONAL_DEPUTY" && !value.principalId) {
    ctx.addIssue({ code: "custom", path: ["principalId"], message: "principalRequired" });
  }
  if (value.role !== "PERSONAL_DEPUTY" && value.principalId) {
    ctx.addIssue({ code: "custom", path: ["principalId"], message: "principalNotAllowed" });
  }
  if (value.role === "PERSONAL_DEPUTY" && value.deputyPersonId) {
    ctx.addIssue({ code: "custom", path: ["deputyPersonId"], message: "deputyNotAllowed" });
  }
}

/** Appoint someone to a body, optionally with their personal deputy in the same step (S6). */
export const appointMembershipSchema = membershipFields
  .extend({
    bodyId: id,
    deputyPersonId: optionalId,
    /** A membership this one takes over: it (and its deputies) end the day before this one starts, in one step. */
    replacesId: optionalId,
    /** The deputy's seat when it differs from the principal's (O5: the employee deputy is from the other sector). */
    deputySeat: z
      .union([z.literal(""), z.enum(SEAT_CATEGORIES)])
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine(checkMembership);
export type AppointMembershipInput = z.input<typeof appointMembershipSchema>;
export type AppointMembership = z.output<typeof appointMembershipSchema>;

/** Correct or change a membership; `version` protects against overwriting someone else's change. */
export const changeMembershipSchema = membershipFields
  .extend({ membershipId: id, version: z.coerce.number().int().min(1) })
  .superRefine(checkMembership);
export type ChangeMembershipInput = z.input<typeof changeMembershipSchema>;
export type ChangeMembership = z.output<typeof changeMembershipSchema>;

/** End a membership: its last day (inclusive). Its personal deputies end with it. */
export const endMembershipSchema = z.object({
  membershipId: id,
  version: z.coerce.number().int().min(1),
  lastDay: isoDate,
});
export type EndMembershipInput = z.input<typeof endMembershipSchema>;
export type EndMembership = z.output<typeof endMembershipSchema>;

/** zod issues as one error key per field (the first), for the form's error summary. */
export function fieldErrors(error: z.ZodError): Record<string, FormErrorKey> {
  return firstFieldErrors(error, FORM_ERRORS, "required", "form");
}
