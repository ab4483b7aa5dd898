"use server";
// Server actions of meeting participation: authenticate, authorize against the database (lib/auth/permissions.ts),
// validate with the form's zod schema, mutate, return a typed result the form translates.
import { authorize } from "@/lib/auth/guard";
import { siteOrigin } from "@/lib/site-url";
import { personIdOfUser } from "./data";
import { answerMeeting, renewCalendarToken, revokeCalendarToken, saveAttendance, type AnswerError, type AttendanceError } from "./mutations";
import { attendanceSchema, fieldErrors, onBehalfSchema, responseSchema, seatsFromForm, type FieldErrorCode } from "./schema";

export type ParticipationError = AnswerError | AttendanceError | "UNAUTHORISED" | "VALIDATION";

export type ParticipationState =
  | null
  | { ok: true; done: "saved" | "deputyCalled" | "attendance"; at: number }
  | { ok: false; error: ParticipationError; fieldErrors?: Record<string, FieldErrorCode>; values?: Record<string, string>; at: number };

function valuesOf(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  return values;
}

/** A member's (or called-in deputy's) own answer: coming or forfall. */
export async function answerMeetingAction(_prev: ParticipationState, form: FormData): Promise<ParticipationState> {
  const at = Date.now();
  const values = valuesOf(form);
  const auth = await authorize("meeting.answer", undefined, { entityType: "Meeting", entityId: values.meetingId });
  if (!auth.ok) return { ok: false, error: "UNAUTHORISED", values, at };
  const parsed = responseSchema.safeParse(values);
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
  const personId = await personIdOfUser(auth.viewer.userId);
  if (!personId) return { ok: false, error: "NOT_CALLED", values, at };
  const result = await answerMeeting(parsed.data, { userId: auth.viewer.userId, personId, onBehalf: false }, siteOrigin());
  return result.ok ? { ok: true, done: result.deputyCalled ? "deputyCalled" : "saved", at } : { ok: false, error: result.error, values, at };
}

/** The secretariat answers for a member (audited as on-behalf). */
export async function answerOnBehalfAction(_prev: ParticipationState, form: FormData): Promise<ParticipationState> {
  const at = Date.now();
  const values = valuesOf(form);
  const auth = await authorize("participation.manage", undefined, { entityType: "Meeting", entityId: values.meetingId });
  if (!auth.ok) return { ok: false, error: "UNAUTHORISED", values, at };
  const parsed = onBehalfSchema.safeParse(values);
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
  const result = await answerMeeting(parsed.data, { userId: auth.viewer.userId, personId: null, onBehalf: true }, siteOrigin());
  return result.ok ? { ok: true, done: result.deputyCalled ? "deputyCalled" : "saved", at } : { ok: false, error: result.error, values, at };
}

/** The attendance register of a meeting, saved whole. */
export async function saveAttendanceAction(_prev: ParticipationState, form: FormData): Promise<ParticipationState> {
  const at = Date.now();
  const values = valuesOf(form);
  const auth = await authorize("participation.manage", undefined, { entityType: "Meeting", entityId: values.meetingId });
  if (!auth.ok) return { ok: false, error: "UNAUTHORISED", values, at };
  const parsed = attendanceSchema.safeParse({ meetingId: values.meetingId, version: values.version, seats: seatsFromForm(form) });
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
  const result = await saveAttendance(parsed.data, auth.viewer.userId);
  return result.ok ? { ok: true, done: "attendance", at } : { ok: false, error: result.error, values, at };
}

export type CalendarState = null | { ok: true; token: string | null; at: number } | { ok: false; error: "UNAUTHORISED"; at: number };

/** A new secret calendar address (the old one stops working); the token is returned once, to be shown once. */
export async function renewCalendarAction(): Promise<CalendarState> {
  const auth = await authorize("calendar.personal", undefined, { entityType: "PersonalCalendar" });
  if (!auth.ok) return { ok: false, error: "UNAUTHORISED", at: Date.now() };
  return { ok: true, token: await renewCalendarToken(auth.viewer.userId), at: Date.now() };
}

export async function revokeCalendarAction(): Promise<CalendarState> {
  const auth = await authorize("calendar.personal", undefined, { entityType: "PersonalCalendar" });
  if (!auth.ok) return { ok: false, error: "UNAUTHORISED", at: Date.now() };
  await revokeCalendarToken(auth.viewer.userId);
  return { ok: true, token: null, at: Date.now() };
}
