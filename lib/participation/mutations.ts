import "server-only";
// Writes of meeting participation. An answer (coming / forfall) and the deputy's call-up mail are one transaction
// (enqueueMail in the same transaction: a mail exists exactly when the forfall committed); the answer row is changed
// by compare-and-set on its version, so a double click or two tabs never call the deputy twice. The attendance
// register is saved whole under its own optimistic version. Every write is audit-logged.
import { createHash, randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { audit } from "@/lib/audit/mutations";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { formatDateTime, localize, getTranslator } from "@/lib/i18n";
import { enqueueMail } from "@/lib/mail";
import { meetingPath } from "@/lib/meetings/paths";
import { dayOf } from "@/lib/membership/rules/dates";
import { isActiveOn } from "@/lib/membership/rules/composition";
import { canAnswer, canRecordAttendance, SEAT_ROLES, seatsOn } from "./policy";
import type { AttendanceInput, ResponseInput } from "./schema";

export type AnswerError = "NOT_FOUND" | "NOT_CALLED" | "CLOSED" | "CONFLICT";
export type AttendanceError = "NOT_FOUND" | "NOT_YET" | "CONFLICT" | "INVALID_SEAT";

export type Actor = { userId: string; personId: string | null; onBehalf: boolean };

type Tx = Prisma.TransactionClient;

function revalidate(): void {
  try {
    revalidatePath("/[lang]/mote", "layout");
    revalidatePath("/[lang]/mine-mote", "layout");
    revalidatePath("/[lang]/admin/moter", "layout");
  } catch (error) {
    // Outside a request (scripts, tests) there is no render cache to revalidate.
    if (!String(error).includes("static generation store missing")) throw error;
  }
}

const meetingForAnswer = {
  id: true,
  bodyId: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  cancelledAt: true,
  body: { select: { name: true, nameNb: true } },
} as const;

type MeetingForMail = { id: string; title: string | null; startsAt: Date; endsAt: Date | null; location: string | null; body: { name: string; nameNb: string | null } };

/** The address of a membership's person: the linked user's login address first, else the person's own. */
async function addressOf(tx: Tx, membershipId: string): Promise<{ to: string; name: string } | null> {
  const m = await tx.membership.findUnique({
    where: { id: membershipId },
    select: { person: { select: { givenName: true, familyName: true, email: true, user: { select: { email: true, disabledAt: true } } } } },
  });
  if (!m) return null;
  const to = m.person.user && !m.person.user.disabledAt ? m.person.user.email : m.person.email;
  return to ? { to, name: `${m.person.givenName} ${m.person.familyName}` } : null;
}

function callUpMail(meeting: MeetingForMail, memberName: string, origin: string) {
  const m = getTranslator("nn", "participation.mail");
  const when = formatDateTime("nn", meeting.startsAt, meeting.endsAt);
  const body = localize("nn", meeting.body.name, meeting.body.nameNb);
  return {
    subject: m("callUpSubject", { body, date: formatDateTime("nn", meeting.startsAt, null, "long") }),
    text: m("callUpBody", {
      member: memberName,
      body,
      title: meeting.title ?? body,
      when,
      where: meeting.location ?? "–",
      link: `${origin}${meetingPath(meeting.id)}`,
      ics: `${origin}/api/kalender/mote/${encodeURIComponent(meeting.id)}.ics`,
      mine: `${origin}/mine-mote`,
    }),
  };
}

function releaseMail(meeting: MeetingForMail, memberName: string, origin: string) {
  const m = getTranslator("nn", "participation.mail");
  const body = localize("nn", meeting.body.name, meeting.body.nameNb);
  return {
    subject: m("releaseSubject", { body, date: formatDateTime("nn", meeting.startsAt, null, "long") }),
    text: m("releaseBody", { member: memberName, body, when: formatDateTime("nn", meeting.startsAt, meeting.endsAt), link: `${origin}${meetingPath(meeting.id)}` }),
  };
}

/**
 * A member (or a called-in deputy, or the secretariat on someone's behalf) answers a meeting: coming, or forfall.
 * Forfall of a seat holder calls the personal deputy active on the meeting day (S6) with an e-mail; taking forfall
 * back tells the deputy they are no longer needed. A deputy's forfall leaves the seat uncovered (task list).
 */
export async function answerMeeting(
  input: ResponseInput,
  actor: Actor,
  origin: string,
  now: Date = new Date(),
): Promise<{ ok: true; deputyCalled: boolean } | { ok: false; error: AnswerError }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const result = await prisma.$transaction((tx) => answerIn(tx, input, actor, origin, now));
      if (result.ok) revalidate();
      return result;
    } catch (error) {
      // Two first answers at once: the unique (meeting, membership) refuses the second; read again and retry.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
  return { ok: false, error: "CONFLICT" };
}

async function answerIn(tx: Tx, input: ResponseInput, actor: Actor, origin: string, now: Date): Promise<{ ok: true; deputyCalled: boolean } | { ok: false; error: AnswerError }> {
  const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: meetingForAnswer });
  const membership = await tx.membership.findUnique({
    where: { id: input.membershipId },
    select: { id: true, bodyId: true, personId: true, role: true, principalId: true, termStart: true, termEnd: true, person: { select: { givenName: true, familyName: true } } },
  });
  if (!meeting || !membership || membership.bodyId !== meeting.bodyId) return { ok: false, error: "NOT_FOUND" };
  // Only one's own membership, unless the secretariat answers on someone's behalf.
  if (!actor.onBehalf && membership.personId !== actor.personId) return { ok: false, error: "NOT_FOUND" };
  if (!isActiveOn(membership, dayOf(meeting.startsAt))) return { ok: false, error: "NOT_CALLED" };
  if (!canAnswer(meeting, now)) return { ok: false, error: "CLOSED" };
  const isSeat = SEAT_ROLES.includes(membership.role);
  if (!isSeat) {
    // A personal deputy answers only a meeting they were called in to.
    const called = await tx.meetingResponse.findFirst({ where: { meetingId: meeting.id, deputyId: membership.id, attending: false }, select: { id: true } });
    if (!called) return { ok: false, error: "NOT_CALLED" };
  }
  const attending = input.answer === "coming";
  let deputyId: string | null = null;
  if (isSeat && !attending) {
    const body = await tx.membership.findMany({
      where: { bodyId: meeting.bodyId, principalId: membership.id, role: "PERSONAL_DEPUTY" },
      select: { id: true, personId: true, role: true, principalId: true, termStart: true, termEnd: true },
    });
    deputyId = seatsOn([{ ...membership }, ...body], meeting.startsAt).find((s) => s.seat.id === membership.id)?.deputy?.id ?? null;
  }
  const note = input.note || null;
  const existing = await tx.meetingResponse.findUnique({
    where: { meetingId_membershipId: { meetingId: meeting.id, membershipId: membership.id } },
    select: { id: true, attending: true, deputyId: true, note: true, version: true },
  });
  if (existing && existing.attending === attending && existing.note === note) return { ok: true, deputyCalled: false }; // nothing changed (double click)
  const data = { attending, note, deputyId, reportedById: actor.userId, onBehalf: actor.onBehalf };
  let row: { id: string; version: number };
  if (existing) {
    const updated = await tx.meetingResponse.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) return { ok: false, error: "CONFLICT" };
    row = { id: existing.id, version: existing.version + 1 };
  } else {
    row = await tx.meetingResponse.create({ data: { meetingId: meeting.id, membershipId: membership.id, ...data }, select: { id: true, version: true } });
  }
  const memberName = `${membership.person.givenName} ${membership.person.familyName}`;
  const wasCalled = existing && !existing.attending ? existing.deputyId : null;
  let deputyCalled = false;
  if (deputyId && deputyId !== wasCalled) {
    const address = await addressOf(tx, deputyId);
    if (address) await enqueueMail(tx, { to: address.to, ...callUpMail(meeting, memberName, origin), dedupeKey: `deputy-call-up:${row.id}:${row.version}` });
    deputyCalled = true;
  }
  if (wasCalled && wasCalled !== deputyId) {
    const address = await addressOf(tx, wasCalled);
    if (address) await enqueueMail(tx, { to: address.to, ...releaseMail(meeting, memberName, origin), dedupeKey: `deputy-release:${row.id}:${row.version}` });
  }
  await audit(
    {
      actorId: actor.userId,
      action: actor.onBehalf ? "meeting.answer.on-behalf" : "meeting.answer",
      entityType: "MeetingResponse",
      entityId: row.id,
      before: existing ? { attending: existing.attending, deputyId: existing.deputyId } : null,
      after: { meetingId: meeting.id, membershipId: membership.id, attending, deputyId, onBehalf: actor.onBehalf },
      at: now,
    },
    tx,
  );
  return { ok: true, deputyCalled };
}

/**
 * Saves the attendance register of a meeting (at or after its start): one status per seat of the meeting day.
 * A DEPUTY entry names the seat's personal deputy that day (or the one called in). Stale forms get CONFLICT.
 */
export async function saveAttendance(input: AttendanceInput, actorId: string, now: Date = new Date()): Promise<{ ok: true } | { ok: false; error: AttendanceError }> {
  try {
    return await saveAttendanceOnce(input, actorId, now);
  } catch (error) {
    // Two first saves at once: the register's primary key refuses the second, which then rolls back whole.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, error: "CONFLICT" };
    throw error;
  }
}

async function saveAttendanceOnce(input: AttendanceInput, actorId: string, now: Date): Promise<{ ok: true } | { ok: false; error: AttendanceError }> {
  const result = await prisma.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id: input.meetingId },
      select: { id: true, bodyId: true, startsAt: true, cancelledAt: true, responses: { select: { membershipId: true, deputyId: true } }, attendanceRegister: { select: { version: true } } },
    });
    if (!meeting) return { ok: false as const, error: "NOT_FOUND" as const };
    if (!canRecordAttendance(meeting, now)) return { ok: false as const, error: "NOT_YET" as const };
    const memberships = await tx.membership.findMany({
      where: { bodyId: meeting.bodyId },
      select: { id: true, personId: true, role: true, principalId: true, termStart: true, termEnd: true },
    });
    const seats = seatsOn(memberships, meeting.startsAt);
    const seatIds = new Set(seats.map((s) => s.seat.id));
    if (Object.keys(input.seats).some((id) => !seatIds.has(id))) return { ok: false as const, error: "INVALID_SEAT" as const };
    // Version: 0 = no register yet (the unique meetingId makes a parallel first save fail and roll back).
    const current = meeting.attendanceRegister?.version ?? 0;
    if (current !== input.version) return { ok: false as const, error: "CONFLICT" as const };
    if (current === 0) await tx.attendanceRegister.create({ data: { meetingId: meeting.id, recordedById: actorId } });
    else {
      const updated = await tx.attendanceRegister.updateMany({ where: { meetingId: meeting.id, version: current }, data: { version: { increment: 1 }, recordedById: actorId } });
      if (updated.count !== 1) return { ok: false as const, error: "CONFLICT" as const };
    }
    const rows = [];
    for (const { seat, deputy } of seats) {
      const status = input.seats[seat.id];
      if (!status) continue;
      const called = meeting.responses.find((r) => r.membershipId === seat.id)?.deputyId ?? null;
      const deputyId = called ?? deputy?.id ?? null;
      if (status === "DEPUTY" && !deputyId) return { ok: false as const, error: "INVALID_SEAT" as const };
      rows.push({ meetingId: meeting.id, seatId: seat.id, status, attendeeId: status === "HOLDER" ? seat.id : status === "DEPUTY" ? deputyId : null });
    }
    await tx.meetingAttendance.deleteMany({ where: { meetingId: meeting.id } });
    await tx.meetingAttendance.createMany({ data: rows });
    await audit(
      {
        actorId,
        action: "meeting.attendance",
        entityType: "Meeting",
        entityId: meeting.id,
        after: { present: rows.filter((r) => r.status !== "ABSENT").length, absent: rows.filter((r) => r.status === "ABSENT").length },
        at: now,
      },
      tx,
    );
    return { ok: true as const };
  });
  if (result.ok) revalidate();
  return result;
}

// ──────────────── Personal calendar tokens ────────────────

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new secret calendar address for the user (the old one stops working). Returns the token: shown once. */
export async function renewCalendarToken(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  await prisma.$transaction(async (tx) => {
    await tx.personalCalendar.upsert({ where: { userId }, create: { userId, tokenHash }, update: { tokenHash, createdAt: new Date() } });
    await audit({ actorId: userId, action: "calendar.token.renew", entityType: "PersonalCalendar", entityId: userId }, tx);
  });
  return token;
}

export async function revokeCalendarToken(userId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.personalCalendar.deleteMany({ where: { userId } });
    await audit({ actorId: userId, action: "calendar.token.revoke", entityType: "PersonalCalendar", entityId: userId }, tx);
  });
}
