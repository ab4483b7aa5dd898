import "server-only";
// Meeting reads, one file each under ./data/: the public lists (front page, feeds), one meeting's page, the calendar
// and iCal feeds, and the meeting admin's reads. Everything public is plain data, safe to hand to Client Components.
export { getLatestPublishedMinutes, getLatestPublishedMinutesCached, getUpcomingMeetings, getUpcomingMeetingsCached } from "./data/lists";
export type { MeetingBody, MeetingSummary, PublishedMinutesSummary } from "./data/lists";
export { getMeetingPage } from "./data/meeting-page";
export type { AgendaLine, MeetingPage } from "./data/meeting-page";
export { getCalendar, getCalendarYears, getIcsMeetings, getMeetingIds } from "./data/calendar";
export type { CalendarMeeting, IcsMeeting } from "./data/calendar";
export { getActor, getAdminBodies, getAdminMeeting, getAdminMeetings, getMeasureOptions } from "./data/admin";
export type { AdminMeeting } from "./data/admin";
