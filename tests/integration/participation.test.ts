// Meeting participation (issue 16) against a real migrated database with the seed: forfall calls the personal deputy
// (S6) with an e-mail written in the same transaction, exactly once; the deputy then has the meeting and its papers;
// a deputy's forfall, or none, leaves the seat uncovered for the secretariat; answers close at the start; the
// attendance register is kept from the start, under a version, and lists who sat where; the personal calendar is
// valid iCalendar (parsed by ical.js) behind a hashed, revocable token.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { DEMO_USERS, ids, seed } from "@/prisma/seed";
import { mulberry32, randomNationalId } from "../helpers/national-id-fuzz";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let mutations: typeof import("@/lib/participation/mutations");
let data: typeof import("@/lib/participation/data");
let personMeetings: typeof import("@/lib/participation/person-meetings/data");
let schema: typeof import("@/lib/participation/schema");

const NOW = new Date("2026-11-22T12:00:00Z");
const NEXT = "seed-mtg-ssu-2026-12-03"; // SSU's next meeting after NOW (notice sent, members' papers)
const LAST_HELD = "seed-mtg-ssu-2026-09-03"; // the latest SSU meeting before NOW: no register seeded
const SEAT = ids.membership("ssu", 2); // the demo member's seat
const DEPUTY = ids.deputy("ssu", 2); // the demo deputy
const BEFORE_START = new Date("2026-12-01T12:00:00Z");
let member: { userId: string; personId: string | null; onBehalf: false };
let deputy: { userId: string; personId: string | null; onBehalf: false };
let secretariat: string;

const answer = (overrides: Partial<{ meetingId: string; membershipId: string; answer: "coming" | "absent"; note: string }> = {}) =>
  schema.responseSchema.parse({ meetingId: NEXT, membershipId: SEAT, answer: "absent", note: "", ...overrides });
/** The meeting page's one-query read of a person's part (issue 18 item 2) agrees with the list it replaced there. */
async function partInMeeting(personId: string, meetingId: string, now: Date) {
  const part = await personMeetings.getMyPartInMeeting(personId, meetingId, now);
  expect(part).toEqual((await personMeetings.getPersonMeetings(personId, now)).find((m) => m.id === meetingId) ?? null);
  return part;
}
const mailsTo = (to: string) => db.prisma.outgoingEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  mutations = await import("@/lib/participation/mutations");
  data = await import("@/lib/participation/data");
  personMeetings = await import("@/lib/participation/person-meetings/data");
  schema = await import("@/lib/participation/schema");
  const person = async (id: string) => (await db.prisma.user.findUniqueOrThrow({ where: { id } })).personId;
  member = { userId: DEMO_USERS.member.id, personId: await person(DEMO_USERS.member.id), onBehalf: false };
  deputy = { userId: DEMO_USERS.deputy.id, personId: await person(DEMO_USERS.deputy.id), onBehalf: false };
  secretariat = DEMO_USERS.secretariat.id;
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("seed", () => {
  it("links the user and GP representatives' demo accounts to SSU's USER_MUNICIPAL and GP seats", async () => {
    for (const [user, seat] of [
      [DEMO_USERS.userRep.id, "USER_MUNICIPAL"],
      [DEMO_USERS.gp.id, "GP"],
    ] as const) {
      const u = await db.prisma.user.findUniqueOrThrow({ where: { id: user }, select: { person: { select: { memberships: { select: { seat: true, role: true } } } } } });
      expect(u.person?.memberships).toContainEqual({ seat, role: "MEMBER" });
    }
  });

  it("seeds forfall for the next SSU meeting, one seat uncovered, and registers of earlier held meetings but not the latest", async () => {
    const next = await data.getMeetingParticipation(NEXT);
    const state = (n: number) => next!.seats.find((s) => s.seat.membershipId === ids.membership("ssu", n))!.state;
    expect([state(4), state(9), state(11), state(13), state(2)]).toEqual(["deputy", "absent", "member", "member", "unanswered"]);
    const uncovered = await data.getUncoveredSeats(NOW);
    expect(uncovered.map((u) => u.meetingId)).toEqual([NEXT]);
    expect(await db.prisma.attendanceRegister.findUnique({ where: { meetingId: LAST_HELD } })).toBeNull();
    expect(await db.prisma.attendanceRegister.count({ where: { meeting: { bodyId: ids.body("ssu") } } })).toBeGreaterThan(0);
  });

  it("is idempotent: a second run adds no answers and no registers", async () => {
    const before = [await db.prisma.meetingResponse.count(), await db.prisma.meetingAttendance.count()];
    await seed(db.prisma, { now: NOW });
    expect([await db.prisma.meetingResponse.count(), await db.prisma.meetingAttendance.count()]).toEqual(before);
  });
});

describe("forfall and the deputy call-up (S6)", () => {
  it("refuses a national identity number in the note", () => {
    const parsed = schema.responseSchema.safeParse({ meetingId: NEXT, membershipId: SEAT, answer: "absent", note: `Sjå ${randomNationalId(mulberry32(7))}` });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(schema.fieldErrors(parsed.error)).toEqual({ note: "nationalId" });
  });

  it("calls the personal deputy once: the mail is in the outbox, a double submit adds nothing", async () => {
    const first = await mutations.answerMeeting(answer({ note: "Sjukdom i familien" }), member, "https://saman.example.no", BEFORE_START);
    const again = await mutations.answerMeeting(answer({ note: "Sjukdom i familien" }), member, "https://saman.example.no", BEFORE_START);
    expect(first).toEqual({ ok: true, deputyCalled: true });
    expect(again).toEqual({ ok: true, deputyCalled: false });
    const mails = await mailsTo(DEMO_USERS.deputy.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/kalla inn som vara/);
    expect(mails[0]!.text).toContain(`https://saman.example.no/mote/${NEXT}`);
    expect(mails[0]!.text).toContain(`https://saman.example.no/api/kalender/mote/${NEXT}.ics`);
    const row = await db.prisma.meetingResponse.findUniqueOrThrow({ where: { meetingId_membershipId: { meetingId: NEXT, membershipId: SEAT } } });
    expect(row).toMatchObject({ attending: false, deputyId: DEPUTY, note: "Sjukdom i familien", reportedById: member.userId, onBehalf: false });
    expect(await db.prisma.auditEntry.count({ where: { action: "meeting.answer", entityId: row.id } })).toBe(1);
    expect(await partInMeeting(member.personId!, NEXT, BEFORE_START)).toMatchObject({ as: "member", membershipId: SEAT, answer: { attending: false, note: "Sjukdom i familien" } });
  });

  it("shows the meeting to the deputy, who may read its members' papers (S6)", async () => {
    const mine = await personMeetings.getPersonMeetings(deputy.personId!, BEFORE_START);
    expect(mine.find((m) => m.id === NEXT)).toMatchObject({ as: "deputy", membershipId: DEPUTY, canAnswer: true });
    expect(await partInMeeting(deputy.personId!, NEXT, BEFORE_START)).toMatchObject({ as: "deputy", membershipId: DEPUTY, forName: expect.any(String), answer: null });
    const auth = await import("@/lib/auth/data");
    const { createSession } = await import("@/lib/auth/mutations");
    const viewer = (await auth.loadSession(await createSession(deputy.userId, BEFORE_START), BEFORE_START)).viewer;
    const papers = await db.prisma.document.findMany({ where: { meetingId: NEXT, visibility: "BODY_MEMBERS" }, select: { visibility: true, bodyId: true, publicFrom: true } });
    expect(papers.length).toBeGreaterThan(0);
    for (const paper of papers) expect(can(viewer, "document.read", paper, BEFORE_START)).toBe(true);
    // "Møte du er kalla inn til" lists them readable, read with the meetings in the same query (issue 18 item 2).
    const listed = (await personMeetings.getPersonMeetingsWithPapers(deputy.personId!, viewer, BEFORE_START)).papers.get(NEXT)!;
    expect(listed.map((d) => d.id).sort()).toEqual(
      (await db.prisma.document.findMany({ where: { meetingId: NEXT, kind: { not: "MINUTES" } }, select: { id: true } })).map((d) => d.id).sort(),
    );
    expect(listed.filter((d) => d.readable && d.restricted).length).toBe(papers.length);
  });

  it("tells the secretariat when the deputy has forfall too", async () => {
    const before = (await data.getUncoveredSeats(BEFORE_START)).length;
    expect(await mutations.answerMeeting(answer({ membershipId: DEPUTY }), deputy, "https://saman.example.no", BEFORE_START)).toEqual({ ok: true, deputyCalled: false });
    const after = await data.getUncoveredSeats(BEFORE_START);
    expect(after).toHaveLength(before + 1);
    const seat = (await data.getMeetingParticipation(NEXT))!.seats.find((s) => s.seat.membershipId === SEAT)!;
    expect(seat.state).toBe("absent");
  });

  it("releases the deputy with a mail when the member can come after all", async () => {
    expect(await mutations.answerMeeting(answer({ answer: "coming" }), member, "https://saman.example.no", BEFORE_START)).toMatchObject({ ok: true });
    const mails = await mailsTo(DEMO_USERS.deputy.email);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/kalla inn som vara/), expect.stringMatching(/treng ikkje møte/)]);
    expect((await personMeetings.getPersonMeetings(deputy.personId!, BEFORE_START)).some((m) => m.id === NEXT)).toBe(false);
    expect(await partInMeeting(deputy.personId!, NEXT, BEFORE_START)).toBeNull();
    expect(await partInMeeting(member.personId!, NEXT, BEFORE_START)).toMatchObject({ as: "member", answer: { attending: true } });
    expect(await personMeetings.getMyPartInMeeting(member.personId!, "no-such-meeting", BEFORE_START)).toBeNull();
  });

  it("refuses someone else's seat, an uncalled deputy, and any answer after the start", async () => {
    expect(await mutations.answerMeeting(answer({ membershipId: ids.membership("ssu", 3) }), member, "x:", BEFORE_START)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await mutations.answerMeeting(answer({ membershipId: DEPUTY }), deputy, "x:", BEFORE_START)).toEqual({ ok: false, error: "NOT_CALLED" });
    expect(await mutations.answerMeeting(answer(), member, "x:", new Date("2026-12-03T09:00:00Z"))).toEqual({ ok: false, error: "CLOSED" });
  });

  it("lets the secretariat answer on a member's behalf, audited as such", async () => {
    const result = await mutations.answerMeeting(answer({ membershipId: ids.membership("ssu", 5) }), { userId: secretariat, personId: null, onBehalf: true }, "x:", BEFORE_START);
    expect(result).toEqual({ ok: true, deputyCalled: true });
    const row = await db.prisma.meetingResponse.findUniqueOrThrow({ where: { meetingId_membershipId: { meetingId: NEXT, membershipId: ids.membership("ssu", 5) } } });
    expect(row).toMatchObject({ onBehalf: true, reportedById: secretariat, deputyId: ids.deputy("ssu", 5) });
    expect(await db.prisma.auditEntry.count({ where: { action: "meeting.answer.on-behalf", actorId: secretariat, entityId: row.id } })).toBe(1);
  });
});

describe("attendance register", () => {
  const AFTER = new Date("2026-11-22T12:00:00Z");
  it("is closed before the start", async () => {
    const input = schema.attendanceSchema.parse({ meetingId: NEXT, version: 0, seats: {} });
    expect(await mutations.saveAttendance(input, secretariat, BEFORE_START)).toEqual({ ok: false, error: "NOT_YET" });
  });

  it("records who sat in which seat, lists it for the minutes, shows unfilled seats, and refuses a stale form", async () => {
    const seats = (await data.getMeetingParticipation(LAST_HELD))!.seats;
    const status: Record<string, "HOLDER" | "DEPUTY" | "ABSENT"> = {};
    for (const s of seats) status[s.seat.membershipId] = "HOLDER";
    status[SEAT] = "DEPUTY";
    status[ids.membership("ssu", 3)] = "ABSENT";
    const input = schema.attendanceSchema.parse({ meetingId: LAST_HELD, version: 0, seats: status });
    expect(await mutations.saveAttendance(input, secretariat, AFTER)).toEqual({ ok: true });
    expect(await mutations.saveAttendance(input, secretariat, AFTER)).toEqual({ ok: false, error: "CONFLICT" });
    const list = await data.listAttendance(LAST_HELD);
    expect(list).toHaveLength(seats.length);
    const deputyPerson = await db.prisma.membership.findUniqueOrThrow({ where: { id: DEPUTY }, select: { person: true } });
    expect(list).toContainEqual(expect.objectContaining({ status: "DEPUTY", name: `${deputyPerson.person.givenName} ${deputyPerson.person.familyName}` }));
    const after = await data.getMeetingParticipation(LAST_HELD);
    expect(after!.registerVersion).toBe(1);
    expect(after!.seats.filter((s) => s.attendance?.status === "ABSENT").map((s) => s.seat.membershipId)).toEqual([ids.membership("ssu", 3)]);
    // The minutes list who sat there: the deputy (as deputy), not the member they replaced, and not the empty seat.
    const { minutesAttendees } = await import("@/lib/meetings/minutes/data");
    const attendees = await minutesAttendees(LAST_HELD);
    const seatPerson = async (id: string) => {
      const p = (await db.prisma.membership.findUniqueOrThrow({ where: { id }, select: { person: true } })).person;
      return `${p.givenName} ${p.familyName}`;
    };
    expect(attendees).toHaveLength(seats.length - 1);
    expect(attendees).toContainEqual(expect.objectContaining({ role: "DEPUTY", name: `${deputyPerson.person.givenName} ${deputyPerson.person.familyName}` }));
    expect(attendees.map((a) => a.name)).not.toContain(await seatPerson(SEAT));
    expect(attendees.map((a) => a.name)).not.toContain(await seatPerson(ids.membership("ssu", 3)));
  });

  it("refuses a seat that is not the body's on that day, and a deputy where there is none", async () => {
    const foreign = schema.attendanceSchema.parse({ meetingId: LAST_HELD, version: 1, seats: { [ids.membership("omradeutval-bergen", 1)]: "HOLDER" } });
    expect(await mutations.saveAttendance(foreign, secretariat, AFTER)).toEqual({ ok: false, error: "INVALID_SEAT" });
    const observer = schema.attendanceSchema.parse({ meetingId: LAST_HELD, version: 1, seats: { [ids.membership("ssu", 15)]: "DEPUTY" } });
    expect(await mutations.saveAttendance(observer, secretariat, AFTER)).toEqual({ ok: false, error: "INVALID_SEAT" });
  });
});

describe("personal calendar (RFC 5545)", () => {
  it("serves the person's meetings behind a hashed token, parsed by ical.js, and 404 after revoking", async () => {
    const token = await mutations.renewCalendarToken(member.userId);
    expect(token.length).toBeGreaterThanOrEqual(43);
    const stored = await db.prisma.personalCalendar.findUniqueOrThrow({ where: { userId: member.userId } });
    expect(stored.tokenHash).toBe(mutations.hashToken(token));
    expect(stored.tokenHash).not.toContain(token);
    const { GET } = await import("@/app/api/kalender/personleg/[file]/route");
    const get = (t: string) => GET(new Request(`https://saman.example.no/api/kalender/personleg/${t}.ics`), { params: Promise.resolve({ file: `${t}.ics` }) });
    const response = await get(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Oslo");
    const events = calendar.getAllSubcomponents("vevent");
    const next = events.find((e) => String(e.getFirstPropertyValue("uid")).startsWith(`${NEXT}@`));
    expect(next).toBeDefined();
    expect(Number(next!.getFirstPropertyValue("sequence"))).toBeGreaterThanOrEqual(0);
    expect(next!.getFirstPropertyValue("url")).toBe(`https://saman.example.no/mote/${NEXT}`);
    expect(next!.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Oslo");
    // Renewing replaces the address; revoking ends it.
    const renewed = await mutations.renewCalendarToken(member.userId);
    expect((await get(token)).status).toBe(404);
    expect((await get(renewed)).status).toBe(200);
    await mutations.revokeCalendarToken(member.userId);
    expect((await get(renewed)).status).toBe(404);
  });

  it("raises SEQUENCE and says CANCELLED when a meeting is cancelled", async () => {
    const token = await mutations.renewCalendarToken(member.userId);
    const { GET } = await import("@/app/api/kalender/personleg/[file]/route");
    const event = async () => {
      const res = await GET(new Request(`https://saman.example.no/api/kalender/personleg/${token}.ics`), { params: Promise.resolve({ file: `${token}.ics` }) });
      const cal = new ICAL.Component(ICAL.parse(await res.text()));
      return cal.getAllSubcomponents("vevent").find((e) => String(e.getFirstPropertyValue("uid")).startsWith("seed-mtg-ssu-2027-02-04@"))!;
    };
    const before = await event();
    expect(before.getFirstPropertyValue("status")).toBe("CONFIRMED");
    await db.prisma.meeting.update({ where: { id: "seed-mtg-ssu-2027-02-04" }, data: { cancelledAt: NOW, cancellationReason: "Test", version: { increment: 1 } } });
    const after = await event();
    expect(after.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(Number(after.getFirstPropertyValue("sequence"))).toBe(Number(before.getFirstPropertyValue("sequence")) + 1);
  });
});
