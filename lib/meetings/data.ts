import "server-only";
// Meeting reads, one part each (./calendar/data.ts …): the public lists (front page, feeds), one meeting's page, the calendar
// and iCal feeds, and the meeting admin's reads. Everything public is plain data, safe to hand to Client Components.
export { getLatestPublishedMinutes, getLatestPublishedMinutesCached, getUpcomingMeetings, getUpcomingMeetingsCached } from "./lists/data";
export type { MeetingBody, MeetingSummary, PublishedMinutesSummary } from "./lists/data";
export { getMeetingPage } from "./meeting-page/data";
export type { AgendaLine, MeetingPage } from "./meeting-page/data";
export { getCalendar, getCalendarYears, getIcsMeetings, getMeetingIds, getUpcomingCalendar } from "./calendar/data";
export type { CalendarMeeting, IcsMeeting } from "./calendar/data";
export { getActor, getAdminBodies, getAdminMeeting, getAdminMeetings, getMeasureOptions, getStandardAgenda } from "./admin/data";
export type { AdminMeeting } from "./admin/data";
