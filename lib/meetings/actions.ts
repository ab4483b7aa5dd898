"use server";
// Server actions of the meeting admin (secretariat and admins, permission content.edit). Each one: authorize against
// the database, validate with the same zod schema as its form, call the mutation, return a typed result. Forms call
// them through useActionState, so they also work before (or without) JavaScript.
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { href, isLocale } from "@/lib/i18n";
import { getActor } from "./data";
import * as mutations from "./mutations";
import type { MeetingError } from "./mutations";
import {
  addCaseItemSchema,
  addStandingItemSchema,
  cancelMeetingSchema,
  createMeetingSchema,
  decisionSchema,
  fieldErrors,
  formObject,
  meetingStepSchema,
  minutesCorrectionSchema,
  minutesDraftSchema,
  moveItemSchema,
  removeItemSchema,
  updateMeetingSchema,
  correctDocumentSchema,
  type FormErrorKey,
} from "./schema";

export type ActionError = MeetingError | "UNAUTHORISED" | "VALIDATION";

export type ActionState =
  | null
  | { ok: true; done: string; at: number }
  | { ok: false; error: ActionError; fieldErrors?: Record<string, FormErrorKey>; values?: Record<string, string | string[]>; at: number };

type Schema<T> = { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import("zod").ZodError } };

/** The common frame: permission, parsing, the mutation, and a result the form can show. */
async function act<T>(
  form: FormData,
  schema: Schema<T>,
  done: string,
  work: (input: T, actor: mutations.Actor) => Promise<mutations.MutationResult>,
  arrays: readonly string[] = [],
): Promise<ActionState> {
  const at = Date.now();
  const auth = await authorize("content.edit", undefined, { entityType: "Meeting" });
  if (!auth.ok) return { ok: false, error: "UNAUTHORISED", at };
  const actor = await getActor(auth.viewer.userId);
  if (!actor) return { ok: false, error: "UNAUTHORISED", at };
  const values = formObject(form, arrays) as Record<string, string | string[]>;
  const parsed = schema.safeParse(values);
  // The submitted text comes back with an error, so the form shows what was typed (React resets action forms).
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
  const result = await work(parsed.data, actor);
  return result.ok ? { ok: true, done, at } : { ok: false, error: result.error, values, at };
}

function langOf(form: FormData) {
  const lang = String(form.get("lang") ?? "nn");
  return isLocale(lang) ? lang : "nn";
}

export async function createMeetingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let meetingId: string | null = null;
  const state = await act(form, createMeetingSchema, "created", async (input, actor) => {
    const result = await mutations.createMeeting(input, actor);
    if (result.ok) meetingId = result.meetingId;
    return result;
  });
  if (state?.ok && meetingId) redirect(href(langOf(form), `/admin/moter/${meetingId}`));
  return state;
}

export async function updateMeetingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, updateMeetingSchema, "saved", mutations.updateMeeting);
}

export async function cancelMeetingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, cancelMeetingSchema, "cancelled", (input, actor) => mutations.cancelMeeting(input, actor));
}

export async function markHeldAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, meetingStepSchema, "held", mutations.markHeld);
}

// The notice is sent from its preview page (./notice/actions.ts confirmNoticeAction), never with one click here.

export async function addCaseItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, addCaseItemSchema, "added", mutations.addCaseItem);
}

export async function addStandingItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, addStandingItemSchema, "added", mutations.addStandingItem);
}

export async function moveItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, moveItemSchema, "moved", mutations.moveItem);
}

export async function removeItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, removeItemSchema, "removed", mutations.removeItem);
}

export async function uploadDocumentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, correctDocumentSchema, "uploaded", (input, actor) => mutations.uploadDocument(input, form.get("file"), actor));
}

export async function recordDecisionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, decisionSchema, "saved", (input, actor) => mutations.recordDecision(input, actor), ["measureIds"]);
}

export async function saveMinutesDraftAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, minutesDraftSchema, "saved", (input, actor) => mutations.saveMinutesDraft(input, form.get("file"), actor));
}

export async function approveMinutesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, meetingStepSchema, "approved", (input, actor) => mutations.approveMinutes(input, actor));
}

export async function publishMinutesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, meetingStepSchema, "published", (input, actor) => mutations.publishMinutes(input, actor));
}

export async function correctMinutesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, minutesCorrectionSchema, "corrected", (input, actor) => mutations.correctMinutes(input, actor));
}
