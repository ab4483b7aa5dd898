import "server-only";
// Meeting writes for the secretariat: meetings, the agenda (saksliste), papers, the notice (innkalling), decisions
// and the minutes, one file each under ./mutations/. Every write runs in one transaction that also refreshes the
// search entries it touches, checks the workflow (./policy.ts) and the row's version (lost updates: nothing is
// overwritten, the caller gets CONFLICT), and is audited. The public cache is revalidated right after the commit.
export type { Actor, MeetingError, MutationResult } from "./mutations/core";
export { cancelMeeting, createMeeting, markHeld, updateMeeting } from "./mutations/meeting";
export { addCaseItem, addStandingItem, moveItem, removeItem } from "./mutations/agenda";
export { sendNotice } from "./mutations/notice";
export { uploadDocument } from "./mutations/documents";
export { recordDecision } from "./mutations/decisions";
export { approveMinutes, correctMinutes, publishMinutes, saveMinutesDraft } from "./mutations/minutes";
