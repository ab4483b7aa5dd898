"use server";
// Server actions of meeting participation, on the one chain (lib/actions/chain.ts): authenticate, authorize against
// the database (lib/auth/permissions.ts), validate with the form's zod schema, mutate, return a typed result the form
// translates.
import { formAction, type ActionError, type Refusal, type Values } from "@/lib/actions/chain";
import { siteOrigin } from "@/lib/site-url";
import { personIdOfUser } from "./data";
import { answerMeeting, renewCalendarToken, revokeCalendarToken, saveAttendance, type AnswerError, type AttendanceError } from "./mutations";
import { attendanceSchema, fieldErrors, onBehalfSchema, responseSchema, seatsFromForm, type FieldErrorCode } from "./schema";

export type ParticipationError = AnswerError | AttendanceError | ActionError;

export type ParticipationState =
  | null
  | { ok: true; done: "saved" | "deputyCalled" | "attendance"; at: number }
  | { ok: false; error: ParticipationError; fieldErrors?: Record<string, FieldErrorCode>; values?: Values; at: number };

const refuse = (refusal: Refusal<ParticipationError, FieldErrorCode>): ParticipationState => ({ ...refusal, at: Date.now() });
const meetingIdOf = (raw: Values) => String(raw.meetingId ?? "");

/** A member's (or called-in deputy's) own answer: coming or forfall. */
export const answerMeetingAction = formAction<ParticipationState, typeof responseSchema._zod.output, AnswerError, FieldErrorCode>({
  name: "participation.answer",
  access: { permission: "meeting.answer", entity: "Meeting", entityId: meetingIdOf },
  schema: responseSchema,
  fieldErrors,
  refuse,
  run: async ({ input, actorId }, refuse) => {
    const personId = await personIdOfUser(actorId);
    if (!personId) return refuse({ error: "NOT_CALLED" });
    const result = await answerMeeting(input, { userId: actorId, personId, onBehalf: false }, siteOrigin());
    return result.ok ? { ok: true, done: result.deputyCalled ? "deputyCalled" : "saved", at: Date.now() } : refuse({ error: result.error });
  },
});

/** The secretariat answers for a member (audited as on-behalf). */
export const answerOnBehalfAction = formAction<ParticipationState, typeof onBehalfSchema._zod.output, AnswerError, FieldErrorCode>({
  name: "participation.answerOnBehalf",
  access: { permission: "participation.manage", entity: "Meeting", entityId: meetingIdOf },
  schema: onBehalfSchema,
  fieldErrors,
  refuse,
  run: async ({ input, actorId }, refuse) => {
    const result = await answerMeeting(input, { userId: actorId, personId: null, onBehalf: true }, siteOrigin());
    return result.ok ? { ok: true, done: result.deputyCalled ? "deputyCalled" : "saved", at: Date.now() } : refuse({ error: result.error });
  },
});

/** The attendance register of a meeting, saved whole. */
export const saveAttendanceAction = formAction<ParticipationState, Values, AttendanceError, FieldErrorCode>({
  name: "participation.saveAttendance",
  access: { permission: "participation.manage", entity: "Meeting", entityId: meetingIdOf },
  refuse,
  run: async ({ raw, actorId, form }, refuse) => {
    const parsed = attendanceSchema.safeParse({ meetingId: raw.meetingId, version: raw.version, seats: seatsFromForm(form) });
    if (!parsed.success) return refuse({ error: "INVALID", fieldErrors: fieldErrors(parsed.error) });
    const result = await saveAttendance(parsed.data, actorId);
    return result.ok ? { ok: true, done: "attendance", at: Date.now() } : refuse({ error: result.error });
  },
});

export type CalendarState = null | { ok: true; token: string | null; at: number } | { ok: false; error: ActionError; at: number };

const calendarRefusal = (refusal: Refusal): CalendarState => ({ ok: false, error: refusal.error, at: Date.now() });

/** A new secret calendar address (the old one stops working); the token is returned once, to be shown once. */
export const renewCalendarAction = formAction<CalendarState>({
  name: "participation.renewCalendar",
  access: { permission: "calendar.personal", entity: "PersonalCalendar" },
  noEcho: true,
  refuse: calendarRefusal,
  run: async ({ actorId }) => ({ ok: true, token: await renewCalendarToken(actorId), at: Date.now() }),
});

export const revokeCalendarAction = formAction<CalendarState>({
  name: "participation.revokeCalendar",
  access: { permission: "calendar.personal", entity: "PersonalCalendar" },
  noEcho: true,
  refuse: calendarRefusal,
  run: async ({ actorId }) => {
    await revokeCalendarToken(actorId);
    return { ok: true, token: null, at: Date.now() };
  },
});
