// Sessions, throttling, disabling and password reset against a real database, with a fake clock: every function
// takes `now`, so half an hour or twelve hours pass in a line.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let auth: typeof import("@/lib/auth/data");
let m: typeof import("@/lib/auth/mutations");

const T0 = new Date("2026-11-22T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const PASSWORD = "correct horse battery";
let adminId: string;
let userId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  auth = await import("@/lib/auth/data");
  m = await import("@/lib/auth/mutations");
  adminId = (await db.prisma.user.create({ data: { email: "root@example.no", name: "Root", roles: ["ADMIN"] } })).id;
  const created = await m.createUser(adminId, { email: "Kari@Example.no", name: "Kari", roles: ["SECRETARIAT"], personId: null, partyId: null, password: PASSWORD }, T0);
  if (!created.ok) throw new Error(created.error);
  userId = created.id;
}, 120_000);

afterAll(async () => {
  await db?.close();
});

const signIn = (password: string, now: Date, ip = "10.0.0.1", email = "kari@example.no") => m.signInWithPassword({ email, password, ip }, now);

describe("password sign-in", () => {
  it("stores an argon2id hash and signs in with the right password (e-mail case does not matter)", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const result = await signIn(PASSWORD, T0, "10.0.0.1", "KARI@example.no");
    expect(result.ok).toBe(true);
  });

  it("answers a wrong password and an unknown account the same way", async () => {
    expect(await signIn("wrong password!", at(1), "10.0.1.1")).toEqual({ ok: false, error: "INVALID" });
    expect(await signIn("wrong password!", at(1), "10.0.1.2", "nobody@example.no")).toEqual({ ok: false, error: "INVALID" });
  });

  it("refuses the account after 5 failures in a minute, even with the right password, and lets it in a minute later", async () => {
    for (let i = 0; i < 4; i++) expect((await signIn("nope nope nope", at(10), `10.1.0.${i}`)).ok).toBe(false);
    // 1 failure above (10.0.1.1) was at minute 1 – outside this window; these are 4 + 1 = 5 within the minute.
    expect(await signIn("nope nope nope", at(10.5), "10.1.0.9")).toEqual({ ok: false, error: "INVALID" });
    expect(await signIn(PASSWORD, at(10.6), "10.1.0.10")).toEqual({ ok: false, error: "THROTTLED" });
    expect((await signIn(PASSWORD, at(11.6), "10.1.0.11")).ok).toBe(true);
  });

  it("refuses an address after 5 failures in a minute, whatever the account", async () => {
    for (let i = 0; i < 5; i++) await signIn("x".repeat(12), at(20), "10.2.0.1", `guess${i}@example.no`);
    expect(await signIn(PASSWORD, at(20.2), "10.2.0.1")).toEqual({ ok: false, error: "THROTTLED" });
    expect((await signIn(PASSWORD, at(20.2), "10.2.0.2")).ok).toBe(true);
  });

  it("logs sign-ins and failures without passwords, e-mail addresses or tokens", async () => {
    const entries = await db.prisma.auditEntry.findMany({ where: { action: "auth.signIn" } });
    expect(entries.map((e) => e.outcome)).toEqual(expect.arrayContaining(["OK", "FAILED", "DENIED"]));
    const text = JSON.stringify(entries, (_k, v) => (typeof v === "bigint" ? String(v) : v));
    expect(text).not.toMatch(/correct horse|nope nope|kari@example|guess\d@/i);
    expect(entries.every((e) => e.ip === null || /\.0$/.test(e.ip))).toBe(true);
  });
});

describe("session limits", () => {
  it("ends a session after 30 minutes idle, and keeps it alive while it is used", async () => {
    const sid = await m.createSession(userId, at(100));
    expect((await auth.loadSession(sid, at(125))).user?.id).toBe(userId);
    expect((await auth.loadSession(sid, at(154))).user?.id).toBe(userId); // 29 min after the last request
    expect((await auth.loadSession(sid, at(185))).user).toBeNull(); // 31 min idle
    expect(await db.prisma.session.count({ where: { id: sid } })).toBe(0);
  });

  it("ends a session 12 hours after sign-in however active it is", async () => {
    const sid = await m.createSession(userId, at(200));
    for (let minute = 220; minute < 200 + 12 * 60; minute += 20) expect((await auth.loadSession(sid, at(minute))).user).not.toBeNull();
    expect((await auth.loadSession(sid, at(200 + 12 * 60))).user).toBeNull();
  });

  it("ends the session on sign-out: the same cookie is worth nothing afterwards", async () => {
    const sid = await m.createSession(userId, at(300));
    await m.signOut(sid, at(301));
    expect((await auth.loadSession(sid, at(302))).viewer.userId).toBeNull();
  });

  it("makes a disabled user anonymous on their next request, and refuses their sign-in", async () => {
    const other = await m.createUser(adminId, { email: "ola@example.no", name: "Ola", roles: ["ADMIN"], personId: null, partyId: null, password: PASSWORD }, T0);
    if (!other.ok) throw new Error(other.error);
    const sid = await m.createSession(other.id, at(400));
    expect((await auth.loadSession(sid, at(401))).viewer.roles).toEqual(["ADMIN"]);
    await m.setUserDisabled(adminId, other.id, true, at(402));
    expect((await auth.loadSession(sid, at(402))).viewer.userId).toBeNull();
    expect(await signIn(PASSWORD, at(403), "10.3.0.1", "ola@example.no")).toEqual({ ok: false, error: "INVALID" });
    const log = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "user.disable", entityId: other.id } });
    expect(log).toMatchObject({ actorId: adminId, before: { disabled: false }, after: { disabled: true } });
  });

  it("takes roles from the database on every request, not from the session", async () => {
    const sid = await m.createSession(userId, at(500));
    expect((await auth.loadSession(sid, at(500))).viewer.roles).toEqual(["SECRETARIAT"]);
    await m.updateUser(adminId, userId, { name: "Kari", roles: [], personId: null, partyId: null }, at(501));
    expect((await auth.loadSession(sid, at(502))).viewer.roles).toEqual([]);
    await m.updateUser(adminId, userId, { name: "Kari", roles: ["SECRETARIAT"], personId: null, partyId: null }, at(503));
  });
});

describe("password reset", () => {
  /** A reset request as the action makes it; the token comes from the mail's link. */
  const requestReset = async (email: string, now: Date, ip = "10.9.0.1") => {
    let token = "";
    const outcome = await m.requestPasswordReset({ email, ip }, now, (link) => {
      token = link.token;
      return { to: link.to, subject: "Nytt passord", text: `?token=${link.token}` };
    });
    return { outcome, token };
  };

  it("gives a link valid for 10 minutes, once, and ends the user's sessions", async () => {
    const sid = await m.createSession(userId, at(600));
    const reset = await requestReset("kari@example.no", at(600));
    expect(reset.outcome).toBe("SENT");
    expect(await db.prisma.passwordResetToken.count({ where: { tokenHash: reset.token } })).toBe(0); // only the hash is stored
    expect(await m.resetPassword(reset.token, "a brand new password", at(605))).toBe(true);
    expect(await m.resetPassword(reset.token, "another new password", at(606))).toBe(false);
    expect((await auth.loadSession(sid, at(606))).user).toBeNull();
    expect((await signIn("a brand new password", at(607), "10.4.0.1")).ok).toBe(true);

    const late = await requestReset("kari@example.no", at(700));
    expect(await m.resetPassword(late.token, "too late password", at(710))).toBe(false);
    expect((await requestReset("nobody@example.no", at(700))).outcome).toBe("NO_ACCOUNT");
  });
});
