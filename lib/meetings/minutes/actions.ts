"use server";
// Approving the minutes: the secretariat records the body's approval at a later meeting; the leader approves in the
// portal (their own page, /mote/<id>/referat/godkjenn).
import { act } from "../act";
import type { ActionState } from "../actions";
import { bodyApprovalSchema, leaderApprovalSchema } from "../schema";
import { getMinutesForApproval } from "./data";
import { approveMinutes, approveMinutesAsLeader } from "./mutations";

export async function recordBodyApprovalAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, bodyApprovalSchema, "approved", (input, actor) => approveMinutes(input, actor));
}

export async function leaderApprovalAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, leaderApprovalSchema, "approved", (input, actor) => approveMinutesAsLeader(input, actor.id), {
    name: "minutes.approve",
    record: async (input) => ({ bodyId: (await getMinutesForApproval(input.meetingId))?.bodyId ?? "" }),
  });
}
