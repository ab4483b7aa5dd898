// One decision mutation behind two screens: the meeting admin (agenda item of a meeting) and the case desk (the
// case's agenda item). The same decision from either entry point must leave the same rows – decision, measure
// links, case status and history, route – and send the submitter the same status mail; a stale form gets CONFLICT
// from both, also when the other screen made the change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { DEMO_USERS, ids } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let service: typeof import("@/lib/cases/service");
let meetings: typeof import("@/lib/meetings/mutations");
let actor: { id: string; name: string; email: string };
let measureId: string;
let meetingId: string;
const NOW = new Date("2026-11-22T12:00:00Z");
/** An hour into the meeting (2027-05-05 10:00 Oslo): decisions presume the meeting has started (issue 15 item 3). */
const AFTER = new Date("2027-05-05T09:00:00Z");
const ASKOY = ids.party("askoy");
const SSU = ids.body("ssu");
const OU = ids.body("omradeutval-bergen");

const partner: Viewer = { userId: DEMO_USERS.partner.id, roles: ["PARTNER_CONTACT"], memberBodyIds: [], partyId: ASKOY };
const staff: Viewer = { userId: DEMO_USERS.secretariat.id, roles: ["SECRETARIAT"], memberBodyIds: [], partyId: null };

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  delete process.env.SMTP_URL;
  service = await import("@/lib/cases/service");
  meetings = await import("@/lib/meetings/mutations");
  actor = await db.prisma.user.findUniqueOrThrow({ where: { id: DEMO_USERS.secretariat.id }, select: { id: true, name: true, email: true } });
  measureId = (await db.prisma.measure.findFirstOrThrow({ orderBy: { code: "asc" } })).id;
  // An area committee meeting whose notice has gone out: both screens may record decisions on it.
  const created = await meetings.createMeeting({ bodyId: OU, date: "2027-05-05", startTime: "10:00", endTime: null, title: null, location: null }, actor);
  if (!created.ok) throw new Error(created.error);
  meetingId = created.meetingId;
}, 240_000);

afterAll(async () => {
  await db?.close();
});

function formData(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) fd.append(name, v);
  return fd;
}

const caseVersion = async (id: string) => (await db.prisma.case.findUniqueOrThrow({ where: { id } })).version;
// Scheduling happens before the meeting (today); deciding during it (AFTER).
const move = (fields: Record<string, string | string[]>, now = fields.move === "schedule" ? new Date() : AFTER) =>
  service.handleMove(staff, formData(fields), { ip: "10.9.0.1", now, ssuBodyId: SSU });

let seq = 0;
/** A partner's case for the area committee, scheduled on the meeting by the desk (case number, agenda item). */
async function scheduledCase(): Promise<{ id: string; reference: string; email: string; agendaItemId: string }> {
  seq += 1;
  const email = `decision-${seq}@askoy.example.no`;
  const submitted = await service.handleSubmission(
    partner,
    formData({
      idempotencyKey: `decision-test-key-${String(seq).padStart(4, "0")}-abcdef`,
      targetBodyId: OU,
      title: "Felles rutine for legevakt",
      description: "Kommunane og sjukehuset treng ein felles rutine for legevakt om natta.",
      partyId: ASKOY,
      contactName: "Kari Kontakt",
      contactEmail: email,
      priorityGroups: ["FRAIL_ELDERLY"],
      noPatientData: "on",
      lang: "nn",
    }),
    { ip: `10.9.1.${seq}`, now: new Date() },
  );
  if (!submitted.ok) throw new Error(submitted.error);
  const scheduled = await move({ caseId: submitted.caseId, version: String(await caseVersion(submitted.caseId)), move: "schedule", meetingId });
  if (!scheduled.ok) throw new Error(scheduled.error);
  const item = await db.prisma.agendaItem.findFirstOrThrow({ where: { caseNumber: { caseId: submitted.caseId } } });
  return { id: submitted.caseId, reference: submitted.reference, email, agendaItemId: item.id };
}

/** What a user can notice of a decided case, with the case's own identity taken out so two cases compare. */
async function outcome(c: { id: string; reference: string; email: string }) {
  const row = await db.prisma.case.findUniqueOrThrow({
    where: { id: c.id },
    include: {
      statusHistory: { orderBy: { at: "asc" } },
      route: { orderBy: { at: "asc" } },
      decisions: { include: { measures: true } },
    },
  });
  const mails = await db.prisma.outgoingEmail.findMany({ where: { to: c.email }, orderBy: { createdAt: "asc" } });
  const last = mails.at(-1)!;
  return {
    status: row.status,
    currentBodyId: row.currentBodyId,
    history: row.statusHistory.map((h) => [h.from, h.to, h.note]),
    route: row.route.map((r) => [r.fromBodyId, r.toBodyId, r.reason]),
    decisions: row.decisions.map((d) => ({
      kind: d.kind,
      text: d.text,
      disagreementNote: d.disagreementNote,
      forwardedToBodyId: d.forwardedToBodyId,
      measures: d.measures.map((m) => m.measureId),
    })),
    mails: mails.length,
    // Each status mail carries a private status link of its own (a random token): compared as TOKEN.
    lastMail: { subject: last.subject.replace(c.reference, "REF"), text: last.text.replace(c.reference, "REF").replace(c.id, "ID").replace(/\/sak\/status\/[A-Za-z0-9_-]+/, "/sak/status/TOKEN") },
  };
}

describe("one decision mutation for the meeting admin and the case desk", () => {
  beforeAll(async () => {
    const notice = await meetings.sendNotice({ meetingId, version: (await db.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).version }, actor, { origin: "http://saman.test" });
    if (!notice.ok) throw new Error(notice.error);
  });

  it("records a consensus decision with a measure the same way from both screens", async () => {
    const [fromMeeting, fromDesk] = [await scheduledCase(), await scheduledCase()];
    const text = "Utvalet sluttar seg til rutinen.";
    const viaMeeting = await meetings.recordDecision(
      { meetingId, agendaItemId: fromMeeting.agendaItemId, version: 0, kind: "CONSENSUS", text, textNb: null, disagreementNote: null, forwardToSsu: false, measureIds: [measureId] },
      actor,
      AFTER,
    );
    expect(viaMeeting.ok).toBe(true);
    const viaDesk = await move({ caseId: fromDesk.id, version: String(await caseVersion(fromDesk.id)), move: "decide", decisionText: text, measureIds: [measureId] });
    expect(viaDesk).toEqual({ ok: true, version: await caseVersion(fromDesk.id) });

    const a = await outcome(fromMeeting);
    expect(a).toEqual(await outcome(fromDesk));
    expect(a).toMatchObject({ status: "DECIDED", currentBodyId: OU, decisions: [{ kind: "CONSENSUS", measures: [measureId] }] });
    expect(a.history.map(([, to]) => to)).toEqual(["RECEIVED", "SCHEDULED", "DECIDED"]);
    // Receipt, scheduled, decided – the submitter hears of the decision whichever screen recorded it.
    expect(a.mails).toBe(3);
    expect(a.lastMail.subject).toContain("REF");
    expect(a.lastMail.text).toContain(text);
  });

  it("records a disagreement forwarded to SSU the same way from both screens (G6)", async () => {
    const [fromMeeting, fromDesk] = [await scheduledCase(), await scheduledCase()];
    const text = "Partane er ikkje samde.";
    const note = "Kommunane vil ha legevakta lokalt.";
    const viaMeeting = await meetings.recordDecision(
      { meetingId, agendaItemId: fromMeeting.agendaItemId, version: 0, kind: "DISAGREEMENT", text, textNb: null, disagreementNote: note, forwardToSsu: true, measureIds: [] },
      actor,
      AFTER,
    );
    expect(viaMeeting.ok).toBe(true);
    expect(await move({ caseId: fromDesk.id, version: String(await caseVersion(fromDesk.id)), move: "disagree", decisionText: text, reason: note })).toMatchObject({ ok: true });

    const a = await outcome(fromMeeting);
    expect(a).toEqual(await outcome(fromDesk));
    expect(a).toMatchObject({ status: "FORWARDED", currentBodyId: SSU, decisions: [{ kind: "DISAGREEMENT", disagreementNote: note, forwardedToBodyId: SSU }] });
    expect(a.history.map(([, to]) => to)).toEqual(["RECEIVED", "SCHEDULED", "DISAGREEMENT", "FORWARDED"]);
    expect(a.route).toEqual([
      [null, OU, null],
      [OU, SSU, note],
    ]);
  });

  it("gives a stale form CONFLICT from both screens, also when the other screen made the change, and writes nothing", async () => {
    // The desk's form was opened, then the meeting admin recorded the decision: the desk's save is refused.
    const first = await scheduledCase();
    const deskSaw = String(await caseVersion(first.id));
    const recorded = await meetings.recordDecision(
      { meetingId, agendaItemId: first.agendaItemId, version: 0, kind: "CONSENSUS", text: "Vedteke i møtet.", textNb: null, disagreementNote: null, forwardToSsu: false, measureIds: [] },
      actor,
      AFTER,
    );
    expect(recorded.ok).toBe(true);
    expect(await move({ caseId: first.id, version: deskSaw, move: "disagree", decisionText: "For seint.", reason: "x" })).toEqual({ ok: false, error: "CONFLICT" });
    // The meeting admin's form still shows "no decision" (version 0): refused too.
    expect(
      await meetings.recordDecision(
        { meetingId, agendaItemId: first.agendaItemId, version: 0, kind: "DISAGREEMENT", text: "Eldre skjema.", textNb: null, disagreementNote: "x", forwardToSsu: false, measureIds: [] },
        actor,
        AFTER,
      ),
    ).toEqual({ ok: false, error: "CONFLICT" });

    // The meeting admin's form was opened, then the desk recorded the decision: the meeting admin's save is refused.
    const second = await scheduledCase();
    expect(await move({ caseId: second.id, version: String(await caseVersion(second.id)), move: "decide", decisionText: "Vedteke på skrivebordet." })).toMatchObject({ ok: true });
    expect(
      await meetings.recordDecision(
        { meetingId, agendaItemId: second.agendaItemId, version: 0, kind: "CONSENSUS", text: "Eldre skjema.", textNb: null, disagreementNote: null, forwardToSsu: false, measureIds: [] },
        actor,
        AFTER,
      ),
    ).toEqual({ ok: false, error: "CONFLICT" });
    // A plain stale desk version on a scheduled case.
    const third = await scheduledCase();
    expect(await move({ caseId: third.id, version: String((await caseVersion(third.id)) - 1), move: "decide", decisionText: "x" })).toEqual({ ok: false, error: "CONFLICT" });

    for (const [c, text] of [
      [first, "Vedteke i møtet."],
      [second, "Vedteke på skrivebordet."],
    ] as const) {
      const row = await db.prisma.case.findUniqueOrThrow({ where: { id: c.id }, include: { decisions: true } });
      expect(row.status).toBe("DECIDED");
      expect(row.decisions.map((d) => [d.kind, d.text])).toEqual([["CONSENSUS", text]]);
    }
    const untouched = await db.prisma.case.findUniqueOrThrow({ where: { id: third.id }, include: { decisions: true } });
    expect(untouched).toMatchObject({ status: "SCHEDULED", decisions: [] });
  });

  it("lets the meeting admin correct the text of a recorded decision without moving the case again", async () => {
    const c = await scheduledCase();
    const first = await move({ caseId: c.id, version: String(await caseVersion(c.id)), move: "decide", decisionText: "Vedteke med skrivefeil." });
    expect(first).toMatchObject({ ok: true });
    const decision = await db.prisma.decision.findFirstOrThrow({ where: { caseId: c.id } });
    const corrected = await meetings.recordDecision(
      { meetingId, agendaItemId: c.agendaItemId, version: decision.version, kind: "CONSENSUS", text: "Vedteke utan skrivefeil.", textNb: null, disagreementNote: null, forwardToSsu: false, measureIds: [measureId] },
      actor,
      AFTER,
    );
    expect(corrected.ok).toBe(true);
    const row = await db.prisma.case.findUniqueOrThrow({ where: { id: c.id }, include: { statusHistory: true, decisions: { include: { measures: true } } } });
    expect(row.statusHistory.map((h) => h.to).filter((to) => to === "DECIDED")).toHaveLength(1);
    expect(row.decisions).toMatchObject([{ text: "Vedteke utan skrivefeil.", measures: [{ measureId }] }]);
  });

  it("refuses a decision before the meeting has started from both screens, naming the start, and writes nothing (issue 15)", async () => {
    const [fromMeeting, fromDesk] = [await scheduledCase(), await scheduledCase()];
    const before = new Date("2027-05-05T07:59:00Z"); // 09:59 in Oslo, a minute before the start
    const viaMeeting = await meetings.recordDecision(
      { meetingId, agendaItemId: fromMeeting.agendaItemId, version: 0, kind: "CONSENSUS", text: "For tidleg.", textNb: null, disagreementNote: null, forwardToSsu: false, measureIds: [] },
      actor,
      before,
    );
    expect(viaMeeting).toEqual({ ok: false, error: "BEFORE_START", detail: { step: "decision", startsAt: new Date("2027-05-05T08:00:00Z") } });
    const viaDesk = await move({ caseId: fromDesk.id, version: String(await caseVersion(fromDesk.id)), move: "decide", decisionText: "For tidleg." }, before);
    expect(viaDesk).toEqual({ ok: false, error: "BEFORE_START" });
    for (const c of [fromMeeting, fromDesk]) {
      expect(await db.prisma.case.findUniqueOrThrow({ where: { id: c.id }, include: { decisions: true } })).toMatchObject({ status: "SCHEDULED", decisions: [] });
    }
  });

  it("gives every status mail a private status link that opens the case for its recipient, account or not (issue 14.5)", async () => {
    // This file submits more cases than a contact may in an hour: start this one with a fresh window.
    await db.prisma.rateLimitHit.deleteMany({});
    const c = await scheduledCase();
    const mails = await db.prisma.outgoingEmail.findMany({ where: { to: c.email }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining(c.reference), expect.stringContaining(c.reference)]);
    const statusMail = mails[1]!;
    const token = /\/sak\/status\/([A-Za-z0-9_-]{20,})/.exec(statusMail.text)?.[1];
    expect(token).toBeDefined();
    // The signed-in page is offered too, for the party's partner contacts.
    expect(statusMail.text).toContain(`/mine-saker/${c.id}`);
    const data = await import("@/lib/cases/data");
    expect(await data.caseByStatusToken(token!)).toMatchObject({ reference: c.reference });
    // Only the hash is stored; a token that was never mailed opens nothing.
    expect(await db.prisma.caseStatusLink.count({ where: { tokenHash: token } })).toBe(0);
    expect(await data.caseByStatusToken("x".repeat(43))).toBeNull();
  });
});
