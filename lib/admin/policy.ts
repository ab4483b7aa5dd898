// The staff overview (/admin): who may open it, which of its sections they see, and what the next step of a meeting
// is. Pure: the caller passes the viewer, built from the database on this request.
import { can, type Permission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { CaseStatus, MeetingStatus } from "@/lib/domain/vocabulary";

export type OverviewSection = "cases" | "meetings" | "compliance" | "news";

/** Each section is shown only to those who may act on it; the role table (lib/auth/permissions) decides. */
export const SECTION_PERMISSION: Record<OverviewSection, Permission> = {
  cases: "case.triage",
  meetings: "content.edit",
  compliance: "compliance.read",
  news: "content.edit",
};
const SECTIONS = Object.keys(SECTION_PERMISSION) as OverviewSection[];

export function canOpenOverview(viewer: Viewer): boolean {
  return viewer.userId !== null && can(viewer, "admin.overview");
}

/** The sections this viewer sees, in page order; none when they may not open the overview at all. */
export function overviewSections(viewer: Viewer): OverviewSection[] {
  if (!canOpenOverview(viewer)) return [];
  return SECTIONS.filter((section) => can(viewer, SECTION_PERMISSION[section]));
}

/**
 * Cases that wait for the prioritising group to look at them (lib/cases/workflow): new ones, ones forwarded from
 * another body (they start their assessment again there), and disagreements sent to SSU (G6).
 */
export const WAITING_CASE_STATUSES = ["RECEIVED", "FORWARDED", "DISAGREEMENT"] as const satisfies readonly CaseStatus[];

/** How far ahead the overview lists meetings. */
export const UPCOMING_DAYS = 60;

/** What the secretariat does next with a meeting (the meeting workflow: lib/meetings/policy). */
export type MeetingStep = "sendNotice" | "afterMeeting" | "markHeld" | "approveMinutes" | "publishMinutes";

export function nextMeetingStep(meeting: { status: MeetingStatus; startsAt: Date; cancelledAt: Date | null }, now: Date): MeetingStep | null {
  if (meeting.cancelledAt) return null;
  switch (meeting.status) {
    case "PLANNED":
      return "sendNotice";
    case "NOTICE_SENT":
      // Held is recorded once the meeting has begun; before that nothing is due.
      return meeting.startsAt.getTime() <= now.getTime() ? "markHeld" : "afterMeeting";
    case "HELD":
      return "approveMinutes";
    case "MINUTES_APPROVED":
      return "publishMinutes";
    case "MINUTES_PUBLISHED":
      return null;
  }
}
