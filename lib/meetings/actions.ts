"use server";
// Server actions of the meeting admin (secretariat and admins, permission content.edit). Each one: authorize against
// the database, validate with the same zod schema as its form, call the mutation, return a typed result. Forms call
// them through useActionState, so they also work before (or without) JavaScript.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { faultSafe } from "@/lib/forms/faults";
import { href, isLocale } from "@/lib/i18n";
import { getActor } from "./data";
import { refusalText } from "./refusal-text";
import * as mutations from "./mutations";
import type { MeetingError } from "./mutations";
import {
  addCaseItemSchema,
  addStandardItemSchema,
  addStandingItemSchema,
  moveStandardItemSchema,
  removeStandardItemSchema,
  updateStandardItemSchema,
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
  renumberMeetingSchema,
  updateMeetingSchema,
  correctDocumentSchema,
  type FormErrorKey,
} from "./schema";

export type ActionError = MeetingError | "UNAUTHORISED" | "VALIDATION" | "UNAVAILABLE";

export type ActionState =
  | null
  | { ok: true; done: string; at: number }
  | {
      ok: false;
      error: ActionError;
      fieldErrors?: Record<string, FormErrorKey>;
      values?: Record<string, string | string[]>;
      /** A refusal in words when the code alone cannot say it (the date to wait for, what another person changed). */
      message?: string;
      list?: string[];
      at: number;
    };

type Schema<T> = { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import("zod").ZodError } };

/** The common frame: permission, parsing, the mutation, and a result the form can show. */
async function act<T>(
  form: FormData,
  schema: Schema<T>,
  done: string,
  work: (input: T, actor: mutations.Actor) => Promise<mutations.MutationResult>,
  arrays: readonly string[] = [],
): Promise<ActionState> {
  // The database away: the typed values come back with UNAVAILABLE, never the error page.
  return faultSafe(
    () => attempt(form, schema, done, work, arrays),
    (error) => ({ ok: false, error, values: formObject(form, arrays) as Record<string, string | string[]>, at: Date.now() }),
  );
}

async function attempt<T>(
  form: FormData,
  schema: Schema<T>,
  done: string,
  work: (input: T, actor: mutations.Actor) => Promise<mutations.MutationResult>,
  arrays: readonly string[],
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
  if (result.ok) return { ok: true, done, at };
  // After a conflict the page is rendered again with the other person's change; the form keeps what was typed.
  if (result.error === "CONFLICT") revalidatePath("/[lang]/admin/moter", "layout");
  const words = refusalText(langOf(form), result.error, result.detail, { isNew: !values.meetingId });
  return { ok: false, error: result.error, values, at, ...(words ? { message: words.message, list: words.list } : {}) };
}

function langOf(form: FormData) {
  const lang = String(form.get("lang") ?? "nn");
  return isLocale(lang) ? lang : "nn";
}

export async function createMeetingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let meetingId: string | null = null;
  const state = await act(form, createMeetingSchema, "created", async (input, actor) => {
    const result = await mutations.createMeeting(input, actor, new Date());
    if (result.ok) meetingId = result.meetingId;
    return result;
  });
  if (state?.ok && meetingId) redirect(href(langOf(form), `/admin/moter/${meetingId}`));
  return state;
}

export async function updateMeetingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, updateMeetingSchema, "saved", (input, actor) => mutations.updateMeeting(input, actor));
}

export async function renumberMeetingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, renumberMeetingSchema, "saved", mutations.renumberMeeting);
}

export async function addStandardItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, addStandardItemSchema, "added", mutations.addStandardItem);
}

export async function updateStandardItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, updateStandardItemSchema, "saved", mutations.updateStandardItem);
}

export async function moveStandardItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, moveStandardItemSchema, "moved", mutations.moveStandardItem);
}

export async function removeStandardItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, removeStandardItemSchema, "removed", mutations.removeStandardItem);
}

export async function cancelMeetingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, cancelMeetingSchema, "cancelled", (input, actor) => mutations.cancelMeeting(input, actor));
}

export async function markHeldAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, meetingStepSchema, "held", (input, actor) => mutations.markHeld(input, actor));
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
