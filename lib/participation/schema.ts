// The forms of meeting participation – one zod schema per form, shared by the browser and the server action. Messages
// are error codes, translated in the UI (participation.errors). A note is refused when it holds a fødselsnummer or
// D-number: a reason for forfall is never about a patient, and we keep no health data about members either.
import { z } from "zod";
import { firstFieldErrors } from "@/lib/forms/errors";
import { containsNationalId } from "@/lib/privacy/national-id";

export const NOTE_MAX = 500;

export const FIELD_ERRORS = ["required", "tooLong", "invalid", "nationalId"] as const;
export type FieldErrorCode = (typeof FIELD_ERRORS)[number];

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const id = z.string({ error: "required" }).trim().min(1, "required").max(100, "invalid").regex(/^[A-Za-z0-9_-]+$/, "invalid");

const note = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim())
  .superRefine((value, ctx) => {
    if (value.length > NOTE_MAX) ctx.addIssue({ code: "custom", message: "tooLong" });
    else if (CONTROL.test(value)) ctx.addIssue({ code: "custom", message: "invalid" });
    if (containsNationalId(value)) ctx.addIssue({ code: "custom", message: "nationalId" });
  });

const answer = z.enum(["coming", "absent"], { error: "required" });

/** A member's (or called-in deputy's) own answer to a meeting. */
export const responseSchema = z.object({ meetingId: id, membershipId: id, answer, note });
export type ResponseInput = z.output<typeof responseSchema>;

/** The secretariat answers for someone (audited). */
export const onBehalfSchema = z.object({ meetingId: id, membershipId: id, answer, note });
export type OnBehalfInput = z.output<typeof onBehalfSchema>;

/** The attendance register: per seat "HOLDER", "DEPUTY" or "ABSENT", posted as seat-<membershipId>. */
export const attendanceSchema = z.object({
  meetingId: id,
  version: z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid"),
  seats: z.record(id, z.enum(["HOLDER", "DEPUTY", "ABSENT"], { error: "required" })),
});
export type AttendanceInput = z.output<typeof attendanceSchema>;

/** The seat fields of a posted register form, as the schema's `seats` record. */
export function seatsFromForm(form: FormData): Record<string, string> {
  const seats: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (key.startsWith("seat-") && typeof value === "string") seats[key.slice(5)] = value;
  return seats;
}

export function fieldErrors(error: z.ZodError): Record<string, FieldErrorCode> {
  return firstFieldErrors(error, FIELD_ERRORS, "invalid");
}
