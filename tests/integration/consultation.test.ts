// Consultation rounds (issue 21 item 2) through their server actions and route handlers against a seeded database –
// only the session cookie is faked (next/headers), so authorization runs against the database as on a request.
// Checked as a user would notice: the rows written or not, the late mark, the compiled PDF's text, the outbox.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { DEMO_USERS, ids, seed } from "@/prisma/seed";
import { DEMO_ROUND_ID } from "@/prisma/seed/consultation";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { redirected, sessionTokenFor } from "../helpers/actions";

const cookie = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (cookie.token ? { name, value: cookie.token } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
}));

let db: TestDatabase;
let actions: typeof import("@/lib/consultation/actions");
let data: typeof import("@/lib/consultation/data");

const ASKOY = ids.party("askoy");
const HARALDSPLASS = ids.party("haraldsplass");
const KEY = "e2e0round0key0000000001";
const RESTRICTED = "restricted0round0key0001";
const OTHER = "other0round0key000000001";

function form(fields: Record<string, string | string[] | Blob>, fileName?: string): FormData {
  const fd = new FormData();
  fd.append("lang", "nn");
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof Blob) fd.append(name, value, fileName);
    else if (Array.isArray(value)) for (const v of value) fd.append(name, v);
    else fd.append(name, value);
  }
  return fd;
}

async function signInAs(userId: string | null): Promise<void> {
  cookie.token = userId ? await sessionTokenFor(userId) : undefined;
}

async function pdf(text: string): Promise<Blob> {
  const { PDFDocument } = await import("@cantoo/pdf-lib");
  const doc = await PDFDocument.create();
  doc.addPage().drawText(text);
  return new Blob([new Uint8Array(await doc.save())], { type: "application/pdf" });
}

async function pdfText(response: Response): Promise<string> {
  const proxy = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
  const { text } = await extractText(proxy, { mergePages: true });
  return (text as string).replace(/\s+/g, " ");
}

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const answerOf = (roundId: string, partyId: string) => db.prisma.consultationAnswer.findUnique({ where: { roundId_partyId: { roundId, partyId } } });
const getPdf = async (roundId: string) => {
  const { GET } = await import("@/app/api/hoyringar/[id]/pdf/route");
  return GET(new Request(`http://localhost/api/hoyringar/${roundId}/pdf`), { params: Promise.resolve({ id: roundId }) });
};
const getFile = async (fileId: string) => {
  const { GET } = await import("@/app/api/hoyringar/fil/[id]/route");
  return GET(new Request(`http://localhost/api/hoyringar/fil/${fileId}`), { params: Promise.resolve({ id: fileId }) });
};
const open = (requestKey: string, extra: Record<string, string | string[] | Blob> = {}, fileName?: string) =>
  actions.openRoundAction(null, form({ requestKey, title: `Høyring ${requestKey}`, text: "Kva meiner parten om utkastet?", deadlineDate: tomorrow(), deadlineTime: "12:00", isPublic: "yes", ...extra }, fileName));
const answer = (roundId: string, fields: Record<string, string | Blob>, fileName?: string) => actions.saveAnswerAction(null, form({ roundId, ...fields }, fileName));

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "consultation-test-secret-consultation-test";
  db = await createTestDatabase();
  await seed(db.prisma, { now: new Date() });
  process.env.DATABASE_URL = db.url;
  actions = await import("@/lib/consultation/actions");
  data = await import("@/lib/consultation/data");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the seeded round", () => {
  it("is compiled: three submitted answers, one late, a draft never shown; awaiting a linked decision", async () => {
    const round = (await data.getRound(DEMO_ROUND_ID))!;
    const submitted = round.parties.filter((p) => p.answer?.status === "SUBMITTED");
    expect(submitted.map((p) => p.name).sort()).toEqual(["Bergen kommune", "Helse Bergen HF", "Voss herad"]);
    expect(submitted.filter((p) => p.answer!.late).map((p) => p.name)).toEqual(["Voss herad"]);
    expect(await data.roundsAwaitingResult()).toBeGreaterThanOrEqual(1);
    await signInAs(null);
    const text = await pdfText(await getPdf(DEMO_ROUND_ID));
    expect(text).toContain("Voss herad");
    expect(text).not.toContain("Alver kommune vil kommentere"); // the draft
    // Idempotent: a second run adds nothing.
    const { insertConsultation } = await import("@/prisma/seed/consultation");
    expect(await insertConsultation(db.prisma, new Date())).toBe(0);
    expect(await db.prisma.consultationAnswer.count({ where: { roundId: DEMO_ROUND_ID } })).toBe(4);
  });
});

describe("the secretariat opens a round", () => {
  it("asks the chosen parties (all municipalities + Haraldsplass) once, whatever the clicks", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    expect(await redirected(open(KEY, { groups: ["MUNICIPALITIES"], parties: [HARALDSPLASS] }))).toBe(`/admin/hoyringar/${KEY}?lagra=1`);
    // A double click posts the same request key: the same round, nothing doubled.
    expect(await redirected(open(KEY, { groups: ["MUNICIPALITIES"], parties: [HARALDSPLASS] }))).toBe(`/admin/hoyringar/${KEY}?lagra=1`);
    expect(await db.prisma.consultationRound.count({ where: { id: KEY } })).toBe(1);
    const asked = await db.prisma.consultationParty.findMany({ where: { roundId: KEY } });
    const municipalities = await db.prisma.party.count({ where: { kind: "MUNICIPALITY" } });
    expect(asked).toHaveLength(municipalities + 1);
    expect(asked.map((p) => p.partyId)).toEqual(expect.arrayContaining([ASKOY, HARALDSPLASS]));
    const audit = await db.prisma.auditEntry.count({ where: { action: "consultation.open", entityId: KEY } });
    expect(audit).toBe(1);
  });

  it("refuses a deadline in the past and a round without parties, keeping what was typed", async () => {
    const past = await open("past0round0key0000000001", { deadlineDate: "2020-01-01", parties: [ASKOY] });
    expect(past).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { deadlineDate: "past" }, values: { title: "Høyring past0round0key0000000001" } });
    expect(await open("none0round0key0000000001")).toMatchObject({ ok: false, fieldErrors: { parties: "parties" } });
    expect(await db.prisma.consultationRound.count({ where: { id: { in: ["past0round0key0000000001", "none0round0key0000000001"] } } })).toBe(0);
  });

  it("is the secretariat's: a partner cannot open a round", async () => {
    await signInAs(DEMO_USERS.partner.id);
    expect(await open("partner0round0key0000001", { parties: [ASKOY] })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await db.prisma.consultationRound.count({ where: { id: "partner0round0key0000001" } })).toBe(0);
  });
});

describe("a party answers", () => {
  it("saves a draft with an attachment, then submits on time; submitting twice changes nothing", async () => {
    await signInAs(DEMO_USERS.partner.id);
    expect(await redirected(answer(KEY, { version: "0", text: "Første utkast", intent: "draft", files: await pdf("Vedlegg frå Askøy") }, "innspel.pdf"))).toBe(`/mine-hoyringar/${KEY}?lagra=utkast`);
    const draft = (await answerOf(KEY, ASKOY))!;
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, submittedAt: null });
    // A draft is the party's only: not in the compiled answers, and its attachment not for the public.
    const file = await db.prisma.consultationFile.findFirstOrThrow({ where: { answerId: draft.id } });
    expect(file.fileName).toBe("innspel.pdf");
    expect((await getFile(file.id)).status).toBe(200);
    await signInAs(DEMO_USERS.hospitalPartner.id);
    expect((await getFile(file.id)).status).toBe(404);

    await signInAs(DEMO_USERS.partner.id);
    expect(await redirected(answer(KEY, { version: "1", text: "Askøy kommune støttar utkastet.", intent: "submit" }))).toBe(`/mine-hoyringar/${KEY}?lagra=sendt`);
    const sent = (await answerOf(KEY, ASKOY))!;
    expect(sent).toMatchObject({ status: "SUBMITTED", version: 2, text: "Askøy kommune støttar utkastet.", submittedById: DEMO_USERS.partner.id });
    // The double click: the same submit again (the form still says version 1) is the same outcome, nothing changes.
    await redirected(answer(KEY, { version: "1", text: "Askøy kommune støttar utkastet.", intent: "submit" }));
    expect((await answerOf(KEY, ASKOY))!).toMatchObject({ version: 2, submittedAt: sent.submittedAt });
    // A submitted answer does not turn back into a draft.
    expect(await answer(KEY, { version: "2", text: "Endra", intent: "draft" })).toMatchObject({ ok: false, error: "SUBMITTED" });
  });

  it("has one answer per party: the unique constraint, and a stale form gets CONFLICT", async () => {
    await expect(db.prisma.consultationAnswer.create({ data: { roundId: KEY, partyId: ASKOY } })).rejects.toThrow();
    await signInAs(DEMO_USERS.hospitalPartner.id);
    await redirected(answer(KEY, { version: "0", text: "Utkast A", intent: "draft" }));
    // A second tab that still shows no answer (version 0) would create a second one: refused.
    expect(await answer(KEY, { version: "0", text: "Utkast B", intent: "draft" })).toMatchObject({ ok: false, error: "CONFLICT", values: { text: "Utkast B" } });
    expect(await db.prisma.consultationAnswer.count({ where: { roundId: KEY, partyId: HARALDSPLASS } })).toBe(1);
  });

  it("only for a party the round asked, only by its own contact", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    await redirected(open(OTHER, { parties: [ids.party("bergen")] }));
    await signInAs(DEMO_USERS.partner.id);
    expect(await answer(OTHER, { version: "0", text: "Askøy er ikkje spurd", intent: "submit" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    await signInAs(DEMO_USERS.member.id);
    expect(await answer(KEY, { version: "0", text: "Medlem", intent: "submit" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    await signInAs(DEMO_USERS.secretariat.id);
    expect(await answer(KEY, { version: "0", text: "Sekretariatet", intent: "submit" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await db.prisma.consultationAnswer.count({ where: { roundId: OTHER } })).toBe(0);
  });
});

describe("reminders before the deadline", () => {
  it("queue one outbox mail per contact of the parties that have not submitted, once per request key", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    const remind = () => actions.manageRoundAction(null, form({ intent: "remind", roundId: KEY, requestKey: "remind0key0000000000001" }));
    expect(await remind()).toMatchObject({ ok: true });
    const rows = await db.prisma.outgoingEmail.findMany({ where: { dedupeKey: { startsWith: `consultation-reminder:${KEY}:` } } });
    // Askøy has submitted: no mail to its contact; Haraldsplass has only a draft: its contact is reminded.
    expect(rows.map((r) => r.to)).toContain(DEMO_USERS.hospitalPartner.email);
    expect(rows.map((r) => r.to)).not.toContain(DEMO_USERS.partner.email);
    expect(rows.find((r) => r.to === DEMO_USERS.hospitalPartner.email)!.text).toContain(`/mine-hoyringar/${KEY}`);
    await remind();
    expect(await db.prisma.outgoingEmail.count({ where: { dedupeKey: { startsWith: `consultation-reminder:${KEY}:` } } })).toBe(rows.length);
  });

  it("housekeeping reminds once, a few days before the deadline, whatever the number of runs", async () => {
    const { sendDueConsultationReminders } = await import("@/lib/consultation/mutations");
    const auto = () => db.prisma.outgoingEmail.findMany({ where: { dedupeKey: { startsWith: `consultation-reminder:${KEY}:auto:` } } });
    // Ten days before the deadline: too early.
    const deadline = (await db.prisma.consultationRound.findUniqueOrThrow({ where: { id: KEY } })).deadline;
    await sendDueConsultationReminders(new Date(deadline.getTime() - 10 * 86_400_000));
    expect(await auto()).toHaveLength(0);
    await sendDueConsultationReminders(new Date());
    const rows = await auto();
    expect(rows.map((r) => r.to)).toContain(DEMO_USERS.hospitalPartner.email);
    expect(rows.map((r) => r.to)).not.toContain(DEMO_USERS.partner.email); // Askøy has submitted
    await sendDueConsultationReminders(new Date());
    expect(await auto()).toHaveLength(rows.length);
  });

  it("are the secretariat's", async () => {
    await signInAs(DEMO_USERS.partner.id);
    expect(await actions.manageRoundAction(null, form({ intent: "remind", roundId: KEY, requestKey: "remind0key0000000000002" }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await db.prisma.outgoingEmail.count({ where: { dedupeKey: { startsWith: `consultation-reminder:${KEY}:remind0key0000000000002` } } })).toBe(0);
  });
});

describe("after the deadline", () => {
  it("the compiled page and PDF open only when the deadline has passed", async () => {
    await signInAs(null);
    expect((await getPdf(KEY)).status).toBe(404);
  });

  it("closing early moves the deadline to now; a later answer is taken and marked late; the PDF lists both", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    const round = await db.prisma.consultationRound.findUniqueOrThrow({ where: { id: KEY } });
    expect(await actions.manageRoundAction(null, form({ intent: "close", roundId: KEY, version: String(round.version) }))).toMatchObject({ ok: true });
    expect((await db.prisma.consultationRound.findUniqueOrThrow({ where: { id: KEY } })).deadline.getTime()).toBeLessThanOrEqual(Date.now());
    // No reminders once the deadline is over.
    expect(await actions.manageRoundAction(null, form({ intent: "remind", roundId: KEY, requestKey: "remind0key0000000000003" }))).toMatchObject({ ok: false, error: "CLOSED" });

    await signInAs(DEMO_USERS.hospitalPartner.id);
    const draft = (await answerOf(KEY, HARALDSPLASS))!;
    await redirected(answer(KEY, { version: String(draft.version), text: "Haraldsplass ber om meir tid til å drøfte utkastet.", intent: "submit" }));
    const compiled = (await data.getRound(KEY))!;
    const byName = Object.fromEntries(compiled.parties.map((p) => [p.name, p.answer]));
    expect(byName["Askøy kommune"]).toMatchObject({ status: "SUBMITTED", late: false });
    expect(byName["Haraldsplass Diakonale Sykehus"]).toMatchObject({ status: "SUBMITTED", late: true });

    await signInAs(null);
    const response = await getPdf(KEY);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const text = await pdfText(response);
    expect(text).toContain("Askøy kommune støttar utkastet.");
    expect(text).toContain("Haraldsplass ber om meir tid til å drøfte utkastet.");
    expect(text).toContain("FOR SEINT");
    expect(text.match(/FOR SEINT/g)).toHaveLength(1);
    expect(text).toContain("Bergen kommune"); // asked, not answered
    expect(text).toContain("Har ikkje svart.");
    // Askøy's attachment is public with the compiled round now.
    const file = await db.prisma.consultationFile.findFirstOrThrow({ where: { answer: { roundId: KEY, partyId: ASKOY } } });
    expect((await getFile(file.id)).status).toBe(200);
  });

  it("a restricted round's compilation is the secretariat's only (page guard = PDF route guard)", async () => {
    const { canReadCompiled } = await import("@/lib/consultation/policy");
    await signInAs(DEMO_USERS.secretariat.id);
    await redirected(open(RESTRICTED, { isPublic: "no", parties: [ASKOY], files: await pdf("Internt notat") }, "notat.pdf"));
    await signInAs(DEMO_USERS.partner.id);
    await redirected(answer(RESTRICTED, { version: "0", text: "Internt svar frå Askøy", intent: "submit", files: await pdf("Internt vedlegg") }, "internt.pdf"));
    await db.prisma.consultationRound.update({ where: { id: RESTRICTED }, data: { deadline: new Date(Date.now() - 1000) } });
    const round = (await data.getRound(RESTRICTED))!;
    const attachment = await db.prisma.consultationFile.findFirstOrThrow({ where: { roundId: RESTRICTED, answerId: { not: null } } });
    for (const who of [null, DEMO_USERS.member.id, DEMO_USERS.hospitalPartner.id]) {
      await signInAs(who);
      expect((await getPdf(RESTRICTED)).status).toBe(404);
      expect((await getFile(attachment.id)).status).toBe(404);
      const { getCurrentSession } = await import("@/lib/auth/data");
      expect(canReadCompiled((await getCurrentSession()).viewer, round)).toBe(false);
    }
    expect(await data.compiledPublicRounds()).not.toContainEqual(expect.objectContaining({ id: RESTRICTED }));
    await signInAs(DEMO_USERS.secretariat.id);
    const response = await getPdf(RESTRICTED);
    expect(response.status).toBe(200);
    expect(await pdfText(response)).toContain("Internt svar frå Askøy");
    // The asked party still reads its own attachment and the round's document.
    await signInAs(DEMO_USERS.partner.id);
    expect((await getFile(attachment.id)).status).toBe(200);
    expect((await getFile(round.files[0]!.id)).status).toBe(200);
  });

  it("the result is linked to a decision; the secretariat's task count falls", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    const before = await data.roundsAwaitingResult();
    const decision = await db.prisma.decision.findFirstOrThrow({ orderBy: { decidedAt: "desc" } });
    const round = await db.prisma.consultationRound.findUniqueOrThrow({ where: { id: KEY } });
    expect(await actions.manageRoundAction(null, form({ intent: "link", roundId: KEY, version: String(round.version), decisionId: decision.id }))).toMatchObject({ ok: true });
    expect((await db.prisma.consultationRound.findUniqueOrThrow({ where: { id: KEY } })).decisionId).toBe(decision.id);
    expect(await data.roundsAwaitingResult()).toBe(before - 1);
    // The same (now stale) form again: CONFLICT, nothing changed.
    expect(await actions.manageRoundAction(null, form({ intent: "link", roundId: KEY, version: String(round.version), decisionId: "" }))).toMatchObject({ ok: false, error: "CONFLICT" });
    expect((await getRoundDecision())).toBe(decision.id);
  });
});

const getRoundDecision = async () => (await db.prisma.consultationRound.findUniqueOrThrow({ where: { id: KEY } })).decisionId;
