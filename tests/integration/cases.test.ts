// Cases end to end below the browser: submission through the action's handler (idempotent under 50 parallel posts,
// fuzzed with thousands of hostile inputs), the desk's workflow moves with optimistic locking, the private status
// link and the mails. Runs on embedded PGlite, and on a real PostgreSQL in CI (TEST_DATABASE_URL).
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { DEMO_USERS, ids } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";
import { mulberry32, randomNationalId, writeVariant } from "../helpers/national-id-fuzz";

let db: TestDatabase;
let service: typeof import("@/lib/cases/service");
let data: typeof import("@/lib/cases/data");
const NOW = new Date("2026-11-22T12:00:00Z");
const ASKOY = ids.party("askoy");
const SSU = ids.body("ssu");

const partner: Viewer = { userId: DEMO_USERS.partner.id, roles: ["PARTNER_CONTACT"], memberBodyIds: [], partyId: ASKOY };
const staff: Viewer = { userId: DEMO_USERS.secretariat.id, roles: ["SECRETARIAT"], memberBodyIds: [], partyId: null };
const anonymous: Viewer = { userId: null, roles: [], memberBodyIds: [], partyId: null };

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  delete process.env.SMTP_URL;
  service = await import("@/lib/cases/service");
  data = await import("@/lib/cases/data");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

let keySeq = 0;
function key(): string {
  keySeq += 1;
  return `test-key-${String(keySeq).padStart(8, "0")}-abcdef`;
}

function valid(overrides: Record<string, string | string[] | null> = {}): Record<string, string | string[]> {
  const base: Record<string, string | string[] | null> = {
    idempotencyKey: key(),
    targetBodyId: SSU,
    title: "Felles rutine for utskriving",
    description: "Kommunane og sjukehuset treng ein felles rutine for utskriving av skrøpelege eldre.",
    background: "",
    desiredOutcome: "",
    partyId: ASKOY,
    contactName: "Kari Kontakt",
    contactEmail: "kari@askoy.example.no",
    priorityGroups: ["FRAIL_ELDERLY"],
    noPatientData: "on",
    lang: "nn",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== null)) as Record<string, string | string[]>;
}

function formData(fields: Record<string, string | string[] | Blob>): FormData {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const v of value) fd.append(name, v);
    else fd.append(name, value);
  }
  return fd;
}

const facts = (ip = "10.0.0.1") => ({ ip, now: new Date() });

describe("submission", () => {
  it("creates a case with a reference, first status, route step and a receipt mail with a private status link", async () => {
    const result = await service.handleSubmission(partner, formData(valid()), facts());
    expect(result).toMatchObject({ ok: true, reference: expect.stringMatching(/^SAK-2026-\d{4}$/) });
    if (!result.ok) return;
    const row = await db.prisma.case.findUniqueOrThrow({ where: { id: result.caseId }, include: { statusHistory: true, route: true } });
    expect(row).toMatchObject({ status: "RECEIVED", submitterPartyId: ASKOY, currentBodyId: SSU, submittedById: partner.userId });
    expect(row.statusHistory.map((h) => h.to)).toEqual(["RECEIVED"]);
    expect(row.route.map((r) => r.toBodyId)).toEqual([SSU]);
    const mail = await db.prisma.outgoingEmail.findFirstOrThrow({ where: { to: "kari@askoy.example.no", subject: { contains: result.reference } } });
    const token = /\/sak\/status\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    expect(row.statusTokenHash).toBe(data.sha256(token!));
    expect(mail.text).not.toContain(row.statusTokenHash!);
    const followed = await data.caseByStatusToken(token!);
    expect(followed?.reference).toBe(result.reference);
    expect(followed && "comments" in followed).toBe(false);
    expect(followed && "priority" in followed).toBe(false);
  });

  it("refuses anonymous visitors and a partner submitting for another party", async () => {
    expect(await service.handleSubmission(anonymous, formData(valid()), facts())).toEqual({ ok: false, error: "UNAUTHENTICATED" });
    // The party is taken from the session for a partner contact: the form's value is ignored.
    const other = await service.handleSubmission(partner, formData(valid({ partyId: ids.party("bergen") })), facts());
    expect(other.ok).toBe(true);
    if (other.ok) expect((await db.prisma.case.findUniqueOrThrow({ where: { id: other.caseId } })).submitterPartyId).toBe(ASKOY);
  });

  it("points at the field holding a fødselsnummer, written with spaces or dots", async () => {
    const random = mulberry32(7);
    const id = randomNationalId(random);
    const spaced = `${id.slice(0, 6)} ${id.slice(6)}`;
    const dotted = `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)} ${id.slice(6)}`;
    const before = await db.prisma.case.count();
    const r1 = await service.handleSubmission(partner, formData(valid({ background: `Gjeld pasient ${spaced}.` })), facts());
    const r2 = await service.handleSubmission(partner, formData(valid({ title: `Sak ${dotted}` })), facts());
    expect(r1).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { background: "nationalId" } });
    expect(r2).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { title: "nationalId" } });
    expect(await db.prisma.case.count()).toBe(before);
  });

  it("checks attachments by content: a PDF is kept, a renamed text file is refused", async () => {
    const pdf = new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], "notat.pdf", { type: "application/pdf" });
    const fake = new File([new TextEncoder().encode("not a pdf at all")], "fake.pdf", { type: "application/pdf" });
    const bad = await service.handleSubmission(partner, formData({ ...valid(), attachments: fake }), facts());
    expect(bad).toMatchObject({ ok: false, fieldErrors: { attachments: "fileType" } });
    const good = await service.handleSubmission(partner, formData({ ...valid(), attachments: pdf }), facts());
    expect(good.ok).toBe(true);
    if (good.ok) {
      const docs = await db.prisma.document.findMany({ where: { caseId: good.caseId }, include: { versions: true } });
      expect(docs).toHaveLength(1);
      expect(docs[0]).toMatchObject({ visibility: "BODY_MEMBERS", bodyId: SSU });
      expect(docs[0]!.versions[0]!.mimeType).toBe("application/pdf");
    }
  });

  it("makes exactly one case of 50 parallel submissions with the same idempotency key", async () => {
    const fields = valid({ contactEmail: "parallel@askoy.example.no" });
    const before = await db.prisma.case.count();
    const results = await Promise.all(Array.from({ length: 50 }, () => service.handleSubmission(staff, formData({ ...fields, partyId: ASKOY }), facts("10.9.9.9"))));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const references = new Set(results.map((r) => (r.ok ? r.reference : "")));
    expect(references.size).toBe(1);
    expect(await db.prisma.case.count()).toBe(before + 1);
    expect(await db.prisma.case.count({ where: { idempotencyKey: fields.idempotencyKey as string } })).toBe(1);
    expect(await db.prisma.outgoingEmail.count({ where: { to: "parallel@askoy.example.no" } })).toBe(1);
  });

  it("queues the receipt with the case, once: a retry never doubles it, and resends a missing one with a new link", async () => {
    const fields = valid({ contactEmail: "receipt@askoy.example.no" });
    const first = await service.handleSubmission(partner, formData(fields), facts());
    if (!first.ok) throw new Error(first.error);
    const receipts = () => db.prisma.outgoingEmail.findMany({ where: { dedupeKey: `case-receipt:${first.caseId}` } });
    expect(await receipts()).toHaveLength(1);
    expect(await service.handleSubmission(partner, formData(fields), facts())).toMatchObject({ ok: true, caseId: first.caseId });
    expect(await receipts()).toHaveLength(1);
    // A receipt that never got written (a case from before the outbox): the retry queues it, with a working link.
    const tokenBefore = (await db.prisma.case.findUniqueOrThrow({ where: { id: first.caseId } })).statusTokenHash;
    await db.prisma.outgoingEmail.deleteMany({ where: { dedupeKey: `case-receipt:${first.caseId}` } });
    expect(await service.handleSubmission(partner, formData(fields), facts())).toMatchObject({ ok: true, caseId: first.caseId });
    const [again] = await receipts();
    expect(again).toMatchObject({ to: "receipt@askoy.example.no", status: "PENDING" });
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: first.caseId } })).statusTokenHash).not.toBe(tokenBefore);
    const token = /\/sak\/status\/([A-Za-z0-9_-]+)/.exec(again!.text)![1]!;
    expect((await data.caseByStatusToken(token))?.id).toBe(first.caseId);
    expect(await service.handleSubmission(partner, formData(fields), facts())).toMatchObject({ ok: true, caseId: first.caseId });
    expect(await receipts()).toHaveLength(1);
    expect(await db.prisma.case.count({ where: { idempotencyKey: fields.idempotencyKey as string } })).toBe(1);
  });

  it("rate-limits submissions per contact, but never a retry of one that went through", async () => {
    const viewer: Viewer = { ...partner, userId: DEMO_USERS.admin.id, roles: ["ADMIN"] };
    const email = "flood@askoy.example.no";
    const results = [];
    let first: Record<string, string | string[]> | null = null;
    for (let i = 0; i < 11; i++) {
      const fields = valid({ contactEmail: email });
      first ??= fields;
      results.push(await service.handleSubmission(viewer, formData(fields), facts(`10.1.1.${i}`)));
    }
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect((await service.handleSubmission(viewer, formData(first!), facts())).ok).toBe(true);
  });
});

describe("fuzzing the submit handler", () => {
  const TEXT_FIELDS = ["idempotencyKey", "targetBodyId", "title", "description", "background", "desiredOutcome", "partyId", "contactName", "contactEmail", "noPatientData", "lang"];
  const random = mulberry32(42);
  const hostile = fc.oneof(
    fc.string({ maxLength: 50 }),
    fc.fullUnicodeString({ maxLength: 200 }),
    fc.constantFrom("", " ", "\u0000", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "'; DROP TABLE \"Case\"; --", "\u202e\u200b\ufeff", "🏥".repeat(3000), "a".repeat(100_001), "on", "true", "null", "[object Object]", "../../etc/passwd"),
    fc.constant(null).map(() => `Pasient ${writeVariant(randomNationalId(random), random)} treng hjelp med dette her`),
    fc.constant(null).map(() => randomNationalId(random)),
    fc.constantFrom(SSU, ASKOY, ids.body("omradeutval-bergen"), "kari@askoy.example.no", "test-key-0000000000000000"),
  );
  const fieldValue = fc.option(fc.oneof(hostile, fc.array(hostile, { maxLength: 3 })), { nil: undefined });
  const input = fc.record({
    overrides: fc.dictionary(fc.constantFrom(...TEXT_FIELDS, "priorityGroups"), fieldValue, { maxKeys: 8 }),
    extra: fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 50 }), { maxKeys: 3 }),
    file: fc.option(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.constant(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"))), { nil: undefined }),
    keepValid: fc.boolean(),
  });

  it("never throws, always returns a typed result, and invalid input never writes a row", async () => {
    const errors = new Set(["UNAUTHENTICATED", "FORBIDDEN", "INVALID", "RATE_LIMITED"]);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom(partner, staff, anonymous), async ({ overrides, extra, file, keepValid }, viewer) => {
        runs += 1;
        const fields: Record<string, string | string[] | Blob> = keepValid ? valid() : {};
        for (const [k, v] of Object.entries(overrides)) {
          if (v === undefined) delete fields[k];
          else fields[k] = v;
        }
        for (const [k, v] of Object.entries(extra)) if (!(k in fields)) fields[k] = v;
        if (file) fields.attachments = new File([new Uint8Array(file)], "x.pdf", { type: "application/pdf" });
        const before = await db.prisma.case.count();
        const result = await service.handleSubmission(viewer, formData(fields), facts(`10.2.${runs % 250}.${Math.floor(runs / 250)}`));
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) {
          expect(errors.has(result.error)).toBe(true);
          expect(await db.prisma.case.count()).toBe(before);
        } else {
          expect(result.reference).toMatch(/^SAK-\d{4}-\d{4}$/);
        }
        // A text holding a national identity number is never accepted.
        const texts = ["title", "description", "background", "desiredOutcome", "contactName"].map((k) => fields[k]).filter((v): v is string => typeof v === "string");
        const { containsNationalId } = await import("@/lib/privacy/national-id");
        if (texts.some((t) => containsNationalId(t))) expect(result.ok).toBe(false);
      }),
      { numRuns: 2000, seed: 20261122 },
    );
    expect(runs).toBe(2000);
  }, 600_000);
});

describe("the desk and the status link", () => {
  // The desk tests are about the workflow, not the limits (tested above): each starts with none counted.
  beforeEach(async () => {
    await db.prisma.rateLimitHit.deleteMany();
  });
  let submissions = 0;
  async function submitted(): Promise<{ id: string; token: string; reference: string; email: string }> {
    submissions++;
    const email = `flow-${submissions}@askoy.example.no`;
    const result = await service.handleSubmission(partner, formData(valid({ contactEmail: email })), facts(`10.3.4.${submissions}`));
    if (!result.ok) throw new Error(result.error);
    const mail = await db.prisma.outgoingEmail.findFirstOrThrow({ where: { subject: { contains: result.reference } } });
    return { id: result.caseId, reference: result.reference, email, token: /\/sak\/status\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]! };
  }
  const version = async (id: string) => (await db.prisma.case.findUniqueOrThrow({ where: { id } })).version;
  // A decision is refused before the meeting starts (issue 15: guards), so decisions are made "at" the meeting.
  const move = (viewer: Viewer, fields: Record<string, string>, now = new Date()) => service.handleMove(viewer, formData(fields), { ...facts(), now, ssuBodyId: SSU });
  const atMeeting = (meeting: { startsAt: Date }) => new Date(meeting.startsAt.getTime() + 60 * 60_000);

  it("assesses, schedules on a planned meeting of the body (case number), decides; mails every change", async () => {
    const c = await submitted();
    expect(await move(staff, { caseId: c.id, version: String(await version(c.id)), move: "assess" })).toMatchObject({ ok: true });
    const meeting = await db.prisma.meeting.findFirstOrThrow({ where: { bodyId: SSU, status: "PLANNED", cancelledAt: null, startsAt: { gt: new Date() } }, orderBy: { startsAt: "asc" } });
    expect(await move(staff, { caseId: c.id, version: String(await version(c.id)), move: "schedule", meetingId: meeting.id })).toMatchObject({ ok: true });
    const numbered = await db.prisma.caseNumber.findFirstOrThrow({ where: { caseId: c.id }, include: { agendaItem: true } });
    expect(numbered.agendaItem?.meetingId).toBe(meeting.id);
    expect(await move(staff, { caseId: c.id, version: String(await version(c.id)), move: "decide", decisionText: "Utvalet sluttar seg til rutinen." }, atMeeting(meeting))).toMatchObject({ ok: true });
    const followed = await data.caseByStatusToken(c.token);
    expect(followed?.status).toBe("DECIDED");
    expect(followed?.decisions[0]).toMatchObject({ kind: "CONSENSUS", text: "Utvalet sluttar seg til rutinen." });
    expect(followed?.statusHistory.map((h) => h.to)).toEqual(["RECEIVED", "ASSESSING", "SCHEDULED", "DECIDED"]);
    const mails = await db.prisma.outgoingEmail.findMany({ where: { to: c.email, subject: { contains: c.reference } } });
    expect(mails).toHaveLength(4);
    // Decided: no withdrawal any more.
    expect(await service.handleWithdraw(anonymous, formData({ token: c.token, version: String(await version(c.id)), reason: "Løyst", confirm: "on" }), facts())).toEqual({ ok: false, error: "ILLEGAL_TRANSITION" });
  });

  it("refuses a save over someone else's change (CONFLICT) and an illegal move", async () => {
    const c = await submitted();
    const v = String(await version(c.id));
    expect(await service.handleTriage(staff, formData({ caseId: c.id, version: v, priority: "2", assignedToId: "" }))).toMatchObject({ ok: true });
    expect(await service.handleTriage(staff, formData({ caseId: c.id, version: v, priority: "1", assignedToId: "" }))).toEqual({ ok: false, error: "CONFLICT" });
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).priority).toBe(2);
    expect(await move(staff, { caseId: c.id, version: String(await version(c.id)), move: "decide", decisionText: "x" })).toEqual({ ok: false, error: "ILLEGAL_TRANSITION" });
  });

  it("records a disagreement outside SSU and forwards the case to SSU, keeping its identity and route", async () => {
    const ou = ids.body("omradeutval-bergen");
    const fields = valid({ targetBodyId: ou, contactEmail: "flow@askoy.example.no" });
    const result = await service.handleSubmission(partner, formData(fields), facts("10.3.3.4"));
    if (!result.ok) throw new Error(result.error);
    const meeting = await db.prisma.meeting.findFirstOrThrow({ where: { bodyId: ou, status: "PLANNED", cancelledAt: null, startsAt: { gt: new Date() } } });
    expect(await move(staff, { caseId: result.caseId, version: String(await version(result.caseId)), move: "schedule", meetingId: meeting.id })).toMatchObject({ ok: true });
    expect(await move(staff, { caseId: result.caseId, version: String(await version(result.caseId)), move: "disagree", decisionText: "Ikkje semje.", reason: "Ulikt syn på finansiering." }, atMeeting(meeting))).toMatchObject({ ok: true });
    const row = await db.prisma.case.findUniqueOrThrow({ where: { id: result.caseId }, include: { route: { orderBy: { at: "asc" } }, decisions: true, statusHistory: { orderBy: { at: "asc" } } } });
    // The same outcome as the meeting admin's forwarded disagreement: the usemje, then forwarded to SSU's inbox.
    expect(row).toMatchObject({ status: "FORWARDED", currentBodyId: SSU, reference: result.reference });
    expect(row.statusHistory.map((h) => h.to).slice(-2)).toEqual(["DISAGREEMENT", "FORWARDED"]);
    expect(row.route.map((r) => r.toBodyId)).toEqual([ou, SSU]);
    expect(row.decisions[0]).toMatchObject({ kind: "DISAGREEMENT", forwardedToBodyId: SSU });
  });

  it("lets the submitter withdraw through the status link, and only the prioritising group or the secretariat triage", async () => {
    const c = await submitted();
    expect(await move(partner, { caseId: c.id, version: String(await version(c.id)), move: "reject", reason: "x" })).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await service.handleWithdraw(anonymous, formData({ token: "wrong-token-wrong-token-wrong", version: "1" }), facts())).toEqual({ ok: false, error: "NOT_FOUND" });
    // Irreversible: refused without a reason and a confirmation (issue 15 item 4), then withdrawn with both.
    expect(await service.handleWithdraw(anonymous, formData({ token: c.token, version: String(await version(c.id)) }), facts())).toEqual({ ok: false, error: "INVALID", fieldErrors: { reason: "required", confirm: "confirm" } });
    expect(await service.handleWithdraw(anonymous, formData({ token: c.token, version: String(await version(c.id)), reason: "Løyst lokalt." }), facts())).toEqual({ ok: false, error: "INVALID", fieldErrors: { confirm: "confirm" } });
    expect((await data.caseByStatusToken(c.token))?.status).toBe("RECEIVED");
    expect(await service.handleWithdraw(anonymous, formData({ token: c.token, version: String(await version(c.id)), reason: "Løyst lokalt.", confirm: "on" }), facts())).toMatchObject({ ok: true });
    expect((await data.caseByStatusToken(c.token))?.status).toBe("WITHDRAWN");
  });

  it("withdraws on the submitter's behalf only with a reason and a confirmation, which the history and the mail keep", async () => {
    const c = await submitted();
    const v = String(await version(c.id));
    expect(await move(staff, { caseId: c.id, version: v, move: "withdraw" })).toEqual({ ok: false, error: "INVALID", fieldErrors: { reason: "required", confirm: "confirm" } });
    expect(await move(staff, { caseId: c.id, version: v, move: "withdraw", reason: "Parten bad om det på telefon." })).toEqual({ ok: false, error: "INVALID", fieldErrors: { confirm: "confirm" } });
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("RECEIVED");
    expect(await move(staff, { caseId: c.id, version: v, move: "withdraw", reason: "Parten bad om det på telefon.", confirm: "on" })).toMatchObject({ ok: true });
    const row = await db.prisma.case.findUniqueOrThrow({ where: { id: c.id }, include: { statusHistory: { orderBy: { at: "asc" } } } });
    expect(row.status).toBe("WITHDRAWN");
    expect(row.statusHistory.at(-1)).toMatchObject({ to: "WITHDRAWN", note: "Parten bad om det på telefon." });
    expect(await db.prisma.auditEntry.count({ where: { entityId: c.id, action: "case.withdraw" } })).toBe(1);
    const mail = await db.prisma.outgoingEmail.findFirstOrThrow({ where: { to: c.email, subject: { contains: c.reference } }, orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain("Parten bad om det på telefon.");
  });

  it("shows a case publicly only once it is on the agenda of a meeting whose notice has gone out", async () => {
    const c = await submitted();
    expect(await data.publicCase(c.id)).toBeNull();
    const meeting = await db.prisma.meeting.findFirstOrThrow({ where: { bodyId: SSU, status: "PLANNED", cancelledAt: null, startsAt: { gt: new Date() } } });
    await move(staff, { caseId: c.id, version: String(await version(c.id)), move: "schedule", meetingId: meeting.id });
    expect(await data.publicCase(c.id)).toBeNull();
    await db.prisma.meeting.update({ where: { id: meeting.id }, data: { status: "NOTICE_SENT", noticeSentAt: new Date() } });
    expect((await data.publicCase(c.id))?.reference).toBe(c.reference);
  });
});
