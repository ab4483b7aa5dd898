// Issue 16 item 5: follow and alerts. Double opt-in (nothing is sent before the link is opened), immediate mails vs
// the weekly digest (one mail per address per week, with an injected clock), case alerts only to followers who may see
// the case, one-click unsubscribe that is idempotent, and tokens stored only as their sha256.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let follow: typeof import("@/lib/follow/mutations");
let events: typeof import("@/lib/follow/events");
let statusMail: typeof import("@/lib/cases/status-mail");
const NOW = new Date("2026-11-22T12:00:00Z");
const sha = (v: string) => createHash("sha256").update(v).digest("hex");
const visitor = (email: string, ip = "192.0.2.20") => ({ userId: null, email, ip });

/** The token in a mailed link (…/stadfest/<token>, …/avmeld/<token>). */
function tokenIn(text: string, path: string): string {
  const match = new RegExp(`${path}/([A-Za-z0-9_-]{43})`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return match[1]!;
}

async function mailsTo(email: string) {
  return db.prisma.outgoingEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

async function someBody() {
  return db.prisma.body.findFirstOrThrow({ where: { slug: "ssu" }, select: { id: true, name: true, nameNb: true } });
}

async function publishMinutesAlert(bodyId: string, meetingId: string) {
  const body = await db.prisma.body.findUniqueOrThrow({ where: { id: bodyId }, select: { id: true, name: true, nameNb: true } });
  await db.prisma.$transaction((tx) => follow.alertFollowers(tx, events.minutesPublishedEvent({ id: meetingId, startsAt: NOW, body })));
}

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  follow = await import("@/lib/follow/mutations");
  events = await import("@/lib/follow/events");
  statusMail = await import("@/lib/cases/status-mail");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("double opt-in", () => {
  it("sends only the confirmation mail before the link is opened, then alerts", async () => {
    const body = await someBody();
    const email = "optin@example.test";
    expect(await follow.requestFollow({ target: "BODY", targetId: body.id, frequency: "IMMEDIATE", email }, visitor(email), "nn", NOW)).toEqual({ ok: true, status: "PENDING" });
    const [confirmation] = await mailsTo(email);
    expect(confirmation!.subject).toMatch(/Stadfest/);
    // An event before confirmation reaches nobody.
    await publishMinutesAlert(body.id, "meeting-before-confirm");
    expect(await mailsTo(email)).toHaveLength(1);
    const token = tokenIn(confirmation!.text, "/folg/stadfest");
    // Stored only hashed: the token itself is nowhere in the follow row.
    const row = await db.prisma.follow.findFirstOrThrow({ where: { email } });
    expect(row.confirmTokenHash).toBe(sha(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await follow.confirmFollow(token, "nn", NOW)).toMatchObject({ ok: true });
    expect(await follow.confirmFollow(token, "nn", NOW)).toEqual({ ok: false });
    await publishMinutesAlert(body.id, "meeting-after-confirm");
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toMatch(/Nytt referat/);
    // The same event again (a retried transaction) does not mail twice.
    await publishMinutesAlert(body.id, "meeting-after-confirm");
    expect(await mailsTo(email)).toHaveLength(2);
  });

  it("a signed-in user follows at once with the account's address", async () => {
    const user = await db.prisma.user.findFirstOrThrow({ where: { roles: { has: "SECRETARIAT" } }, select: { id: true, email: true } });
    const body = await someBody();
    expect(await follow.requestFollow({ target: "BODY", targetId: body.id, frequency: "IMMEDIATE", email: "ignored@example.test" }, { userId: user.id, email: user.email }, "nb", NOW)).toEqual({ ok: true, status: "FOLLOWING" });
    expect(await db.prisma.outgoingEmail.count({ where: { to: { in: [user.email, "ignored@example.test"] } } })).toBe(0);
    await publishMinutesAlert(body.id, "meeting-signed-in");
    const [mail] = await mailsTo(user.email.toLowerCase());
    expect(mail!.subject).toMatch(/Nytt referat/);
    expect(mail!.text).toMatch(/Les mer/);
  });

  it("rate-limits follow requests per address", async () => {
    const email = "flood@example.test";
    const news = { target: "NEWS" as const, targetId: "", frequency: "IMMEDIATE" as const, email };
    const results = [];
    for (let i = 0; i < follow.FOLLOW_LIMITS.perEmail + 1; i++) results.push(await follow.requestFollow(news, visitor(email, `192.0.2.${100 + i}`), "nn", NOW));
    expect(results.at(-1)).toEqual({ ok: false, error: "RATE_LIMITED" });
    expect((await mailsTo(email)).length).toBeLessThanOrEqual(follow.FOLLOW_LIMITS.perEmail);
  });
});

describe("immediate mails and the weekly digest", () => {
  it("weekly followers get one digest a week; immediate ones a mail per event", async () => {
    const user = await db.prisma.user.findFirstOrThrow({ where: { roles: { has: "ADMIN" } }, select: { id: true, email: true } });
    const weekly = user.email.toLowerCase();
    await follow.requestFollow({ target: "NEWS", targetId: "", frequency: "WEEKLY", email: "" }, { userId: user.id, email: weekly }, "nn", NOW);
    const article = { slug: "x", title: "Ny avtale", titleNb: null, lead: "Samarbeidsavtalen er fornya.", leadNb: null };
    await db.prisma.$transaction((tx) => follow.alertFollowers(tx, events.newsPublishedEvent({ id: "n1", ...article })));
    await db.prisma.$transaction((tx) => follow.alertFollowers(tx, events.newsPublishedEvent({ id: "n2", ...article, title: "Andre nyheit" })));
    expect(await mailsTo(weekly)).toHaveLength(0);
    expect(await db.prisma.followDigestItem.count({ where: { email: weekly, sentAt: null } })).toBe(2);
    const created = (await db.prisma.followDigestItem.findFirstOrThrow({ where: { email: weekly } })).createdAt;
    // Six days on: not yet. Seven days on: one mail with both.
    expect(await follow.sendWeeklyDigests(new Date(created.getTime() + 6 * 86_400_000))).toBe(0);
    expect(await mailsTo(weekly)).toHaveLength(0);
    // Other weekly followers of the news (the seed's demo partner, earlier tests) get theirs in the same run.
    expect(await follow.sendWeeklyDigests(new Date(created.getTime() + 7 * 86_400_000 + 1000))).toBeGreaterThanOrEqual(1);
    const digest = await mailsTo(weekly);
    expect(digest).toHaveLength(1);
    expect(digest[0]!.subject).toMatch(/denne veka \(2\)/);
    expect(digest[0]!.text).toMatch(/Ny avtale[\s\S]*Andre nyheit/);
    expect(digest[0]!.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    // A second run sends nothing more.
    expect(await follow.sendWeeklyDigests(new Date(created.getTime() + 8 * 86_400_000))).toBe(0);
    expect(await mailsTo(weekly)).toHaveLength(1);
  });
});

describe("case alerts respect access", () => {
  it("a private case alerts only its own party's follower; a visitor cannot follow it", async () => {
    const contact = await db.prisma.user.findFirstOrThrow({ where: { roles: { has: "PARTNER_CONTACT" }, partyId: { not: null } }, select: { id: true, email: true, partyId: true } });
    const other = await db.prisma.user.findFirstOrThrow({ where: { roles: { has: "ADMIN" }, partyId: null }, select: { id: true, email: true } });
    const body = await someBody();
    const c = await db.prisma.case.create({
      data: { reference: "SAK-2026-9901", title: "Privat sak om legevakt", description: "…", targetBodyId: body.id, currentBodyId: body.id, submitterPartyId: contact.partyId, contactName: "K", contactEmail: "submitter@example.test" },
    });
    const input = { target: "CASE" as const, targetId: c.id, frequency: "IMMEDIATE" as const, email: "nosy@example.test" };
    expect(await follow.requestFollow(input, visitor("nosy@example.test"), "nn", NOW)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await follow.requestFollow(input, { userId: other.id, email: other.email }, "nn", NOW)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await follow.requestFollow(input, { userId: contact.id, email: contact.email }, "nn", NOW)).toEqual({ ok: true, status: "FOLLOWING" });
    // A follow that was possible once (say the follower moved party since) is checked again at alert time.
    await db.prisma.follow.create({ data: { email: other.email.toLowerCase(), userId: other.id, target: "CASE", targetId: c.id, confirmedAt: NOW } });
    await db.prisma.$transaction((tx) => statusMail.queueStatusMail(tx, { caseId: c.id, reference: c.reference, title: c.title, to: "ASSESSING", contactEmail: c.contactEmail, locale: "nn", note: null }));
    const own = await db.prisma.outgoingEmail.findMany({ where: { to: contact.email.toLowerCase(), subject: { contains: "SAK-2026-9901" } } });
    expect(own).toHaveLength(1);
    expect(await db.prisma.outgoingEmail.count({ where: { to: other.email.toLowerCase(), subject: { contains: "SAK-2026-9901" } } })).toBe(0);
    expect(await db.prisma.outgoingEmail.count({ where: { text: { contains: "Privat sak om legevakt" }, to: { notIn: [contact.email.toLowerCase(), "submitter@example.test"] } } })).toBe(0);
  });
});

describe("unsubscribe", () => {
  it("one click stops the follow; a second click changes nothing and still answers ok; the token is stored hashed", async () => {
    const user = await db.prisma.user.findFirstOrThrow({ where: { roles: { has: "SECRETARIAT" } }, select: { email: true } });
    const email = user.email.toLowerCase();
    const [mail] = await mailsTo(email);
    expect(mail!.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    const header = (mail!.headers as Record<string, string>)["List-Unsubscribe"]!;
    expect(header).toMatch(/^<https?:\/\/[^>]+\/api\/folg\/avmeld\/[A-Za-z0-9_-]{43}(\?lang=nb)?>$/);
    const token = tokenIn(header, "/api/folg/avmeld");
    expect(await db.prisma.followToken.findUnique({ where: { tokenHash: sha(token) } })).not.toBeNull();
    expect(await db.prisma.followToken.count({ where: { tokenHash: token } })).toBe(0);
    const body = await someBody();
    expect(await db.prisma.follow.count({ where: { email, target: "BODY", targetId: body.id } })).toBe(1);
    expect(await follow.unsubscribe(token)).toBe(true);
    expect(await follow.unsubscribe(token)).toBe(true);
    expect(await db.prisma.follow.count({ where: { email, target: "BODY", targetId: body.id } })).toBe(0);
    expect(await follow.unsubscribe("x".repeat(43))).toBe(false);
    await publishMinutesAlert(body.id, "meeting-after-unsubscribe");
    expect(await mailsTo(email)).toHaveLength(1);
  });
});
