// Issue 17, security findings below the browser, against a real database: password reset is limited per account
// and per client address and does the same work whether the account exists or not; sign-in answers and writes the
// same for an unknown account and a wrong password; a case's contact e-mail may not carry a national identity
// number; a chosen but empty attachment is refused with a field error instead of being dropped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { DEMO_USERS, ids } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";
import { emailWithNationalId, mulberry32 } from "../helpers/national-id-fuzz";

let db: TestDatabase;
let auth: typeof import("@/lib/auth/mutations");
let cases: typeof import("@/lib/cases/service");
let limits: typeof import("@/lib/auth/limits");
const NOW = new Date("2026-11-22T12:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  delete process.env.SMTP_URL;
  auth = await import("@/lib/auth/mutations");
  cases = await import("@/lib/cases/service");
  limits = await import("@/lib/auth/limits");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

const mailFor = (link: { token: string; to: string }) => ({ to: link.to, subject: "Nytt passord til Saman", text: `?token=${link.token}` });
const reset = (email: string, now: Date, ip: string | null) => auth.requestPasswordReset({ email, ip }, now, mailFor);
const resetMails = (to: string) => db.prisma.outgoingEmail.count({ where: { to, subject: "Nytt passord til Saman" } });

/** Rows a request wrote, per table. */
async function rowCounts() {
  const p = db.prisma;
  return {
    rateLimitHits: await p.rateLimitHit.count(),
    audit: await p.auditEntry.count(),
    signInFailures: await p.signInFailure.count(),
    tokens: await p.passwordResetToken.count(),
    mails: await p.outgoingEmail.count(),
  };
}
const diff = (a: Record<string, number>, b: Record<string, number>) => Object.fromEntries(Object.keys(a).map((k) => [k, b[k]! - a[k]!]));

describe("password reset (issue 17)", () => {
  it("sends at most 3 links an hour per account, however many requests come (15 requests → 3 mails)", async () => {
    const email = DEMO_USERS.member.email;
    const outcomes = [];
    for (let i = 0; i < 15; i++) outcomes.push(await reset(email.toUpperCase(), later(i), `10.1.0.${i}`));
    expect(outcomes.filter((o) => o === "SENT")).toHaveLength(limits.RESET_MAX_PER_ACCOUNT);
    expect(outcomes.slice(limits.RESET_MAX_PER_ACCOUNT).every((o) => o === "LIMITED")).toBe(true);
    expect(await resetMails(email)).toBe(limits.RESET_MAX_PER_ACCOUNT);
    // An hour after the first requests, the window has moved on.
    expect(await reset(email, later(61 + 15), "10.1.1.1")).toBe("SENT");
  });

  it("limits one client address across accounts, known or not", async () => {
    const ip = "10.2.0.1";
    const outcomes = [];
    for (let i = 0; i < limits.RESET_MAX_PER_ADDRESS + 2; i++) outcomes.push(await reset(`ukjend-${i}@example.no`, later(200 + i), ip));
    expect(outcomes.filter((o) => o === "LIMITED")).toHaveLength(2);
    expect(await reset(DEMO_USERS.deputy.email, later(215), ip)).toBe("LIMITED");
    expect(await resetMails(DEMO_USERS.deputy.email)).toBe(0);
    expect(await reset(DEMO_USERS.deputy.email, later(215), "10.2.0.2")).toBe("SENT");
  });

  it("does the same database work for an existing and an unknown account, and stores no plain address in the limits", async () => {
    const before1 = await rowCounts();
    expect(await reset(DEMO_USERS.secretariat.email, later(400), "10.3.0.1")).toBe("SENT");
    const known = diff(before1, await rowCounts());
    const before2 = await rowCounts();
    expect(await reset("finst-ikkje@example.no", later(400), "10.3.0.2")).toBe("NO_ACCOUNT");
    const unknown = diff(before2, await rowCounts());
    // Same limit hits and audit entry; the token and mail exist only for the real account (the unknown one's mail
    // row is written and removed in the same transaction: the same work, nothing kept).
    expect(unknown).toEqual({ ...known, tokens: 0, mails: 0 });
    expect(known).toMatchObject({ rateLimitHits: 2, audit: 1, tokens: 1, mails: 1 });
    const keys = (await db.prisma.rateLimitHit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);
    expect(await db.prisma.outgoingEmail.count({ where: { to: "finst-ikkje@example.no" } })).toBe(0);
  });
});

describe("sign-in answers the same for unknown accounts (issue 17)", () => {
  it("gives INVALID and writes the same rows for an unknown account and a wrong password", async () => {
    const before1 = await rowCounts();
    const wrong = await auth.signInWithPassword({ email: DEMO_USERS.admin.email, password: "feil passord", ip: "10.5.0.1" }, later(500));
    const known = diff(before1, await rowCounts());
    const before2 = await rowCounts();
    const unknown = await auth.signInWithPassword({ email: "ingen@example.no", password: "feil passord", ip: "10.5.0.2" }, later(500));
    expect(unknown).toEqual(wrong);
    expect(diff(before2, await rowCounts())).toEqual(known);
  });
});

describe("case submission (issue 17)", () => {
  const partner: Viewer = { userId: DEMO_USERS.partner.id, roles: ["PARTNER_CONTACT"], memberBodyIds: [], partyId: ids.party("askoy") };
  let seq = 0;
  const form = (overrides: Record<string, string | Blob> = {}) => {
    const fd = new FormData();
    const fields: Record<string, string | Blob> = {
      idempotencyKey: `security-test-key-${String(++seq).padStart(6, "0")}`,
      targetBodyId: ids.body("ssu"),
      title: "Felles rutine for utskriving",
      description: "Kommunane og sjukehuset treng ein felles rutine for utskriving av skrøpelege eldre.",
      partyId: ids.party("askoy"),
      contactName: "Kari Kontakt",
      contactEmail: "kari@askoy.example.no",
      priorityGroups: "FRAIL_ELDERLY",
      noPatientData: "on",
      lang: "nn",
      ...overrides,
    };
    for (const [name, value] of Object.entries(fields)) fd.append(name, value);
    return fd;
  };
  const facts = () => ({ ip: "10.6.0.1", now: new Date() });

  it("refuses a national identity number as the contact e-mail's local part (property check)", async () => {
    const random = mulberry32(2026);
    const before = await db.prisma.case.count();
    for (let i = 0; i < 20; i++) {
      const address = emailWithNationalId(random);
      const result = await cases.handleSubmission(partner, form({ contactEmail: address }), facts());
      expect(result, address).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { contactEmail: "nationalId" } });
    }
    expect(await db.prisma.case.count()).toBe(before);
  });

  it("refuses a chosen but empty attachment with a field error instead of dropping it", async () => {
    const before = await db.prisma.case.count();
    const empty = new File([], "referat.pdf", { type: "application/pdf" });
    const result = await cases.handleSubmission(partner, form({ attachments: empty }), facts());
    expect(result).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { attachments: "fileEmpty" } });
    expect(await db.prisma.case.count()).toBe(before);
    // An untouched file input (an empty, nameless file) is still no file at all.
    const untouched = await cases.handleSubmission(partner, form({ attachments: new File([], "") }), facts());
    expect(untouched.ok).toBe(true);
  });

  it("cleans control characters out of an attachment's name", async () => {
    const pdf = new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], "no\u0001t\u001bat\u0000.pdf");
    const result = await cases.handleSubmission(partner, form({ attachments: pdf }), facts());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const version = await db.prisma.documentVersion.findFirstOrThrow({ where: { document: { caseId: result.caseId } } });
    expect(version.fileName).toBe("notat.pdf");
  });
});
