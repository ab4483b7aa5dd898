import "server-only";
// Reads for the minutes workflow: who attended, the prefilled draft, the leader's approval page, the later meetings a
// body may have approved the minutes at, and the published versions a reader may open.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { localize } from "@/lib/i18n";
import { composeMinutesDraft, type MinutesAttendee } from "./compose";
import { inTermOn } from "@/lib/membership/in-term";

type Reader = Pick<Prisma.TransactionClient, "meeting" | "membership" | "attendanceRegister" | "meetingAttendance">;
const collator = new Intl.Collator("nn");
const ROLE_ORDER: Record<MinutesAttendee["role"], number> = { LEADER: 0, DEPUTY_LEADER: 1, MEMBER: 2, DEPUTY: 3 };

/** The Oslo calendar day of an instant, as the UTC midnight the @db.Date columns hold. */
export function osloDay(at: Date): Date {
  return new Date(`${at.toLocaleDateString("sv-SE", { timeZone: "Europe/Oslo" })}T00:00:00Z`);
}

const attendeeSelect = { role: true, person: { select: { givenName: true, familyName: true } }, party: { select: { name: true } } } as const;

/**
 * Who attended the meeting, for the minutes: the saved attendance register when there is one (issue 16 – the holder
 * or the personal deputy who sat in each seat; empty seats left out); before it is saved, the body's members (not
 * deputies) whose term covers the meeting day.
 */
export async function minutesAttendees(meetingId: string, db: Reader = prisma): Promise<MinutesAttendee[]> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { bodyId: true, startsAt: true } });
  if (!meeting) return [];
  if (await db.attendanceRegister.findUnique({ where: { meetingId }, select: { meetingId: true } })) {
    const sat = await db.meetingAttendance.findMany({
      where: { meetingId, status: { not: "ABSENT" } },
      select: { status: true, seat: { select: attendeeSelect }, attendee: { select: attendeeSelect } },
    });
    return sat
      .map((r) => {
        const sitting = r.attendee ?? r.seat;
        const role: MinutesAttendee["role"] = r.status === "DEPUTY" ? "DEPUTY" : r.seat.role === "LEADER" || r.seat.role === "DEPUTY_LEADER" ? r.seat.role : "MEMBER";
        return { name: `${sitting.person.givenName} ${sitting.person.familyName}`, role, party: r.seat.party?.name ?? null };
      })
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || collator.compare(a.name, b.name));
  }
  const day = osloDay(meeting.startsAt);
  const rows = await db.membership.findMany({
    where: { bodyId: meeting.bodyId, role: { not: "PERSONAL_DEPUTY" }, ...inTermOn(day) },
    select: { role: true, person: { select: { givenName: true, familyName: true } }, party: { select: { name: true } } },
  });
  return rows
    .map((r) => ({
      name: `${r.person.givenName} ${r.person.familyName}`,
      role: (r.role === "LEADER" || r.role === "DEPUTY_LEADER" ? r.role : "MEMBER") as MinutesAttendee["role"],
      party: r.party?.name ?? null,
    }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || collator.compare(a.name, b.name));
}

/** The draft the editor starts from when there is none yet: agenda, attendance and decisions. */
export async function minutesPrefill(meetingId: string): Promise<string> {
  const meeting = await prisma.meeting.findUnique({
    where: { id: meetingId },
    select: {
      startsAt: true,
      endsAt: true,
      location: true,
      body: { select: { name: true } },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          title: true,
          caseNumber: { select: { sequence: true, year: true, body: { select: { shortName: true } } } },
          decision: { select: { kind: true, text: true, disagreementNote: true } },
        },
      },
    },
  });
  if (!meeting) return "";
  return composeMinutesDraft({
    bodyName: localize("nn", meeting.body.name, null),
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    attendees: await minutesAttendees(meetingId),
    items: meeting.agendaItems.map((a) => ({
      number: a.caseNumber ? `${a.caseNumber.body.shortName} ${a.caseNumber.sequence}/${a.caseNumber.year}` : null,
      title: a.title,
      decision: a.decision,
    })),
  });
}

/** Whether the user sits as leader (LEADER seat) of the body on the given Oslo day. */
export async function isBodyLeader(db: Pick<Prisma.TransactionClient, "membership">, userId: string, bodyId: string, at: Date): Promise<boolean> {
  const day = osloDay(at);
  const count = await db.membership.count({
    where: { bodyId, role: "LEADER", ...inTermOn(day), person: { user: { id: userId, disabledAt: null } } },
  });
  return count > 0;
}

/** For pages: whether the signed-in user leads the body today. */
export function leadsBody(userId: string, bodyId: string, at: Date = new Date()): Promise<boolean> {
  return isBodyLeader(prisma, userId, bodyId, at);
}

/** The meeting and its newest minutes version, for the leader's approval page. */
export async function getMinutesForApproval(meetingId: string) {
  return prisma.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      bodyId: true,
      status: true,
      startsAt: true,
      cancelledAt: true,
      version: true,
      body: { select: { name: true, nameNb: true } },
      minutes: {
        select: {
          version: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, html: true, approvedAt: true, approvalMethod: true, approvedBy: { select: { name: true } } } },
        },
      },
    },
  });
}

/** Later meetings of the same body that have started: where the body may have approved these minutes. */
export async function getLaterMeetings(meetingId: string, now: Date = new Date()) {
  const meeting = await prisma.meeting.findUnique({ where: { id: meetingId }, select: { bodyId: true, startsAt: true } });
  if (!meeting) return [];
  return prisma.meeting.findMany({
    where: { bodyId: meeting.bodyId, cancelledAt: null, startsAt: { gt: meeting.startsAt, lte: now } },
    orderBy: { startsAt: "asc" },
    take: 6,
    select: { id: true, startsAt: true, title: true },
  });
}

/** The approval record of a minutes version (who/how/when), for the admin page. */
export async function getMinutesApprovals(meetingId: string) {
  return prisma.minutesVersion.findMany({
    where: { minutes: { meetingId }, approvedAt: { not: null } },
    orderBy: { number: "desc" },
    select: { number: true, approvedAt: true, approvalMethod: true, approvedBy: { select: { name: true } }, approvedAtMeeting: { select: { startsAt: true } } },
  });
}

/** The published versions of a meeting's minutes (public: only once the minutes are published). */
export async function getPublishedMinutesVersions(meetingId: string) {
  return prisma.minutesVersion.findMany({
    where: { minutes: { meetingId, meeting: { status: "MINUTES_PUBLISHED" } }, publishedAt: { not: null } },
    orderBy: { number: "desc" },
    select: { number: true, html: true, publishedAt: true, changeNote: true },
  });
}
