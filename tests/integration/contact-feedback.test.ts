// Issue 14.8: the secretariat's contact details (seeded, edited with a version check, audited without the e-mail
// address or phone number) and the accessibility feedback (stored with its e-mail in one transaction, once per form
// key, rate limited; free text never holds a fødselsnummer).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";
import { mulberry32, randomNationalId, writeVariant } from "../helpers/national-id-fuzz";

let db: TestDatabase;
let contact: typeof import("@/lib/contact/mutations");
let schema: typeof import("@/lib/contact/schema");
const NOW = new Date("2026-11-22T12:00:00Z");
const ctx = (key: string, ip = "192.0.2.10") => ({ ip, lang: "nn" as const, now: NOW, siteUrl: "http://saman.test", idempotencyKey: key });
const message = (text: string) => ({ name: "", email: "", page: "/mote", message: text, idempotencyKey: "x".repeat(20) });

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  contact = await import("@/lib/contact/mutations");
  schema = await import("@/lib/contact/schema");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("contact details", () => {
  it("are seeded, and a second seed run keeps the secretariat's edit", async () => {
    const before = await db.prisma.contactSettings.findUniqueOrThrow({ where: { id: "secretariat" } });
    const admin = await db.prisma.user.findFirstOrThrow({ where: { roles: { has: "SECRETARIAT" } } });
    const values = schema.contactSchema.parse({ ...before, nameNb: "", openingHours: "", openingHoursNb: "", phone: "+47 55 97 00 00", version: String(before.version) });
    expect(await contact.updateContact(admin.id, values)).toEqual({ ok: true, id: "secretariat" });
    // The same form posted again carries the old version: CONFLICT, nothing overwritten.
    expect(await contact.updateContact(admin.id, { ...values, phone: "+47 11 11 11 11" })).toEqual({ ok: false, error: "CONFLICT" });
    await seed(db.prisma, { now: NOW });
    const after = await db.prisma.contactSettings.findUniqueOrThrow({ where: { id: "secretariat" } });
    expect(after.phone).toBe("+47 55 97 00 00");
    expect(after.version).toBe(before.version + 1);
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "contact.update" } });
    expect(JSON.stringify([entry.before, entry.after])).not.toMatch(/@|55 97/);
  });

  it("refuses an invalid e-mail address or phone number", () => {
    const r = schema.contactSchema.safeParse({ version: "1", name: "S", address: "A", email: "nei", phone: "ring meg" });
    expect(r.success).toBe(false);
  });
});

describe("accessibility feedback", () => {
  it("stores the message and queues its e-mail to the secretariat's address in the same transaction, once per key", async () => {
    const values = schema.feedbackSchema.parse({ ...message("Knappen på møtesida kan ikkje nåast med tastatur."), idempotencyKey: "feedback-key-0000000001" });
    const first = await contact.submitFeedback(values, ctx(values.idempotencyKey));
    const again = await contact.submitFeedback(values, ctx(values.idempotencyKey));
    expect(first).toMatchObject({ ok: true, created: true });
    expect(again).toMatchObject({ ok: true, created: false, id: (first as { id: string }).id });
    expect(await db.prisma.accessibilityFeedback.count({ where: { message: values.message } })).toBe(1);
    const address = (await db.prisma.contactSettings.findUniqueOrThrow({ where: { id: "secretariat" } })).email;
    const mails = await db.prisma.outgoingEmail.findMany({ where: { to: address, text: { contains: values.message } } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("/admin/tilbakemeldingar");
  });

  it("needs only the message; name and e-mail are optional", () => {
    expect(schema.feedbackSchema.safeParse(message("Hei")).success).toBe(true);
    const empty = schema.feedbackSchema.safeParse(message("  "));
    expect(empty.success).toBe(false);
    expect(empty.error!.issues[0]!.message).toBe("required");
    expect(schema.feedbackSchema.safeParse({ ...message("Hei"), email: "ikkje-ei-adresse" }).success).toBe(false);
  });

  it("refuses a fødselsnummer or D-number in any free text field", () => {
    const random = mulberry32(14);
    for (const field of ["message", "name", "page"] as const) {
      const id = writeVariant(randomNationalId(random), random);
      const r = schema.feedbackSchema.safeParse({ ...message("Hei"), [field]: `Gjeld ${id}` });
      expect(r.success).toBe(false);
      expect(r.error!.issues.map((i) => i.message)).toContain("nationalId");
    }
  });

  it("is rate limited per client address, and a refused message stores nothing", async () => {
    const ip = "198.51.100.7";
    const results = [];
    for (let i = 0; i < contact.FEEDBACK_LIMITS.perAddress + 1; i++) {
      const values = schema.feedbackSchema.parse({ ...message(`Melding nr. ${i} frå same adresse`), idempotencyKey: `rate-limit-key-${String(i).padStart(6, "0")}` });
      results.push(await contact.submitFeedback(values, ctx(values.idempotencyKey, ip)));
    }
    expect(results.slice(0, -1).every((r) => r.ok)).toBe(true);
    expect(results.at(-1)).toEqual({ ok: false, error: "RATE_LIMITED" });
    expect(await db.prisma.accessibilityFeedback.count({ where: { message: { contains: "frå same adresse" } } })).toBe(contact.FEEDBACK_LIMITS.perAddress);
    // Another address is not affected.
    const other = schema.feedbackSchema.parse({ ...message("Frå ei anna adresse"), idempotencyKey: "other-address-key-0001" });
    expect((await contact.submitFeedback(other, ctx(other.idempotencyKey, "203.0.113.9"))).ok).toBe(true);
  });
});
