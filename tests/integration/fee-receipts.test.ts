// Receipts of fee claims (issue 16 item 3: "tickets/tolls with receipt uploads"; the issue's bad input: "receipts are
// PDF/JPEG/PNG checked by content") against a real migrated database with the seed. A claim with expenses needs a
// receipt; content decides the kind, not the name; an empty file is refused; a returned claim is corrected with its
// receipts; one policy (lib/fees/policy.ts canDownloadReceipt) lets the claimant and the secretariat download, nobody
// else; the same idempotency key twice (a double click) makes one claim and one set of receipts; receipts go with
// their claim.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import { detectKind } from "@/lib/uploads/file-check";
import { DEMO_USERS, seed } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let data: typeof import("@/lib/fees/data");
let mutations: typeof import("@/lib/fees/mutations");
let form: typeof import("@/lib/fees/claim-form-data");
let policy: typeof import("@/lib/fees/policy");
let csv: typeof import("@/lib/fees/export");
const viewers = {} as Record<"userRep" | "gp" | "secretariat" | "admin" | "member" | "partner", Viewer>;

const NOW = new Date("2026-11-22T12:00:00Z");
const USER_REP = DEMO_USERS.userRep.id;
const SECRETARIAT = DEMO_USERS.secretariat.id;

/** A tiny valid PDF and a 1×1 PNG: what the content check must accept. */
const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

const file = (bytes: Uint8Array | string, name: string, type = "application/pdf") => new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });

function claimForm(fields: Record<string, string>, files: File[] = [], remove: string[] = []): FormData {
  const fd = new FormData();
  const all = { version: "0", meetingHours: "2,5", preparationHours: "1,5", kilometres: "42", expenses: "84", note: "", ...fields };
  for (const [key, value] of Object.entries(all)) fd.set(key, value);
  // An untouched file input posts one empty, nameless file: the form reader must not count it.
  if (files.length === 0) fd.append("receipts", new File([], "", { type: "application/octet-stream" }));
  for (const f of files) fd.append("receipts", f);
  for (const id of remove) fd.append("removeReceipt", id);
  return fd;
}

async function read(fd: FormData) {
  const result = await form.readClaimForm(fd);
  return result;
}

async function openMeetings() {
  return (await data.claimableMeetings(USER_REP, NOW)).filter((m) => !m.claim);
}

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  data = await import("@/lib/fees/data");
  mutations = await import("@/lib/fees/mutations");
  form = await import("@/lib/fees/claim-form-data");
  policy = await import("@/lib/fees/policy");
  csv = await import("@/lib/fees/export");
  const auth = await import("@/lib/auth/data");
  const sessions = await import("@/lib/auth/mutations");
  for (const who of Object.keys({ userRep: 1, gp: 1, secretariat: 1, admin: 1, member: 1, partner: 1 }) as (keyof typeof viewers)[]) {
    viewers[who] = (await auth.loadSession(await sessions.createSession(DEMO_USERS[who].id, NOW), NOW)).viewer;
  }
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the receipt rule (expenses need a receipt)", () => {
  it("refuses a new claim with expenses and no receipt, tied to the receipts field, and writes nothing", async () => {
    const target = (await openMeetings())[0]!;
    const fields = { meetingId: target.meetingId, membershipId: target.membershipId };
    const refused = await read(claimForm(fields));
    expect(refused).toEqual({ ok: false, fieldErrors: { receipts: "receiptRequired" } });
    // Other errors come at the same time (one round trip shows them all).
    expect(await read(claimForm({ ...fields, kilometres: "mange" }))).toEqual({ ok: false, fieldErrors: { kilometres: "number", receipts: "receiptRequired" } });
    // The mutation holds the rule too (a script, a forged post).
    const parsed = await read(claimForm({ ...fields, expenses: "0" }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await mutations.submitClaim({ ...parsed.input, expenses: 84_00 }, USER_REP, NOW)).toEqual({ ok: false, error: "RECEIPT_REQUIRED" });
    expect(await db.prisma.feeClaim.count({ where: { meetingId: target.meetingId, userId: USER_REP } })).toBe(0);
    // Without expenses no receipt is needed.
    expect((await read(claimForm({ ...fields, expenses: "" }))).ok).toBe(true);
  });

  it("checks receipts by content: a .pdf that is text, an empty file, too many files are refused; names are cleaned", async () => {
    const target = (await openMeetings())[0]!;
    const fields = { meetingId: target.meetingId, membershipId: target.membershipId };
    expect(await read(claimForm(fields, [file("Dette er berre tekst, ikkje ein PDF.", "kvittering.pdf")]))).toEqual({ ok: false, fieldErrors: { receipts: "fileType" } });
    expect(await read(claimForm(fields, [file(new Uint8Array(0), "tom.pdf")]))).toEqual({ ok: false, fieldErrors: { receipts: "fileEmpty" } });
    // A kind the content check knows, but not a receipt kind.
    const gif = new TextEncoder().encode("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;");
    expect(await read(claimForm(fields, [file(gif, "bilete.png", "image/png")]))).toEqual({ ok: false, fieldErrors: { receipts: "fileType" } });
    const six = Array.from({ length: policy.MAX_RECEIPTS + 1 }, (_, i) => file(PDF, `k${i}.pdf`));
    expect(await read(claimForm(fields, six))).toEqual({ ok: false, fieldErrors: { receipts: "tooManyFiles" } });
    const big = new Uint8Array(policy.RECEIPT_UPLOAD.maxBytes + 1);
    big.set(PDF);
    expect(await read(claimForm(fields, [file(big, "stor.pdf")]))).toEqual({ ok: false, fieldErrors: { receipts: "fileTooLarge" } });

    // A PNG named .pdf and sent as application/pdf is a PNG; a path in the name is dropped.
    const ok = await read(claimForm(fields, [file(PNG, "bilete.pdf"), file(PDF, "../../etc/Bom\u0000pengar<Nyborg>.pdf", "text/plain")]));
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.receipts.add.map((r) => [r.fileName, r.mimeType, r.size])).toEqual([
      ["bilete.png", "image/png", PNG.byteLength],
      ["Bompengar_Nyborg.pdf", "application/pdf", PDF.byteLength],
    ]);
  });
});

describe("a claim with receipts", () => {
  it("is submitted once with one set of receipts, whatever a double click sends", async () => {
    const target = (await openMeetings())[0]!;
    const key = "dobbelklikk-0123456789abcdef";
    const fd = () => claimForm({ meetingId: target.meetingId, membershipId: target.membershipId, idempotencyKey: key }, [file(PDF, "bompengar.pdf"), file(PNG, "parkering.png", "image/png")]);
    const [a, b] = await Promise.all([read(fd()), read(fd())]);
    if (!a.ok || !b.ok) throw new Error("the form should be valid");
    // Two requests with the same key at the same time, then a third (a retried post) later.
    const [first, second] = await Promise.all([mutations.submitClaim(a.input, USER_REP, NOW, a.receipts), mutations.submitClaim(b.input, USER_REP, NOW, b.receipts)]);
    expect(first.ok && second.ok).toBe(true);
    const again = await read(fd());
    if (!again.ok) throw new Error("the form should be valid");
    expect(await mutations.submitClaim(again.input, USER_REP, NOW, again.receipts)).toMatchObject({ ok: true, replay: true });
    const claims = await db.prisma.feeClaim.findMany({ where: { meetingId: target.meetingId, userId: USER_REP }, select: { id: true, version: true, receipts: { select: { fileName: true } } } });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.version).toBe(1);
    expect(claims[0]!.receipts.map((r) => r.fileName).sort()).toEqual(["bompengar.pdf", "parkering.png"]);
    // Another user's key is never theirs to replay.
    expect(await mutations.submitClaim(again.input, DEMO_USERS.gp.id, NOW, again.receipts)).toEqual({ ok: false, error: "CONFLICT" });
  });

  it("is returned, then corrected: receipts removed and added, the rule checked on what the claim keeps", async () => {
    const target = (await openMeetings())[0]!;
    const fields = { meetingId: target.meetingId, membershipId: target.membershipId };
    const first = await read(claimForm({ ...fields, idempotencyKey: "retur-1-0123456789abcdef" }, [file(PDF, "feil-kvittering.pdf")]));
    if (!first.ok) throw new Error("valid");
    const submitted = await mutations.submitClaim(first.input, USER_REP, NOW, first.receipts);
    if (!submitted.ok) throw new Error(submitted.error);
    await mutations.decideClaim({ claimId: submitted.claimId, version: 1, decision: "return", reason: "Feil kvittering.", }, SECRETARIAT, NOW);
    const mine = (await data.claimableMeetings(USER_REP, NOW)).find((m) => m.meetingId === target.meetingId)!.claim!;
    expect(mine).toMatchObject({ status: "RETURNED", version: 2 });
    const wrong = mine.receipts[0]!;
    expect(wrong).toMatchObject({ fileName: "feil-kvittering.pdf", mimeType: "application/pdf", size: PDF.byteLength });

    // Removing the only receipt while the claim still has expenses: refused, nothing changed.
    const bare = await read(claimForm({ ...fields, version: "2", idempotencyKey: "retur-2-0123456789abcdef" }, [], [wrong.id]));
    if (!bare.ok) throw new Error("a correction's rule is the mutation's");
    expect(await mutations.submitClaim(bare.input, USER_REP, NOW, bare.receipts)).toEqual({ ok: false, error: "RECEIPT_REQUIRED" });
    expect(await db.prisma.feeReceipt.count({ where: { claimId: submitted.claimId } })).toBe(1);
    expect((await db.prisma.feeClaim.findUniqueOrThrow({ where: { id: submitted.claimId } })).status).toBe("RETURNED");

    // The right receipt instead of the wrong one (a receipt id of someone else's claim is ignored).
    const gpReceipt = await db.prisma.feeReceipt.findFirstOrThrow({ where: { claim: { userId: DEMO_USERS.gp.id } }, select: { id: true } });
    const fixed = await read(claimForm({ ...fields, version: "2", idempotencyKey: "retur-3-0123456789abcdef" }, [file(PNG, "rett-kvittering.png", "image/png")], [wrong.id, gpReceipt.id]));
    if (!fixed.ok) throw new Error("valid");
    expect((await mutations.submitClaim(fixed.input, USER_REP, NOW, fixed.receipts)).ok).toBe(true);
    const after = await db.prisma.feeClaim.findUniqueOrThrow({ where: { id: submitted.claimId }, select: { status: true, version: true, receipts: { select: { fileName: true } } } });
    expect(after).toEqual({ status: "SUBMITTED", version: 3, receipts: [{ fileName: "rett-kvittering.png" }] });
    expect(await db.prisma.feeReceipt.count({ where: { id: gpReceipt.id } })).toBe(1);

    // The secretariat sees the receipt on the claim (no bytes in the list), approves, and the export counts it.
    const { waiting } = await data.claimsForReview(NOW);
    const review = waiting.find((c) => c.id === submitted.claimId)!;
    expect(review.receipts).toEqual([{ id: expect.any(String), fileName: "rett-kvittering.png", mimeType: "image/png", size: PNG.byteLength }]);
    expect(await mutations.decideClaim({ claimId: submitted.claimId, version: 3, decision: "approve", reason: "" }, SECRETARIAT, NOW)).toEqual({ ok: true });
    const line = csv
      .feeCsv("nn", await data.approvedClaims("2026-01-01", "2026-12-31"))
      .split("\r\n")
      .find((l) => l.includes(review.claimant) && l.includes(";84,00;"))!;
    expect(line.endsWith(";1")).toBe(true);
  });
});

describe("who may download a receipt (one policy for the link and the route)", () => {
  it("lets the claimant and the secretariat, nobody else", async () => {
    const claim = await db.prisma.feeClaim.findFirstOrThrow({ where: { userId: USER_REP, receipts: { some: {} } }, select: { userId: true } });
    const may = (v: Viewer) => policy.canDownloadReceipt(v, claim);
    expect(may(viewers.userRep)).toBe(true);
    expect(may(viewers.secretariat)).toBe(true);
    expect(may(viewers.admin)).toBe(true);
    // Another fee claimant in the same body, a member, a partner, an anonymous visitor.
    expect(may(viewers.gp)).toBe(false);
    expect(may(viewers.member)).toBe(false);
    expect(may(viewers.partner)).toBe(false);
    expect(may(ANONYMOUS)).toBe(false);
  });
});

describe("the seed and housekeeping", () => {
  it("gives the seeded claim with expenses a real PDF receipt, and a claim's receipts go with it", async () => {
    const seeded = await db.prisma.feeClaim.findMany({ where: { userId: DEMO_USERS.gp.id, id: { startsWith: "seed-fee-claim-" } }, select: { expensesOre: true, receipts: { select: { content: true, mimeType: true, fileName: true } } } });
    for (const c of seeded) expect(c.receipts.length > 0, "a seeded claim with expenses has a receipt").toBe(c.expensesOre > 0);
    const receipt = seeded.find((c) => c.expensesOre > 0)!.receipts[0]!;
    expect(receipt).toMatchObject({ mimeType: "application/pdf", fileName: "kvittering-bompengar.pdf" });
    expect(await detectKind(receipt.content)).toBe("pdf");
    // Seeding again adds nothing (skipDuplicates, and only an untouched claim without receipts gets one).
    const before = await db.prisma.feeReceipt.count();
    await seed(db.prisma, { now: NOW });
    expect(await db.prisma.feeReceipt.count()).toBe(before);

    const withReceipts = await db.prisma.feeClaim.findFirstOrThrow({ where: { userId: USER_REP, receipts: { some: {} } }, select: { id: true } });
    await db.prisma.feeClaim.delete({ where: { id: withReceipts.id } });
    expect(await db.prisma.feeReceipt.count({ where: { claimId: withReceipts.id } })).toBe(0);
  });
});
