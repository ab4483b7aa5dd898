// The secretariat's meeting workflow against a real (embedded or CI) PostgreSQL with the seed: parallel agenda
// additions never share a case number or a position, uploads are checked by content, stale forms get CONFLICT and
// change nothing, drafts stay out of the public page and search until the notice goes out, and published minutes are
// public at once.
import { PDFDocument, StandardFonts } from "@cantoo/pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { MEGABYTE } from "@/lib/uploads/file-check";
import { addCaseItemSchema, createMeetingSchema, uploadDocumentSchema } from "@/lib/meetings/schema";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let mutations: typeof import("@/lib/meetings/mutations");
let data: typeof import("@/lib/meetings/data");
let search: typeof import("@/lib/search/data");
let actor: { id: string; name: string; email: string };
let bodyId: string;
const NOW = new Date("2026-11-22T12:00:00Z");

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  mutations = await import("@/lib/meetings/mutations");
  data = await import("@/lib/meetings/data");
  search = await import("@/lib/search/data");
  actor = await db.prisma.user.findUniqueOrThrow({ where: { email: "sekretariat@saman.example.no" }, select: { id: true, name: true, email: true } });
  bodyId = (await db.prisma.body.findUniqueOrThrow({ where: { slug: "ssu" } })).id;
}, 240_000);

afterAll(async () => {
  await db?.close();
});

async function newMeeting(date = "2027-03-10") {
  const result = await mutations.createMeeting(createMeetingSchema.parse({ bodyId, date, startTime: "10:00", endTime: "14:00", location: "Bergen" }), actor);
  if (!result.ok) throw new Error(result.error);
  return result.meetingId;
}

async function pdf(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText(text, { x: 50, y: 700, font, size: 12 });
  return new Uint8Array(await doc.save());
}

/** Whether an anonymous search for a word finds an entry that points at this meeting. */
async function found(q: string, meetingId: string, kind: "CASE" | "DOCUMENT" | "MINUTES"): Promise<boolean> {
  const result = await search.searchPublic(q, { kind, bodyId: null, year: null }, ANONYMOUS);
  return result.hits.some((h) => h.url === `/mote/${meetingId}`);
}

const meetingVersion = async (id: string) => (await db.prisma.meeting.findUniqueOrThrow({ where: { id } })).version;

describe("agenda builder", () => {
  it("gives 12 cases added at once 12 different consecutive numbers and positions 1–12", async () => {
    const meetingId = await newMeeting("2027-02-10");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => mutations.addCaseItem(addCaseItemSchema.omit({ version: true, seen: true }).parse({ meetingId, title: `Parallell sak ${i}`, description: "Test" }), actor)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = results.map((r) => (r.ok ? r.caseNumber : "")).sort((a, b) => Number(a.split(/[ /]/)[1]) - Number(b.split(/[ /]/)[1]));
    expect(new Set(numbers).size).toBe(12);
    const sequences = numbers.map((n) => Number(n.split(/[ /]/)[1]));
    expect(sequences.at(-1)! - sequences[0]!).toBe(11);
    expect(numbers.every((n) => /^SSU \d+\/2027$/.test(n))).toBe(true);
    // After the body's five standard items (issue 15), the cases take positions 6–17.
    const items = await db.prisma.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } });
    expect(items.map((i) => i.position)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(items.filter((i) => i.kind === "CASE").map((i) => i.position)).toEqual(Array.from({ length: 12 }, (_, i) => i + 6));
    const cases = await db.prisma.case.findMany({ where: { title: { startsWith: "Parallell sak" } } });
    expect(new Set(cases.map((c) => c.reference)).size).toBe(12);
    expect(cases.every((c) => c.status === "SCHEDULED")).toBe(true);
  });

  it("reorders with unique positions and keeps a removed case's number used", async () => {
    const meetingId = await newMeeting("2027-04-10");
    const a = await mutations.addCaseItem({ meetingId, title: "Sak A", titleNb: null, description: "A" }, actor);
    const b = await mutations.addStandingItem({ meetingId, kind: "ORIENTATION", title: "Orientering", titleNb: null }, actor);
    if (!a.ok || !b.ok) throw new Error("setup");
    expect(await mutations.moveItem({ meetingId, itemId: b.agendaItemId, direction: "up" }, actor)).toEqual({ ok: true });
    const order = await db.prisma.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { title: true } });
    expect(order.map((o) => o.title).slice(-2)).toEqual(["Orientering", "Sak A"]);
    const number = await db.prisma.caseNumber.findFirstOrThrow({ where: { agendaItem: { id: a.agendaItemId } } });
    expect(await mutations.removeItem({ meetingId, itemId: a.agendaItemId }, actor)).toEqual({ ok: true });
    expect(await db.prisma.caseNumber.findUnique({ where: { id: number.id } })).not.toBeNull();
    const next = await mutations.addCaseItem({ meetingId, title: "Sak C", titleNb: null, description: "C" }, actor);
    expect(next.ok && next.caseNumber).toBe(`SSU ${number.sequence + 1}/${number.year}`);
  });
});

describe("document upload", () => {
  const form = (meetingId: string) => uploadDocumentSchema.parse({ meetingId, kind: "CASE_PAPER", title: "Saksframlegg", visibility: "PUBLIC" });

  it("refuses an .exe renamed .pdf, and an oversized file, with clear codes and no row written", async () => {
    const meetingId = await newMeeting("2027-05-10");
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, ...new Array(200).fill(0)])], "saksframlegg.pdf", { type: "application/pdf" });
    expect(await mutations.uploadDocument(form(meetingId), exe, actor)).toEqual({ ok: false, error: "FILE_TYPE_NOT_ALLOWED" });
    const big = new File([new Uint8Array(25 * MEGABYTE + 1)], "stor.pdf");
    expect(await mutations.uploadDocument(form(meetingId), big, actor)).toEqual({ ok: false, error: "FILE_TOO_LARGE" });
    expect(await mutations.uploadDocument(form(meetingId), null, actor)).toEqual({ ok: false, error: "FILE_MISSING" });
    expect(await db.prisma.document.count({ where: { meetingId } })).toBe(0);
  });

  it("stores a path-traversal name as a clean display name, extracts the text, and keeps versions", async () => {
    const meetingId = await newMeeting("2027-06-10");
    const first = await mutations.uploadDocument(form(meetingId), new File([await pdf("Legevakt Nordhordland utgreiing")], "../../etc/passwd.pdf"), actor);
    if (!first.ok) throw new Error(first.error);
    const v1 = await db.prisma.documentVersion.findUniqueOrThrow({ where: { id: first.versionId } });
    expect(v1.fileName).toBe("passwd.pdf");
    expect(v1.extractedText).toContain("Legevakt Nordhordland");
    const doc = await db.prisma.document.findUniqueOrThrow({ where: { id: first.documentId } });
    const second = await mutations.uploadDocument(
      uploadDocumentSchema.parse({ meetingId, documentId: doc.id, version: String(doc.version), kind: "CASE_PAPER", title: "Saksframlegg", visibility: "PUBLIC", changeNote: "Retta tal" }),
      new File([await pdf("Andre versjon")], "v2.pdf"),
      actor,
    );
    expect(second.ok && second.number).toBe(2);
    // The same stale form again: someone else's upload came first.
    const stale = await mutations.uploadDocument(
      uploadDocumentSchema.parse({ meetingId, documentId: doc.id, version: String(doc.version), kind: "CASE_PAPER", title: "Overskrive", visibility: "PUBLIC" }),
      new File([await pdf("Tredje")], "v3.pdf"),
      actor,
    );
    expect(stale).toEqual({ ok: false, error: "CONFLICT" });
    expect(await db.prisma.documentVersion.count({ where: { documentId: doc.id } })).toBe(2);
    expect((await db.prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).title).toBe("Saksframlegg");
  });
});

describe("lost updates", () => {
  it("refuses a stale meeting form with CONFLICT and changes nothing", async () => {
    const meetingId = await newMeeting("2027-07-10");
    const version = await meetingVersion(meetingId);
    const base = { meetingId, version, date: "2027-07-10", startTime: "10:00", endTime: null, title: null };
    expect(await mutations.updateMeeting({ ...base, location: "Voss" }, actor)).toEqual({ ok: true });
    expect(await mutations.updateMeeting({ ...base, location: "Knarvik" }, actor)).toEqual({ ok: false, error: "CONFLICT" });
    expect((await db.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).location).toBe("Voss");
  });
});

describe("from draft to published minutes", () => {
  it("keeps the agenda and papers out of the public page and search until the notice, then publishes the minutes at once", async () => {
    const meetingId = await newMeeting("2027-08-10");
    const item = await mutations.addCaseItem({ meetingId, title: "Samhandling om Kvitfjellsaka", titleNb: null, description: "Test" }, actor);
    if (!item.ok) throw new Error(item.error);
    const upload = await mutations.uploadDocument(
      uploadDocumentSchema.parse({ meetingId, agendaItemId: item.agendaItemId, kind: "CASE_PAPER", title: "Saksframlegg Kvitfjell", visibility: "PUBLIC" }),
      new File([await pdf("Kvitfjellrapporten")], "kvitfjell.pdf"),
      actor,
    );
    expect(upload.ok).toBe(true);

    const hidden = await data.getMeetingPage(meetingId, ANONYMOUS);
    expect(hidden?.agenda).toEqual([]);
    expect(hidden?.documents).toEqual([]);
    expect(await found("Kvitfjellsaka", meetingId, "CASE")).toBe(false);
    expect(await found("Kvitfjellrapporten", meetingId, "DOCUMENT")).toBe(false);

    // Illegal steps are refused before the notice (at the meeting's time, so the time guard is not what refuses).
    const during = new Date("2027-08-10T09:00:00Z");
    expect(await mutations.approveMinutes({ meetingId, version: await meetingVersion(meetingId) }, actor, during)).toEqual({ ok: false, error: "ILLEGAL_TRANSITION" });
    expect(await mutations.publishMinutes({ meetingId, version: await meetingVersion(meetingId) }, actor, during)).toEqual({ ok: false, error: "ILLEGAL_TRANSITION" });

    const outboxBefore = await db.prisma.outgoingEmail.count();
    const notice = await mutations.sendNotice({ meetingId, version: await meetingVersion(meetingId) }, actor, { origin: "http://saman.test" });
    expect(notice.ok && notice.recipients).toBeGreaterThan(5);
    expect(await db.prisma.outgoingEmail.count()).toBe(outboxBefore + (notice.ok ? notice.recipients : 0));
    const mail = await db.prisma.outgoingEmail.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain("Samhandling om Kvitfjellsaka");
    expect(mail.text).toContain(`http://saman.test/mote/${meetingId}`);
    const deputyEmail = (await db.prisma.user.findUniqueOrThrow({ where: { email: "vara@saman.example.no" }, select: { person: { select: { email: true } } } })).person?.email;
    if (deputyEmail) expect(await db.prisma.outgoingEmail.count({ where: { to: deputyEmail.toLowerCase(), subject: mail.subject } })).toBe(1);

    const shown = await data.getMeetingPage(meetingId, ANONYMOUS);
    expect(shown?.agenda.map((a) => a.title).slice(-1)).toEqual(["Samhandling om Kvitfjellsaka"]);
    expect(shown?.documents).toHaveLength(1);
    expect(await found("Kvitfjellrapporten", meetingId, "DOCUMENT")).toBe(true);

    const measure = await db.prisma.measure.findFirstOrThrow();
    const decision = await mutations.recordDecision(
      { meetingId, agendaItemId: item.agendaItemId, version: 0, kind: "CONSENSUS", text: "SSU sluttar seg til framlegget.", textNb: null, disagreementNote: null, forwardToSsu: false, measureIds: [measure.id] },
      actor,
      during,
    );
    expect(decision.ok).toBe(true);
    expect((await db.prisma.case.findFirstOrThrow({ where: { title: "Samhandling om Kvitfjellsaka" } })).status).toBe("DECIDED");
    expect(await db.prisma.decisionMeasure.count({ where: { measureId: measure.id, decision: { agendaItemId: item.agendaItemId } } })).toBe(1);

    expect(await mutations.saveMinutesDraft({ meetingId, version: 0, body: "## Referat\n\nKvitfjellreferatet vart godkjent." }, null, actor)).toEqual({ ok: true });
    expect(await mutations.markHeld({ meetingId, version: await meetingVersion(meetingId) }, actor, during)).toEqual({ ok: true });
    expect(await mutations.publishMinutes({ meetingId, version: await meetingVersion(meetingId) }, actor, during)).toEqual({ ok: false, error: "ILLEGAL_TRANSITION" });
    expect(await mutations.approveMinutes({ meetingId, version: await meetingVersion(meetingId) }, actor, during)).toEqual({ ok: true });
    expect(await found("Kvitfjellreferatet", meetingId, "MINUTES")).toBe(false);
    expect((await data.getMeetingPage(meetingId, ANONYMOUS))?.minutes).toBeNull();
    expect(await mutations.publishMinutes({ meetingId, version: await meetingVersion(meetingId) }, actor, during)).toEqual({ ok: true });
    expect((await data.getMeetingPage(meetingId, ANONYMOUS))?.minutes?.html).toContain("Kvitfjellreferatet");
    expect(await found("Kvitfjellreferatet", meetingId, "MINUTES")).toBe(true);
    expect((await data.getLatestPublishedMinutes({ limit: 50 })).some((x) => x.meetingId === meetingId)).toBe(true);

    const minutesVersion = (await db.prisma.minutes.findUniqueOrThrow({ where: { meetingId } })).version;
    const corrected = await mutations.correctMinutes({ meetingId, version: minutesVersion, body: "## Referat\n\nKvitfjellreferatet vart godkjent med retting.", changeNote: "Retta skrivefeil" }, actor);
    expect(corrected.ok && corrected.number).toBe(2);
    const page = await data.getMeetingPage(meetingId, ANONYMOUS);
    expect(page?.minutes).toMatchObject({ number: 2, changeNote: "Retta skrivefeil" });
    expect(page?.minutesVersions.map((v) => [v.number, v.changeNote])).toEqual([[2, "Retta skrivefeil"], [1, null]]);
    // Previous and next (one statement since issue 18 item 2) are the body's nearest meetings that are not cancelled.
    const meeting = await db.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const live = { bodyId: meeting.bodyId, cancelledAt: null };
    const select = { id: true, startsAt: true } as const;
    const previous = await db.prisma.meeting.findFirst({ where: { ...live, startsAt: { lt: meeting.startsAt } }, orderBy: { startsAt: "desc" }, select });
    const next = await db.prisma.meeting.findFirst({ where: { ...live, startsAt: { gt: meeting.startsAt } }, orderBy: { startsAt: "asc" }, select });
    expect(previous).not.toBeNull();
    expect({ previous: page?.previous, next: page?.next }).toEqual({ previous, next });
    expect(await mutations.correctMinutes({ meetingId, version: minutesVersion, body: "x", changeNote: "y" }, actor)).toEqual({ ok: false, error: "CONFLICT" });
  });

  it("forwards a disagreement from an area committee to SSU's inbox", async () => {
    const ou = await db.prisma.body.findFirstOrThrow({ where: { kind: "AREA_COMMITTEE" } });
    const created = await mutations.createMeeting({ bodyId: ou.id, date: "2027-09-01", startTime: "09:00", endTime: null, title: null, location: null }, actor);
    if (!created.ok) throw new Error(created.error);
    const meetingId = created.meetingId;
    const item = await mutations.addCaseItem({ meetingId, title: "Usemje om legevakt", titleNb: null, description: "Test" }, actor);
    if (!item.ok) throw new Error(item.error);
    await mutations.sendNotice({ meetingId, version: await meetingVersion(meetingId) }, actor, { origin: "http://saman.test" });
    const result = await mutations.recordDecision(
      { meetingId, agendaItemId: item.agendaItemId, version: 0, kind: "DISAGREEMENT", text: "Partane er ikkje samde.", textNb: null, disagreementNote: "Kommunane vil ha legevakta lokalt.", forwardToSsu: true, measureIds: [] },
      actor,
      new Date("2027-09-01T08:00:00Z"),
    );
    expect(result.ok).toBe(true);
    const c = await db.prisma.case.findFirstOrThrow({ where: { title: "Usemje om legevakt" }, include: { route: { orderBy: { at: "desc" } } } });
    expect(c.status).toBe("FORWARDED");
    expect(c.currentBodyId).toBe(bodyId);
    expect(c.route[0]).toMatchObject({ fromBodyId: ou.id, toBodyId: bodyId });
  });
});
