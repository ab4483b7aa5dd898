// Demo participation (issue 16), relative to the anchor `now`: answers to SSU's next meeting – forfall with the
// personal deputy called in (S6), forfall where the deputy has forfall too (an uncovered seat on the secretariat's
// task list), a user representative and a GP who come – and the attendance registers of SSU's held meetings,
// except the latest one before `now`, which is left for the secretariat (and the e2e journey) to record.
// Deterministic ids; inserted with skipDuplicates, and a register only where none exists, so edits are never undone.
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { BODY } from "./bodies";
import { ids } from "./ids";
import type { SeedData } from "./index";

type Response = { id: string; meetingId: string; membershipId: string; attending: boolean; note: string | null; deputyId: string | null };
type Attendance = { id: string; meetingId: string; seatId: string; status: "HOLDER" | "DEPUTY" | "ABSENT"; attendeeId: string | null };

const ms = (n: number) => ids.membership(BODY.ssu, n);
const vara = (n: number) => ids.deputy(BODY.ssu, n);
/** SSU's permanent seats in the seed (01–14) and the two secretariat observers (15–16). */
const SEATS = Array.from({ length: 16 }, (_, i) => i + 1);
const HAS_DEPUTY = (n: number) => n <= 14;

export function buildParticipation(data: Pick<SeedData, "meetings">, now: Date) {
  const ssu = ids.body(BODY.ssu);
  const meetings = data.meetings.filter((m) => m.bodyId === ssu && !m.cancelledAt).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const next = meetings.find((m) => m.startsAt > now);
  const past = meetings.filter((m) => m.startsAt <= now);
  const responses: Response[] = [];
  if (next) {
    const answer = (n: number, attending: boolean, note: string | null, deputyId: string | null, deputy = false) =>
      responses.push({ id: `seed-resp-${next.id}-${n}${deputy ? "-vara" : ""}`, meetingId: next.id, membershipId: deputy ? vara(n) : ms(n), attending, note, deputyId });
    answer(4, false, "Kommunestyremøte same dag.", vara(4)); // Alver: forfall, the deputy (Osterøy) is called in
    answer(9, false, null, vara(9)); // Haraldsplass: forfall …
    answer(9, false, "På kurs.", null, true); // … and the deputy has forfall too: an uncovered seat (S6)
    answer(11, true, null, null); // the user representative comes
    answer(13, true, null, null); // the GP comes
    answer(6, true, null, null);
  }
  // Registers for every held SSU meeting of the last year except the latest one before `now`.
  const yearAgo = new Date(now.getTime() - 366 * 86_400_000);
  const registered = past.filter((m) => m.startsAt >= yearAgo).slice(0, -1);
  const attendance: Attendance[] = [];
  registered.forEach((meeting, index) => {
    for (const n of SEATS) {
      // One member sent the deputy, one seat stayed empty; which ones turns with the meeting.
      const deputySeat = 2 + (index % 10);
      const emptySeat = 3 + ((index + 5) % 10);
      const status = n === deputySeat && HAS_DEPUTY(n) ? "DEPUTY" : n === emptySeat ? "ABSENT" : "HOLDER";
      attendance.push({
        id: `seed-att-${meeting.id}-${n}`,
        meetingId: meeting.id,
        seatId: ms(n),
        status,
        attendeeId: status === "HOLDER" ? ms(n) : status === "DEPUTY" ? vara(n) : null,
      });
    }
  });
  return { responses, attendance, registers: registered.map((m) => ({ meetingId: m.id, updatedAt: m.startsAt })) };
}

export async function insertParticipation(prisma: PrismaClient, data: SeedData, now: Date, log: (line: string) => void): Promise<void> {
  const built = buildParticipation(data, now);
  const meetingIds = [...new Set([...built.responses.map((r) => r.meetingId), ...built.registers.map((r) => r.meetingId)])];
  const [meetings, memberships, registers] = await Promise.all([
    prisma.meeting.findMany({ where: { id: { in: meetingIds } }, select: { id: true } }),
    prisma.membership.findMany({ where: { bodyId: ids.body(BODY.ssu) }, select: { id: true } }),
    prisma.attendanceRegister.findMany({ where: { meetingId: { in: meetingIds } }, select: { meetingId: true } }),
  ]);
  const meetingOk = new Set(meetings.map((m) => m.id));
  const membershipOk = new Set(memberships.map((m) => m.id));
  const answered = built.responses.filter((r) => meetingOk.has(r.meetingId) && membershipOk.has(r.membershipId) && (!r.deputyId || membershipOk.has(r.deputyId)));
  const { count } = await prisma.meetingResponse.createMany({ data: answered, skipDuplicates: true });
  // A register the secretariat has saved (or an earlier run made) is left exactly as it is.
  const hasRegister = new Set(registers.map((r) => r.meetingId));
  const fresh = built.registers.filter((r) => meetingOk.has(r.meetingId) && !hasRegister.has(r.meetingId));
  const freshIds = new Set(fresh.map((r) => r.meetingId));
  await prisma.attendanceRegister.createMany({ data: fresh, skipDuplicates: true });
  const rows = built.attendance.filter((a) => freshIds.has(a.meetingId) && membershipOk.has(a.seatId) && (!a.attendeeId || membershipOk.has(a.attendeeId)));
  const attendance = await prisma.meetingAttendance.createMany({ data: rows, skipDuplicates: true });
  log(`  MeetingResponse: ${count} new; AttendanceRegister: ${fresh.length} new (${attendance.count} seats)`);
}
