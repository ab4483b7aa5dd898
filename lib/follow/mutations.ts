import "server-only";
// Follow and alerts (issue 16 item 5). Follows are requested, confirmed (double opt-in for visitors), stopped and
// unsubscribed here; alerts are written by `alertFollowers(tx, event)` inside the transaction of the change that causes
// them (minutes published, a case's status, a news article, a measure's status) – as outbox mails for immediate
// followers and as digest rows for weekly ones (bundled by ./digest.ts). Nothing is ever sent inside a request.
import { createHash, randomBytes } from "node:crypto";
import { takeRateLimits } from "@/lib/cases/submission/mutations";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { isLocale, localize, type Locale, getTranslator } from "@/lib/i18n";
import { enqueueMail } from "@/lib/mail";
import { absolute, confirmPage, managePage, unsubscribeUrl } from "./links";
import type { FollowFrequencyKind, FollowInput, FollowTargetKind } from "./schema";

type Tx = Prisma.TransactionClient;

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const newToken = () => randomBytes(32).toString("base64url");
const langOf = (locale: string): Locale => (isLocale(locale) ? locale : "nn");

/** Per address: 5 follow requests an hour; per client address 30 an hour (a form cannot be used to mail-bomb). */
export const FOLLOW_LIMITS = { perEmail: 5, perIp: 30, windowMs: 60 * 60_000 };

// ──────────────── what can be followed, by whom ────────────────

/** A case is public once it is on a noticed agenda (as lib/cases/data.ts publicCase). */
async function caseAccess(db: Tx, caseId: string): Promise<{ public: boolean; partyId: string | null } | null> {
  const found = await db.case.findUnique({
    where: { id: caseId },
    select: { submitterPartyId: true, numbers: { select: { agendaItem: { select: { meeting: { select: { status: true, noticeSentAt: true, cancelledAt: true } } } } } } },
  });
  if (!found) return null;
  const isPublic = found.numbers.some((n) => n.agendaItem && n.agendaItem.meeting.cancelledAt === null && (n.agendaItem.meeting.noticeSentAt !== null || n.agendaItem.meeting.status !== "PLANNED"));
  return { public: isPublic, partyId: found.submitterPartyId };
}

/** Whether the follower (a user's party, or nobody's for a visitor) may see the case now. */
async function mayFollowCase(db: Tx, caseId: string, userId: string | null): Promise<boolean> {
  const access = await caseAccess(db, caseId);
  if (!access) return false;
  if (access.public) return true;
  if (!userId || !access.partyId) return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: { partyId: true } });
  return user?.partyId === access.partyId;
}

/** The name of what is followed, in the reader's language; null when it does not exist (or may not be followed). */
export async function targetName(db: Tx, lang: Locale, target: FollowTargetKind, targetId: string): Promise<string | null> {
  switch (target) {
    case "BODY": {
      const body = await db.body.findUnique({ where: { id: targetId }, select: { name: true, nameNb: true } });
      return body ? localize(lang, body.name, body.nameNb) : null;
    }
    case "CASE": {
      const c = await db.case.findUnique({ where: { id: targetId }, select: { reference: true, title: true } });
      return c ? `${c.reference} ${c.title}` : null;
    }
    case "MEASURE": {
      const m = await db.measure.findUnique({ where: { id: targetId }, select: { title: true, titleNb: true } });
      return m ? localize(lang, m.title, m.titleNb) : null;
    }
    case "NEWS":
      return targetId === "" ? getTranslator(lang)("follow.newsName") : null;
  }
}

// ──────────────── follow, confirm, stop ────────────────

export type FollowOutcome = { ok: true; status: "PENDING" | "FOLLOWING" } | { ok: false; error: "NOT_FOUND" | "RATE_LIMITED" };

/**
 * A follow request. A signed-in user follows at once with the account's address. A visitor's follow waits for the
 * confirmation link mailed here (nothing else is ever sent before it is opened); a repeated request for an address
 * that already follows changes nothing and tells nobody whether it did (no address probing).
 */
export async function requestFollow(
  input: FollowInput,
  who: { userId: string; email: string } | { userId: null; email: string; ip: string | null },
  lang: Locale,
  now: Date = new Date(),
): Promise<FollowOutcome> {
  const email = who.email.trim().toLowerCase();
  const targetId = input.target === "NEWS" ? "" : input.targetId;
  return prisma.$transaction(async (tx): Promise<FollowOutcome> => {
    const name = await targetName(tx, lang, input.target, targetId);
    if (name === null) return { ok: false, error: "NOT_FOUND" };
    // A case only for who may see it: a public one, or the follower's own party's (issue 16.5).
    if (input.target === "CASE" && !(await mayFollowCase(tx, targetId, who.userId))) return { ok: false, error: "NOT_FOUND" };
    const key = { email_target_targetId: { email, target: input.target, targetId } };
    if (who.userId) {
      await tx.follow.upsert({
        where: key,
        create: { email, userId: who.userId, target: input.target, targetId, frequency: input.frequency, locale: lang, confirmedAt: now, createdAt: now },
        update: { userId: who.userId, frequency: input.frequency, locale: lang, confirmedAt: now, confirmTokenHash: null },
      });
      return { ok: true, status: "FOLLOWING" };
    }
    const allowed = await takeRateLimits(
      tx,
      [
        { keys: [`follow:email:${email}`], limit: FOLLOW_LIMITS.perEmail, windowMs: FOLLOW_LIMITS.windowMs },
        { keys: [`follow:ip:${("ip" in who ? who.ip : null) ?? "unknown"}`], limit: FOLLOW_LIMITS.perIp, windowMs: FOLLOW_LIMITS.windowMs },
      ],
      now,
    );
    if (!allowed) return { ok: false, error: "RATE_LIMITED" };
    const existing = await tx.follow.findUnique({ where: key, select: { confirmedAt: true } });
    if (existing?.confirmedAt) return { ok: true, status: "PENDING" };
    const token = newToken();
    await tx.follow.upsert({
      where: key,
      create: { email, target: input.target, targetId, frequency: input.frequency, locale: lang, confirmTokenHash: sha256(token), createdAt: now },
      update: { frequency: input.frequency, locale: lang, confirmTokenHash: sha256(token) },
    });
    const m = getTranslator(lang, "follow.mail");
    await enqueueMail(tx, { to: email, subject: m("confirmSubject", { name }), text: m("confirmBody", { name, link: absolute(confirmPage(lang, token)) }) });
    return { ok: true, status: "PENDING" };
  });
}

/** The pending follow a confirmation token stands for (for the confirm page), or null. */
export async function pendingFollow(token: string, lang: Locale): Promise<{ name: string } | null> {
  return prisma.$transaction(async (tx) => {
    const follow = await tx.follow.findUnique({ where: { confirmTokenHash: sha256(token) }, select: { target: true, targetId: true } });
    if (!follow) return null;
    const name = await targetName(tx, lang, follow.target, follow.targetId);
    return name === null ? null : { name };
  });
}

/** Opens a confirmation link (the button on the confirm page, never the GET): the follow starts; the link is used up. */
export async function confirmFollow(token: string, lang: Locale, now: Date = new Date()): Promise<{ ok: true; name: string } | { ok: false }> {
  return prisma.$transaction(async (tx) => {
    const follow = await tx.follow.findUnique({ where: { confirmTokenHash: sha256(token) }, select: { id: true, target: true, targetId: true } });
    if (!follow) return { ok: false as const };
    await tx.follow.update({ where: { id: follow.id }, data: { confirmedAt: now, confirmTokenHash: null } });
    return { ok: true as const, name: (await targetName(tx, lang, follow.target, follow.targetId)) ?? "" };
  });
}

/**
 * One-click unsubscribe (RFC 8058) and the confirm page's button: a token with a follow stops that follow; a digest's
 * token (no follow) stops every follow of the address. Idempotent: a used token answers ok and changes nothing more.
 */
export async function unsubscribe(token: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const found = await tx.followToken.findUnique({ where: { tokenHash: sha256(token) }, select: { email: true, followId: true, createdAt: true } });
    if (!found) return false;
    if (found.followId) await tx.follow.deleteMany({ where: { id: found.followId } });
    // A digest link: what the address followed when the mail was written (a later follow is not undone by an old mail).
    else await tx.follow.deleteMany({ where: { email: found.email, createdAt: { lte: found.createdAt } } });
    return true;
  });
}

/** Stops one follow from "Det eg følgjer": a signed-in user's own, or one of the address a manage token stands for. */
export async function stopFollow(followId: string, owner: { userId: string; email: string } | { token: string }): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const email = "token" in owner ? (await tx.followToken.findUnique({ where: { tokenHash: sha256(owner.token) }, select: { email: true } }))?.email : owner.email.toLowerCase();
    if (!email) return false;
    const deleted = await tx.follow.deleteMany({ where: { id: followId, email } });
    return deleted.count > 0;
  });
}

// ──────────────── alerts ────────────────

/** What happened, told per language; `path` is the page to read more (language-neutral, e.g. /mote/<id>/referat). */
export type FollowEvent = {
  target: FollowTargetKind;
  targetId: string;
  /** Once-only per follower (e.g. "minutes:<meetingId>"). */
  key: string;
  message: (lang: Locale) => { subject: string; text: string; path: string };
};

/**
 * Alerts every confirmed follower of the event's target, in the caller's transaction. Immediate followers get a mail
 * with a fresh unsubscribe/manage token (stored hashed) and the RFC 8058 headers; weekly followers a digest row. A case
 * alert only goes to followers who may see the case at this moment (public, or their own party's).
 */
export async function alertFollowers(tx: Tx, event: FollowEvent): Promise<number> {
  const follows = await tx.follow.findMany({
    where: { target: event.target, targetId: event.targetId, confirmedAt: { not: null } },
    select: { id: true, email: true, userId: true, frequency: true, locale: true },
  });
  let told = 0;
  const access = event.target === "CASE" && follows.length ? await caseAccess(tx, event.targetId) : null;
  for (const follow of follows) {
    if (event.target === "CASE") {
      if (!access) continue;
      if (!access.public) {
        const user = follow.userId ? await tx.user.findUnique({ where: { id: follow.userId }, select: { partyId: true } }) : null;
        if (!access.partyId || user?.partyId !== access.partyId) continue;
      }
    }
    const lang = langOf(follow.locale);
    const { subject, text, path } = event.message(lang);
    const body = `${text}\n\n${getTranslator(lang)("follow.mail.read", { link: absolute(path) })}`;
    if (follow.frequency === "WEEKLY") {
      await tx.followDigestItem.create({ data: { followId: follow.id, email: follow.email, subject, text: body, createdAt: new Date() } });
    } else {
      const name = (await targetName(tx, lang, event.target, event.targetId)) ?? "";
      await enqueueMail(tx, { to: follow.email, subject, ...(await footed(tx, lang, follow.email, follow.id, body, name)), dedupeKey: `follow:${event.key}:${follow.id}` });
    }
    told++;
  }
  return told;
}

/** The mail's text with its unsubscribe and manage links, and the List-Unsubscribe headers (RFC 2369, RFC 8058). */
export async function footed(tx: Tx, lang: Locale, email: string, followId: string | null, body: string, name: string, now: Date = new Date()) {
  const token = newToken();
  await tx.followToken.create({ data: { tokenHash: sha256(token), email, followId, createdAt: now } });
  const m = getTranslator(lang, "follow.mail");
  const unsubscribe = unsubscribeUrl(lang, token);
  const manage = absolute(managePage(lang, token));
  const footer = followId ? m("footer", { name, unsubscribe, manage }) : m("digestFooter", { unsubscribe, manage });
  return {
    text: `${body}\n\n-- \n${footer}`,
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

export type { FollowFrequencyKind };

// ──────────────── the weekly digest ────────────────

export const DIGEST_PERIOD_MS = 7 * 24 * 60 * 60_000;

/**
 * Bundles weekly followers' waiting alerts into one mail per address, once its oldest waiting alert is a week old
 * (so each address gets at most one digest a week). Run by the housekeeping schedule (hourly); `now` is injectable for
 * tests. Each address in its own transaction, its rows locked (FOR UPDATE SKIP LOCKED), so two instances never send
 * the same rows twice. Returns how many digests were queued.
 */
export async function sendWeeklyDigests(now: Date = new Date()): Promise<number> {
  const due = await prisma.followDigestItem.groupBy({
    by: ["email"],
    where: { sentAt: null },
    _min: { createdAt: true },
  });
  let sent = 0;
  for (const row of due) {
    if (!row._min.createdAt || row._min.createdAt.getTime() > now.getTime() - DIGEST_PERIOD_MS) continue;
    const queued = await prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "FollowDigestItem" WHERE "email" = ${row.email} AND "sentAt" IS NULL FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return false;
      const items = await tx.followDigestItem.findMany({
        where: { id: { in: locked.map((l) => l.id) } },
        orderBy: { createdAt: "asc" },
        select: { id: true, subject: true, text: true, follow: { select: { locale: true } } },
      });
      const lang = langOf(items[0]!.follow.locale);
      const body = items.map((item) => `## ${item.subject}\n\n${item.text}`).join("\n\n");
      const subject = getTranslator(lang)("follow.mail.digestSubject", { count: String(items.length) });
      await enqueueMail(tx, { to: row.email, subject, ...(await footed(tx, lang, row.email, null, body, "", now)) });
      await tx.followDigestItem.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { sentAt: now } });
      return true;
    });
    if (queued) sent++;
  }
  return sent;
}
