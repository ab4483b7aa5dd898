// The adoption tracker (issue 21 item 1; spec "Agreements": SSU adopts, the parties adopt in their own councils)
// through its server actions against a seeded database – only the session cookie is faked (next/headers), so
// authorization runs against the database as on a request. Checked as a user would notice: the rows, the outbox, the
// public count.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_USERS, ids, seed } from "@/prisma/seed";
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
let agreementActions: typeof import("@/lib/agreements/actions");
let actions: typeof import("@/lib/adoption/actions");
let data: typeof import("@/lib/adoption/data");

const SLUG = "tenesteavtale-3";
const ASKOY = ids.party("askoy");
const today = () => new Date().toISOString().slice(0, 10);

function form(fields: Record<string, string | Blob>, fileName?: string): FormData {
  const fd = new FormData();
  fd.append("lang", "nn");
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof Blob) fd.append(name, value, fileName);
    else fd.append(name, value);
  }
  return fd;
}

async function signInAs(userId: string): Promise<void> {
  cookie.token = await sessionTokenFor(userId);
}

async function pdf(text: string): Promise<Blob> {
  const { PDFDocument } = await import("@cantoo/pdf-lib");
  const doc = await PDFDocument.create();
  doc.addPage().drawText(text);
  return new Blob([new Uint8Array(await doc.save())], { type: "application/pdf" });
}

let versionId = "";
const adoptingParties = () => db.prisma.party.count({ where: { kind: { in: ["MUNICIPALITY", "HEALTH_TRUST", "PRIVATE_NONPROFIT_HOSPITAL"] } } });
const rowOf = (partyId: string) => db.prisma.agreementAdoption.findUniqueOrThrow({ where: { agreementVersionId_partyId: { agreementVersionId: versionId, partyId } } });

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "adoption-test-secret-adoption-test-secret";
  db = await createTestDatabase();
  await seed(db.prisma, { now: new Date() });
  process.env.DATABASE_URL = db.url;
  agreementActions = await import("@/lib/agreements/actions");
  actions = await import("@/lib/adoption/actions");
  data = await import("@/lib/adoption/data");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("SSU adopts a new version", () => {
  it("seeds rows for every agreement's latest version with a spread of statuses", async () => {
    const statuses = await db.prisma.agreementAdoption.groupBy({ by: ["status"], _count: { _all: true } });
    expect(statuses.map((s) => s.status).sort()).toEqual(["ADOPTED", "ADOPTED_WITH_RESERVATIONS", "DECLINED", "NOT_STARTED", "ON_AGENDA"]);
  });

  it("opens one NOT_STARTED row per adopting party in the version's transaction, never two on a retry", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    const agreement = await db.prisma.agreement.findUniqueOrThrow({ where: { slug: SLUG } });
    const fields = { agreementId: agreement.id, label: "2027", validFrom: today(), adoptedOn: today(), adoptedBy: "SSU", file: await pdf("Tenesteavtale 3") };
    expect(await redirected(agreementActions.addVersionAction(null, form(fields, "avtale.pdf")))).toBe(`/admin/avtalar/${SLUG}?lagra=1`);
    const version = await db.prisma.agreementVersion.findFirstOrThrow({ where: { agreementId: agreement.id, label: "2027" } });
    versionId = version.id;
    const parties = await adoptingParties();
    expect(parties).toBeGreaterThanOrEqual(22); // 18 municipalities + Helse Bergen + three private non-profit institutions
    const rows = await db.prisma.agreementAdoption.findMany({ where: { agreementVersionId: versionId } });
    expect(rows).toHaveLength(parties);
    expect(new Set(rows.map((r) => r.partyId)).size).toBe(parties);
    expect(rows.every((r) => r.status === "NOT_STARTED")).toBe(true);
    // Retry (the same submit again) is refused as a duplicate label and adds no row; an edit of the version neither.
    expect(await agreementActions.addVersionAction(null, form({ ...fields, file: await pdf("x") }, "avtale.pdf"))).toMatchObject({ ok: false, fieldErrors: { label: "taken" } });
    await redirected(
      agreementActions.updateVersionAction(null, form({ versionId, version: String(version.version), label: "2027", validFrom: today(), adoptedOn: today(), adoptedBy: "SSU 2027" })),
    );
    expect(await db.prisma.agreementAdoption.count({ where: { agreementVersionId: versionId } })).toBe(parties);
    // The unique constraint itself: a second row for the same party and version cannot exist.
    await expect(db.prisma.agreementAdoption.create({ data: { agreementVersionId: versionId, partyId: ASKOY } })).rejects.toThrow();
  });

  it("a version without an adoption date opens no rows", async () => {
    const agreement = await db.prisma.agreement.findUniqueOrThrow({ where: { slug: "tenesteavtale-4" } });
    await redirected(agreementActions.addVersionAction(null, form({ agreementId: agreement.id, label: "utkast", validFrom: today(), file: await pdf("Utkast") }, "u.pdf")));
    const draft = await db.prisma.agreementVersion.findFirstOrThrow({ where: { agreementId: agreement.id, label: "utkast" } });
    expect(await db.prisma.agreementAdoption.count({ where: { agreementVersionId: draft.id } })).toBe(0);
  });
});

describe("a party's contact records the adoption", () => {
  it("updates its own party's row (with a PDF checked by content)", async () => {
    await signInAs(DEMO_USERS.partner.id);
    const row = await rowOf(ASKOY);
    const fields = { adoptionId: row.id, version: String(row.version), status: "ADOPTED", decidedOn: today(), reference: "PS 12/2026", note: "", file: await pdf("Vedtak i Askøy") };
    expect(await redirected(actions.updateAdoptionAction(null, form(fields, "vedtak.pdf")))).toBe("/mine-vedtak?lagra=1");
    const after = await rowOf(ASKOY);
    expect(after).toMatchObject({ status: "ADOPTED", reference: "PS 12/2026", version: row.version + 1, documentName: "vedtak.pdf" });
    expect(after.updatedById).toBe(DEMO_USERS.partner.id);
  });

  it("serves the decision PDF to the own party and the secretariat only", async () => {
    const { GET } = await import("@/app/api/vedtak/[id]/route");
    const row = await rowOf(ASKOY);
    const get = () => GET(new Request("http://localhost/api/vedtak/x"), { params: Promise.resolve({ id: row.id }) });
    const own = await get();
    expect(own.status).toBe(200);
    expect(new TextDecoder().decode((await own.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
    await signInAs(DEMO_USERS.member.id);
    expect((await get()).status).toBe(404);
    await signInAs(DEMO_USERS.secretariat.id);
    expect((await get()).status).toBe(200);
  });

  it("is refused another party's row (FORBIDDEN; the row is unchanged)", async () => {
    await signInAs(DEMO_USERS.partner.id);
    const bergen = await rowOf(ids.party("bergen"));
    const result = await actions.updateAdoptionAction(null, form({ adoptionId: bergen.id, version: String(bergen.version), status: "ADOPTED", decidedOn: today() }));
    expect(result).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await rowOf(ids.party("bergen"))).toEqual(bergen);
    // The secretariat does not record a party's decision either.
    await signInAs(DEMO_USERS.secretariat.id);
    expect(await actions.updateAdoptionAction(null, form({ adoptionId: bergen.id, version: String(bergen.version), status: "ADOPTED", decidedOn: today() }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });

  it("gets CONFLICT on a stale version and overwrites nothing", async () => {
    await signInAs(DEMO_USERS.partner.id);
    const row = await rowOf(ASKOY);
    const result = await actions.updateAdoptionAction(null, form({ adoptionId: row.id, version: String(row.version - 1), status: "DECLINED", decidedOn: today(), note: "Eldre skjema" }));
    expect(result).toMatchObject({ ok: false, error: "CONFLICT", values: { note: "Eldre skjema" } });
    expect(await rowOf(ASKOY)).toEqual(row);
  });

  it("needs a date for a decision, never in the future, and refuses a fødselsnummer in the note", async () => {
    await signInAs(DEMO_USERS.partner.id);
    const row = await rowOf(ASKOY);
    const base = { adoptionId: row.id, version: String(row.version) };
    expect(await actions.updateAdoptionAction(null, form({ ...base, status: "ADOPTED_WITH_RESERVATIONS", decidedOn: "" }))).toMatchObject({ error: "INVALID", fieldErrors: { decidedOn: "required" } });
    expect(await actions.updateAdoptionAction(null, form({ ...base, status: "ADOPTED", decidedOn: "2999-01-01" }))).toMatchObject({ error: "INVALID", fieldErrors: { decidedOn: "future" } });
    expect(await actions.updateAdoptionAction(null, form({ ...base, status: "ADOPTED", decidedOn: today(), note: "Gjeld 010190 10046" }))).toMatchObject({
      error: "INVALID",
      fieldErrors: { note: "nationalId" },
    });
    const exe = new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03])], { type: "application/pdf" });
    expect(await actions.updateAdoptionAction(null, form({ ...base, status: "ADOPTED", decidedOn: today(), file: exe }, "vedtak.pdf"))).toMatchObject({ error: "FILE_TYPE_NOT_ALLOWED" });
    expect(await rowOf(ASKOY)).toEqual(row);
  });
});

describe("the public count and the matrix", () => {
  it("counts the adopted rows of a version", async () => {
    const counts = await data.getAdoptionCounts();
    expect(counts[versionId]).toEqual({ adopted: 1, total: await adoptingParties() });
    const matrix = await data.getAdoptionMatrix({ kind: "", status: "ADOPTED", agreement: SLUG });
    expect(matrix.versions).toHaveLength(1);
    expect(matrix.parties.map((p) => p.id)).toEqual([ASKOY]);
  });
});

describe("the reminder", () => {
  it("goes only to the contacts of parties with open rows, once per request key", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    // Only the new version (adopted today) and only municipalities: Askøy has adopted it, so it gets nothing.
    const bergenContact = await db.prisma.user.create({ data: { email: "kontakt@bergen.example.no", name: "Kontakt Bergen", roles: ["PARTNER_CONTACT"], partyId: ids.party("bergen") } });
    const key = "reminder-key-0000000001";
    const send = () => actions.sendReminderAction(null, form({ before: today(), agreement: SLUG, kind: "MUNICIPALITY", requestKey: key }));
    const first = await send();
    expect(first).toMatchObject({ ok: true, mails: 1, parties: 1 });
    expect(await send()).toMatchObject({ ok: true }); // the double click
    const mails = await db.prisma.outgoingEmail.findMany({ where: { dedupeKey: { startsWith: `adoption-reminder:${key}` } } });
    expect(mails.map((m) => m.to)).toEqual([bergenContact.email]);
    expect(mails[0]!.text).toContain("Innlegging i sjukehus (2027)");
    expect(mails.some((m) => m.to === DEMO_USERS.partner.email)).toBe(false);
    // A partner may not send reminders.
    await signInAs(DEMO_USERS.partner.id);
    expect(await actions.sendReminderAction(null, form({ before: today(), requestKey: "reminder-key-0000000002" }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});

describe("the yearly review (spec: SSU reviews the agreements yearly)", () => {
  it("is a task on the secretariat's home page when the last review is over 12 months old; recording one clears it", async () => {
    const { TASKS } = await import("@/lib/workspace/tasks/data");
    const task = TASKS.find((t) => t.key === "agreementReviews")!;
    expect(task).toMatchObject({ permission: "adoption.manage", path: "/admin/avtalar/vedtak#arleg-gjennomgang" });
    const later = new Date(Date.now() + 400 * 86_400_000);
    const ctx = { now: later } as Parameters<typeof task.count>[0];
    const agreements = await db.prisma.agreement.count();
    expect(await task.count(ctx)).toBe(agreements);
    // The review is recorded on the agreement's editor page (recordReview): that agreement leaves the list.
    await signInAs(DEMO_USERS.secretariat.id);
    const agreement = await db.prisma.agreement.findUniqueOrThrow({ where: { slug: SLUG } });
    const reviewedOn = later.toISOString().slice(0, 10);
    await redirected(
      agreementActions.recordReviewAction(null, form({ agreementId: agreement.id, year: reviewedOn.slice(0, 4), reviewedOn, bodyId: ids.body("ssu"), outcome: "Gjennomgått utan endringar." })),
    );
    expect(await task.count(ctx)).toBe(agreements - 1);
    expect((await data.reviewsDue(later)).map((a) => a.slug)).not.toContain(SLUG);
  });
});
