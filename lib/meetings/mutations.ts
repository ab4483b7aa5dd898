import "server-only";
// Meeting writes for the secretariat: meetings, the agenda (saksliste), papers, the notice (innkalling), decisions
// and the minutes, one part each (./agenda/mutations.ts …). Every write runs in one transaction that also refreshes the
// search entries it touches, checks the workflow (./policy.ts) and the row's version (lost updates: nothing is
// overwritten, the caller gets CONFLICT), and is audited. The public cache is revalidated right after the commit.
export type { Actor, MeetingError, MutationResult } from "./core/mutations";
export { cancelMeeting, createMeeting, markHeld, renumberMeeting, updateMeeting } from "./meeting/mutations";
export { addCaseItem, addStandingItem, moveItem, removeItem } from "./agenda/mutations";
export { addStandardItem, moveStandardItem, removeStandardItem, updateStandardItem } from "./standard-agenda/mutations";
export { sendNotice, setNoticeCallsDeputies } from "./notice/mutations";
export { uploadDocument, withdrawDocument } from "./documents/mutations";
export { recordDecision } from "./decisions/mutations";
export { approveMinutes, approveMinutesAsLeader, correctMinutes, publishMinutes, saveMinutesDraft } from "./minutes/mutations";
