"use server";
// Approving the minutes: the secretariat records the body's approval at a later meeting; the leader approves in the
// portal (their own page, /mote/<id>/referat/godkjenn) – minutes.approve checked against the meeting's body, read
// from the database. On the one chain through ../meeting-action.ts.
import { meetingAction } from "../meeting-action";
import { bodyApprovalSchema, leaderApprovalSchema } from "../schema";
import { getMinutesForApproval } from "./data";
import { approveMinutes, approveMinutesAsLeader } from "./mutations";

export const recordBodyApprovalAction = meetingAction({ name: "meetings.recordBodyApproval", schema: bodyApprovalSchema, done: "approved", work: (input, actor) => approveMinutes(input, actor) });

export const leaderApprovalAction = meetingAction({
  name: "meetings.leaderApproval",
  schema: leaderApprovalSchema,
  done: "approved",
  work: (input, actor) => approveMinutesAsLeader(input, actor.id),
  permission: {
    name: "minutes.approve",
    record: async (raw) => {
      const minutes = typeof raw.meetingId === "string" && raw.meetingId ? await getMinutesForApproval(raw.meetingId) : null;
      return minutes ? { bodyId: minutes.bodyId } : null;
    },
  },
});
