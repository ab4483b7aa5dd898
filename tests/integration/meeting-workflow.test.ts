// Issue 15 against a real (embedded or CI) PostgreSQL with the seed: the notice is previewed and sent once (one
// outbox row per recipient, in the status change's transaction; a double click sends nothing more); a paper is
// corrected or withdrawn (search follows at once); an upload that fails midway leaves nothing; the minutes draft is
// written from the meeting and approved by the leader or the body, recorded; and the combined meeting document is
// one PDF with a table of contents, bookmarks, running page numbers and the Sámi letters in its text layer.
import { PDFDocument, StandardFonts } from "@cantoo/pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { addCaseItemSchema, createMeetingSchema, uploadDocumentSchema } from "@/lib/meetings/schema";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let mutations: typeof import("@/lib/meetings/mutations");
let notice: typeof import("@/lib/meetings/notice/data");
let compose: typeof import("@/lib/meetings/notice/compose");
let bundle: typeof import("@/lib/meetings/bundle/data");
let minutes: typeof import("@/lib/meetings/minutes/data");
let data: typeof import("@/lib/meetings/data");
let search: typeof import("@/lib/search/data");
let actor: { id: string; name: string; email: string };
let ssu: string;
const NOW = new Date("2026-11-22T12:00:00Z");
const ORIGIN = "http://saman.test";
const SAMI = "á č đ ŋ š ŧ ž";

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  mutations = await import("@/lib/meetings/mutations");
  notice = await import("@/lib/meetings/notice/data");
  compose = await import("@/lib/meetings/notice/compose");
  bundle = await import("@/lib/meetings/bundle/data");
  minutes = await import("@/lib/meetings/minutes/data");
  data = await import("@/lib/meetings/data");
  search = await import("@/lib/search/data");
  actor = await db.prisma.user.findUniqueOrThrow({ where: { email: "sekretariat@saman.example.no" }, select: { id: true, name: true, email: true } });
  ssu = (await db.prisma.body.findUniqueOrThrow({ where: { slug: "ssu" } })).id;
}, 240_000);

afterAll(async () => {
  await db?.close();
});

/** A new meeting through the admin's mutation; `afterTheFact` registers one that has already started (issue 15 item 3). */
async function newMeeting(date: string, bodyId = ssu, afterTheFact = false) {
  const result = await mutations.createMeeting(
    createMeetingSchema.parse({ bodyId, date, startTime: "10:00", endTime: "14:00", location: "Bergen", ...(afterTheFact ? { afterTheFact: "on" } : {}) }),
    actor,
  );
  if (!result.ok) throw new Error(result.error);
  return result.meetingId;
}

async function pdf(text: string, pages = 1): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage().drawText(`${text} side ${i + 1}`, { x: 50, y: 700, font, size: 12 });
  return new Uint8Array(await doc.save());
}

// A 1×1 PNG: a paper that is not a PDF.
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));

const version = async (id: string) => (await db.prisma.meeting.findUniqueOrThrow({ where: { id } })).version;

async function upload(meetingId: string, fields: Record<string, string>, file: File) {
  const result = await mutations.uploadDocument(uploadDocumentSchema.parse({ meetingId, kind: "CASE_PAPER", visibility: "PUBLIC", ...fields }), file, actor);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("notice: preview, then one mail per recipient (issue 15 item 4)", () => {
  it("lists members and deputies with a count, and sends exactly what the preview listed, once", async () => {
    const meetingId = await newMeeting("2027-03-10");
    const draft = (await notice.getNoticeDraft(meetingId, ORIGIN))!;
    expect(draft.recipients.length).toBeGreaterThan(10);
    expect(draft.recipients.some((r) => r.role === "DEPUTY")).toBe(true);
    expect(new Set(draft.recipients.map((r) => r.email)).size).toBe(draft.recipients.length);
    expect(draft.text).toContain(`${ORIGIN}/api/mote/${meetingId}/saksdokument`);

    // A stale confirmation (the list changed since the preview) sends nothing.
    const stale = await mutations.sendNotice({ meetingId, version: await version(meetingId), recipients: "0".repeat(32) }, actor, { origin: ORIGIN });
    expect(stale).toEqual({ ok: false, error: "RECIPIENTS_CHANGED" });

    // A double click: two confirmations of the same preview at once. One sends, the other is refused.
    const form = { meetingId, version: await version(meetingId), recipients: compose.recipientsHash(draft.recipients) };
    const [a, b] = await Promise.all([mutations.sendNotice(form, actor, { origin: ORIGIN }), mutations.sendNotice(form, actor, { origin: ORIGIN })]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const refused = a.ok ? b : a;
    expect(refused.ok === false && ["NOTICE_ALREADY_SENT", "CONFLICT"].includes(refused.error)).toBe(true);
    const rows = await db.prisma.outgoingEmail.findMany({ where: { dedupeKey: { startsWith: `notice:${meetingId}:` } } });
    expect(rows.map((r) => r.to).sort()).toEqual(draft.recipients.map((r) => r.email).sort());
    expect(rows.every((r) => r.subject === draft.subject && r.text === draft.text && r.status === "PENDING")).toBe(true);

    // And again later: nothing more.
    expect(await mutations.sendNotice({ ...form, version: await version(meetingId) }, actor, { origin: ORIGIN })).toEqual({ ok: false, error: "NOTICE_ALREADY_SENT" });
    expect(await db.prisma.outgoingEmail.count({ where: { dedupeKey: { startsWith: `notice:${meetingId}:` } } })).toBe(rows.length);
    expect(await db.prisma.auditEntry.count({ where: { action: "meeting.notice", entityId: meetingId } })).toBe(1);
  });

  it("leaves the personal deputies out when the body does not call them", async () => {
    const meetingId = await newMeeting("2027-03-11");
    const before = (await notice.getNoticeDraft(meetingId, ORIGIN))!;
    expect(await mutations.setNoticeCallsDeputies({ meetingId, callsDeputies: false }, actor)).toEqual({ ok: true });
    const after = (await notice.getNoticeDraft(meetingId, ORIGIN))!;
    expect(after.recipients.every((r) => r.role === "MEMBER")).toBe(true);
    expect(after.recipients.length).toBe(before.recipients.filter((r) => r.role === "MEMBER").length);
    await mutations.setNoticeCallsDeputies({ meetingId, callsDeputies: true }, actor);
  });
});

describe("papers: correct, withdraw, and no half document (issue 15 item 6)", () => {
  it("an upload that fails midway (the file row) leaves no document and no version", async () => {
    const meetingId = await newMeeting("2027-04-02");
    await db.prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION saman_test_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER saman_test_fail BEFORE INSERT ON "DocumentFile" FOR EACH ROW EXECUTE FUNCTION saman_test_fail()`);
    try {
      await expect(
        mutations.uploadDocument(uploadDocumentSchema.parse({ meetingId, kind: "CASE_PAPER", title: "Halvt dokument", visibility: "PUBLIC" }), new File([await pdf("Halvt")], "halvt.pdf"), actor),
      ).rejects.toThrow(/disk full/);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER saman_test_fail ON "DocumentFile"`);
    }
    expect(await db.prisma.document.count({ where: { meetingId } })).toBe(0);
    expect(await db.prisma.documentVersion.count({ where: { document: { meetingId } } })).toBe(0);
    expect(await db.prisma.auditEntry.count({ where: { action: "document.upload", after: { path: ["title"], equals: "Halvt dokument" } } })).toBe(0);
  });

  it("a correction keeps the old version and is marked; a withdrawal lists date and reason, drops the file and the search entry", async () => {
    const meetingId = await newMeeting("2027-04-03");
    const item = await mutations.addCaseItem(addCaseItemSchema.omit({ version: true, seen: true }).parse({ meetingId, title: "Kvernhussaka", description: "Test" }), actor);
    if (!item.ok) throw new Error(item.error);
    const first = await upload(meetingId, { agendaItemId: item.agendaItemId, title: "Saksframlegg Kvernhus" }, new File([await pdf("Kvernhusutgreiinga")], "kvernhus.pdf"));
    await mutations.sendNotice({ meetingId, version: await version(meetingId) }, actor, { origin: ORIGIN });

    const doc = await db.prisma.document.findUniqueOrThrow({ where: { id: first.documentId } });
    const corrected = await mutations.uploadDocument(
      uploadDocumentSchema.parse({ meetingId, documentId: doc.id, version: String(doc.version), agendaItemId: item.agendaItemId, kind: "CASE_PAPER", title: "Saksframlegg Kvernhus", visibility: "PUBLIC", changeNote: "Retta tal i tabell 2" }),
      new File([await pdf("Kvernhusutgreiinga retta")], "kvernhus-v2.pdf"),
      actor,
    );
    expect(corrected.ok && corrected.number).toBe(2);
    let page = await data.getMeetingPage(meetingId, ANONYMOUS);
    const shown = page!.documents.find((d) => d.id === doc.id)!;
    expect(shown.readable && shown.version?.number).toBe(2);
    expect(shown.corrected?.note).toBe("Retta tal i tabell 2");
    expect(await db.prisma.documentVersion.count({ where: { documentId: doc.id } })).toBe(2);

    const current = await db.prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
    expect(await mutations.withdrawDocument({ meetingId, documentId: doc.id, version: current.version - 1, reason: "x" }, actor)).toEqual({ ok: false, error: "CONFLICT" });
    expect(await mutations.withdrawDocument({ meetingId, documentId: doc.id, version: current.version, reason: "Feil vedlegg" }, actor)).toEqual({ ok: true });
    page = await data.getMeetingPage(meetingId, ANONYMOUS);
    const gone = page!.documents.find((d) => d.id === doc.id)!;
    expect(gone.withdrawn?.reason).toBe("Feil vedlegg");
    expect(gone.readable && gone.version).toBeNull();
    const hits = await search.searchPublic("Kvernhusutgreiinga", { kind: "DOCUMENT", bodyId: null, year: null }, ANONYMOUS);
    expect(hits.hits.some((h) => h.url === `/mote/${meetingId}`)).toBe(false);
    // The download's access facts carry the withdrawal (the route answers 410 Gone), a new version is refused.
    const access = await (await import("@/lib/downloads/data")).getVersionAccess(first.versionId);
    expect(access?.document.withdrawnAt).not.toBeNull();
    const again = await mutations.uploadDocument(
      uploadDocumentSchema.parse({ meetingId, documentId: doc.id, version: String(current.version + 1), kind: "CASE_PAPER", title: "x", visibility: "PUBLIC", changeNote: "y" }),
      new File([await pdf("x")], "x.pdf"),
      actor,
    );
    expect(again).toEqual({ ok: false, error: "DOCUMENT_WITHDRAWN" });
    expect(await db.prisma.auditEntry.count({ where: { action: "document.withdraw", entityId: doc.id } })).toBe(1);
    const { withdrawnResponse } = await import("@/lib/documents/withdrawn");
    const response = withdrawnResponse("Saksframlegg Kvernhus", new Date(), "Feil vedlegg");
    expect(response.status).toBe(410);
    expect(await response.text()).toContain("Feil vedlegg");
  });
});

describe("minutes drafted from the meeting, approved and recorded (issue 15 item 5)", () => {
  /** A meeting that has taken place (created in the past directly: the admin forms refuse past dates). */
  async function pastMeeting(startsAt: Date) {
    const m = await db.prisma.meeting.create({ data: { bodyId: ssu, startsAt, location: "Bergen", status: "NOTICE_SENT", noticeSentAt: startsAt } });
    return m.id;
  }

  it("prefills the draft from agenda, attendance and decisions", async () => {
    // Decisions wait for the start (issue 15 item 3): a meeting registered after the fact, two days before the seed's day.
    const meetingId = await newMeeting("2026-11-20", ssu, true);
    const item = await mutations.addCaseItem(addCaseItemSchema.omit({ version: true, seen: true }).parse({ meetingId, title: "Felles legevakt i Nordhordland", description: "Test" }), actor);
    if (!item.ok) throw new Error(item.error);
    await mutations.sendNotice({ meetingId, version: await version(meetingId) }, actor, { origin: ORIGIN });
    await mutations.recordDecision({ meetingId, agendaItemId: item.agendaItemId, version: 0, kind: "CONSENSUS", text: "SSU støttar framlegget.", textNb: null, disagreementNote: null, forwardToSsu: false, measureIds: [] }, actor);
    const attendees = await minutes.minutesAttendees(meetingId);
    expect(attendees.length).toBeGreaterThan(5);
    expect(attendees[0]!.role).toBe("LEADER");
    const draft = await minutes.minutesPrefill(meetingId);
    expect(draft).toContain(item.caseNumber);
    expect(draft).toContain("Felles legevakt i Nordhordland");
    expect(draft).toContain("SSU støttar framlegget.");
    expect(draft).toContain(attendees[0]!.name);
  });

  it("the leader approves in the portal; another member may not; recorded who/how/when", async () => {
    const meetingId = await pastMeeting(new Date("2026-10-01T08:00:00Z"));
    expect(await mutations.saveMinutesDraft({ meetingId, version: 0, body: "## Referat\n\nUtkast." }, null, actor)).toEqual({ ok: true });
    await mutations.markHeld({ meetingId, version: await version(meetingId) }, actor);
    const leaderMs = await db.prisma.membership.findFirstOrThrow({ where: { bodyId: ssu, role: "LEADER", termStart: { lte: new Date() }, OR: [{ termEnd: null }, { termEnd: { gte: new Date() } }] }, select: { personId: true } });
    const leader = await db.prisma.user.create({ data: { email: "ssu-leiar@saman.test", name: "SSU-leiar", personId: leaderMs.personId } });
    const member = await db.prisma.user.findUniqueOrThrow({ where: { email: "medlem@saman.example.no" } });
    const minutesVersion = (await db.prisma.minutes.findUniqueOrThrow({ where: { meetingId } })).version;
    expect(await mutations.approveMinutesAsLeader({ meetingId, version: minutesVersion }, member.id)).toEqual({ ok: false, error: "NOT_LEADER" });
    expect(await mutations.approveMinutesAsLeader({ meetingId, version: minutesVersion - 1 }, leader.id)).toEqual({ ok: false, error: "CONFLICT" });
    expect(await mutations.approveMinutesAsLeader({ meetingId, version: minutesVersion }, leader.id)).toEqual({ ok: true });
    const v = await db.prisma.minutesVersion.findFirstOrThrow({ where: { minutes: { meetingId } } });
    expect(v).toMatchObject({ approvalMethod: "LEADER", approvedById: leader.id });
    expect(v.approvedAt).not.toBeNull();
    expect((await db.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe("MINUTES_APPROVED");
  });

  it("the body approves at a later meeting that has started; publish; a correction is a new version, the old one still readable", async () => {
    const meetingId = await pastMeeting(new Date("2026-09-01T08:00:00Z"));
    const later = await pastMeeting(new Date("2026-10-20T08:00:00Z"));
    const future = await newMeeting("2027-06-01");
    await mutations.saveMinutesDraft({ meetingId, version: 0, body: "## Referat\n\nFyrste versjon." }, null, actor);
    await mutations.markHeld({ meetingId, version: await version(meetingId) }, actor);
    expect(await mutations.approveMinutes({ meetingId, version: await version(meetingId), atMeetingId: future }, actor)).toEqual({ ok: false, error: "APPROVAL_MEETING_INVALID" });
    expect(await mutations.approveMinutes({ meetingId, version: await version(meetingId), atMeetingId: later }, actor)).toEqual({ ok: true });
    const approvals = await minutes.getMinutesApprovals(meetingId);
    expect(approvals[0]).toMatchObject({ approvalMethod: "BODY_AT_MEETING" });
    expect(approvals[0]!.approvedAtMeeting?.startsAt.toISOString()).toBe("2026-10-20T08:00:00.000Z");
    expect(await mutations.publishMinutes({ meetingId, version: await version(meetingId) }, actor)).toEqual({ ok: true });
    const minutesVersion = (await db.prisma.minutes.findUniqueOrThrow({ where: { meetingId } })).version;
    expect(await mutations.correctMinutes({ meetingId, version: minutesVersion, body: "## Referat\n\nAndre versjon.", changeNote: "Retta namn" }, actor)).toMatchObject({ ok: true, number: 2 });
    const versions = await minutes.getPublishedMinutesVersions(meetingId);
    expect(versions.map((v) => [v.number, v.changeNote])).toEqual([
      [2, "Retta namn"],
      [1, null],
    ]);
    expect(versions[1]!.html).toContain("Fyrste versjon.");
  });
});

describe("the combined meeting document (issue 15 item 7)", () => {
  async function parse(bytes: Uint8Array) {
    const proxy = await getDocumentProxy(new Uint8Array(bytes));
    const outline = (await proxy.getOutline()) ?? [];
    const { text } = await extractText(proxy, { mergePages: false });
    return { pages: proxy.numPages, outline: outline.map((o) => ({ title: o.title, items: o.items.map((i) => i.title) })), text: text as string[] };
  }

  it("holds notice, agenda and papers in agenda order with contents, bookmarks, page numbers and Sámi letters; editions follow the policy", async () => {
    const meetingId = await newMeeting("2027-09-15");
    // Without the body's standard items (each would add a cover page): the counts below are those of the two cases.
    await db.prisma.agendaItem.deleteMany({ where: { meetingId } });
    const one = await mutations.addCaseItem(addCaseItemSchema.omit({ version: true, seen: true }).parse({ meetingId, title: `Samisk pasientforløp (${SAMI})`, description: "Test" }), actor);
    const two = await mutations.addCaseItem(addCaseItemSchema.omit({ version: true, seen: true }).parse({ meetingId, title: "Avtale om legevakt", description: "Test" }), actor);
    if (!one.ok || !two.ok) throw new Error("setup");
    await upload(meetingId, { title: "Orientering frå sekretariatet" }, new File([await pdf("Orienteringsnotat")], "orientering.pdf"));
    await upload(meetingId, { agendaItemId: one.agendaItemId, title: "Saksframlegg pasientforløp" }, new File([await pdf("Pasientforlopsutgreiing", 3)], "a.pdf"));
    await upload(meetingId, { agendaItemId: two.agendaItemId, title: "Fortruleg vedlegg", visibility: "BODY_MEMBERS", legalBasis: "Offl. § 13" }, new File([await pdf("Hemmeleg innhald", 2)], "b.pdf"));
    await upload(meetingId, { agendaItemId: two.agendaItemId, title: "Kart over legevaktene" }, new File([PNG], "kart.png"));
    await mutations.sendNotice({ meetingId, version: await version(meetingId) }, actor, { origin: ORIGIN });

    const pub = (await bundle.getBundle(meetingId, "PUBLIC", ORIGIN))!;
    const p = await parse(pub.bytes);
    // contents 1 + notice 1 + agenda 1 + meeting paper 1 + item one (cover 1 + 3) + item two (cover 1; its PDF is restricted).
    expect(p.pages).toBe(9);
    expect(pub.pageCount).toBe(9);
    expect(p.outline.map((o) => o.title)).toEqual(["Innhald", "Innkalling", "Saksliste", `1. ${one.caseNumber} Samisk pasientforløp (${SAMI})`, `2. ${two.caseNumber} Avtale om legevakt`]);
    expect(p.outline[2]!.items).toEqual(["Orientering frå sekretariatet"]);
    expect(p.outline[3]!.items).toEqual(["Saksframlegg pasientforløp"]);
    expect(p.outline[4]!.items).toEqual([]);
    const all = p.text.join("\n");
    for (const letter of SAMI.split(" ")) expect(all).toContain(letter);
    expect(all).toContain("forløp");
    expect(all).toContain("frå");
    expect(p.text[0]).toContain("Innhald");
    expect(p.text[5]).toContain("Pasientforlopsutgreiing side 1");
    p.text.forEach((t, i) => expect(t).toContain(`Side ${i + 1} av 9`));
    expect(all).not.toContain("Hemmeleg innhald");
    expect(all).not.toContain("Fortruleg vedlegg");
    expect(all).toContain("Unnateke frå innsyn (Offl. § 13)");
    expect(all).toContain("Kart over legevaktene");
    expect(all).toMatch(/ikkje ein PDF/);

    const members = (await bundle.getBundle(meetingId, "MEMBERS", ORIGIN))!;
    const mp = await parse(members.bytes);
    expect(mp.pages).toBe(11);
    expect(mp.outline[4]!.items).toEqual(["Fortruleg vedlegg"]);
    expect(mp.text.join("\n")).toContain("Hemmeleg innhald side 2");

    // Stored while nothing changed; rebuilt on every instance as soon as a paper changes.
    const stored = await db.prisma.meetingBundle.findUniqueOrThrow({ where: { meetingId_edition: { meetingId, edition: "PUBLIC" } } });
    expect((await bundle.getBundle(meetingId, "PUBLIC", ORIGIN))!.hash).toBe(pub.hash);
    expect((await db.prisma.meetingBundle.findUniqueOrThrow({ where: { id: stored.id } })).builtAt).toEqual(stored.builtAt);
    const paper = await db.prisma.document.findFirstOrThrow({ where: { meetingId, title: "Saksframlegg pasientforløp" } });
    await mutations.withdrawDocument({ meetingId, documentId: paper.id, version: paper.version, reason: "Erstatta av nytt framlegg" }, actor);
    const after = (await bundle.getBundle(meetingId, "PUBLIC", ORIGIN))!;
    expect(after.hash).not.toBe(pub.hash);
    const ap = await parse(after.bytes);
    expect(ap.pages).toBe(6);
    expect(ap.text.join("\n")).toContain("Erstatta av nytt framlegg");
    expect(ap.text.join("\n")).not.toContain("Pasientforlopsutgreiing");
  });

  it("gives the public edition only after the notice, the members' edition only to members, and drafts to the secretariat", async () => {
    const { editionsFor } = await import("@/lib/meetings/bundle/policy");
    const member = { userId: "u", roles: [], memberBodyIds: [ssu], partyId: null } as const;
    const staff = { userId: "s", roles: ["SECRETARIAT"], memberBodyIds: [], partyId: null } as const;
    expect(editionsFor(ANONYMOUS, { bodyId: ssu, status: "PLANNED" })).toEqual([]);
    expect(editionsFor(member, { bodyId: ssu, status: "PLANNED" })).toEqual([]);
    expect(editionsFor(staff, { bodyId: ssu, status: "PLANNED" })).toEqual(["MEMBERS", "PUBLIC"]);
    expect(editionsFor(ANONYMOUS, { bodyId: ssu, status: "NOTICE_SENT" })).toEqual(["PUBLIC"]);
    expect(editionsFor(member, { bodyId: ssu, status: "NOTICE_SENT" })).toEqual(["MEMBERS", "PUBLIC"]);
    expect(editionsFor({ ...member, memberBodyIds: ["other"] }, { bodyId: ssu, status: "HELD" })).toEqual(["PUBLIC"]);
  });
});
