// The follow form (issue 16 item 5): what a visitor or a signed-in user sends to follow a body, a case, a measure or
// the news. Shared by the form and the server action.
import { z } from "zod";

export const FOLLOW_TARGETS = ["BODY", "CASE", "MEASURE", "NEWS"] as const;
export type FollowTargetKind = (typeof FOLLOW_TARGETS)[number];
export const FOLLOW_FREQUENCIES = ["IMMEDIATE", "WEEKLY"] as const;
export type FollowFrequencyKind = (typeof FOLLOW_FREQUENCIES)[number];

export const followSchema = z.object({
  target: z.enum(FOLLOW_TARGETS),
  /** "" for the news. */
  targetId: z.string().max(100),
  frequency: z.enum(FOLLOW_FREQUENCIES).default("IMMEDIATE"),
  /** Ignored for a signed-in user (the account's address is used). */
  email: z.string().trim().toLowerCase().max(254).optional().default(""),
});
export type FollowInput = z.infer<typeof followSchema>;

export const emailSchema = z.email().max(254);

/** Tokens in links are 32 random bytes, base64url (43 characters). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
