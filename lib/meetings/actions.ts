"use server";
// Server actions of the meeting admin (secretariat and admins, permission content.edit), on the one chain through
// ./meeting-action.ts: authorize against the database, validate with the same zod schema as its form, call the
// mutation, return a typed result. Forms call them through useActionState, so they also work before (or without)
// JavaScript.
import { redirect } from "next/navigation";
import { langOfForm } from "@/lib/actions/chain";
import { href } from "@/lib/i18n";
import { meetingAction } from "./meeting-action";
import * as mutations from "./mutations";
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
  meetingStepSchema,
  minutesCorrectionSchema,
  minutesDraftSchema,
  moveItemSchema,
  removeItemSchema,
  renumberMeetingSchema,
  updateMeetingSchema,
  correctDocumentSchema,
} from "./schema";

export type { ActionState } from "./meeting-action";

export const createMeetingAction = meetingAction({
  name: "meetings.create",
  schema: createMeetingSchema,
  done: "created",
  workWithForm: async (input, actor, form) => {
    const result = await mutations.createMeeting(input, actor, new Date());
    // The new meeting's own page (works the same without JavaScript).
    if (result.ok) redirect(href(langOfForm(form), `/admin/moter/${result.meetingId}`));
    return result;
  },
});

export const updateMeetingAction = meetingAction({ name: "meetings.updateMeeting", schema: updateMeetingSchema, done: "saved", work: (input, actor) => mutations.updateMeeting(input, actor) });

export const renumberMeetingAction = meetingAction({ name: "meetings.renumberMeeting", schema: renumberMeetingSchema, done: "saved", work: mutations.renumberMeeting });

export const addStandardItemAction = meetingAction({ name: "meetings.addStandardItem", schema: addStandardItemSchema, done: "added", work: mutations.addStandardItem });

export const updateStandardItemAction = meetingAction({ name: "meetings.updateStandardItem", schema: updateStandardItemSchema, done: "saved", work: mutations.updateStandardItem });

export const moveStandardItemAction = meetingAction({ name: "meetings.moveStandardItem", schema: moveStandardItemSchema, done: "moved", work: mutations.moveStandardItem });

export const removeStandardItemAction = meetingAction({ name: "meetings.removeStandardItem", schema: removeStandardItemSchema, done: "removed", work: mutations.removeStandardItem });

export const cancelMeetingAction = meetingAction({ name: "meetings.cancelMeeting", schema: cancelMeetingSchema, done: "cancelled", work: (input, actor) => mutations.cancelMeeting(input, actor) });

export const markHeldAction = meetingAction({ name: "meetings.markHeld", schema: meetingStepSchema, done: "held", work: (input, actor) => mutations.markHeld(input, actor) });

// The notice is sent from its preview page (./notice/actions.ts confirmNoticeAction), never with one click here.

export const addCaseItemAction = meetingAction({ name: "meetings.addCaseItem", schema: addCaseItemSchema, done: "added", work: mutations.addCaseItem });

export const addStandingItemAction = meetingAction({ name: "meetings.addStandingItem", schema: addStandingItemSchema, done: "added", work: mutations.addStandingItem });

export const moveItemAction = meetingAction({ name: "meetings.moveItem", schema: moveItemSchema, done: "moved", work: mutations.moveItem });

export const removeItemAction = meetingAction({ name: "meetings.removeItem", schema: removeItemSchema, done: "removed", work: mutations.removeItem });

export const uploadDocumentAction = meetingAction({ name: "meetings.uploadDocument", schema: correctDocumentSchema, done: "uploaded", workWithForm: (input, actor, form) => mutations.uploadDocument(input, form.get("file"), actor) });

export const recordDecisionAction = meetingAction({ name: "meetings.recordDecision", schema: decisionSchema, done: "saved", work: (input, actor) => mutations.recordDecision(input, actor), arrays: ["measureIds"] });

export const saveMinutesDraftAction = meetingAction({ name: "meetings.saveMinutesDraft", schema: minutesDraftSchema, done: "saved", workWithForm: (input, actor, form) => mutations.saveMinutesDraft(input, form.get("file"), actor) });

export const approveMinutesAction = meetingAction({ name: "meetings.approveMinutes", schema: meetingStepSchema, done: "approved", work: (input, actor) => mutations.approveMinutes(input, actor) });

export const publishMinutesAction = meetingAction({ name: "meetings.publishMinutes", schema: meetingStepSchema, done: "published", work: (input, actor) => mutations.publishMinutes(input, actor) });

export const correctMinutesAction = meetingAction({ name: "meetings.correctMinutes", schema: minutesCorrectionSchema, done: "corrected", work: (input, actor) => mutations.correctMinutes(input, actor) });
