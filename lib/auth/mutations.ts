import "server-only";
// Writes of sign-in and user administration: sessions, throttling, password reset, users. Every function takes
// `now` so tests can move the clock; the portal passes the real time.
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { UserRole } from "@/lib/domain/vocabulary";
import { audit } from "@/lib/audit/mutations";
import { enqueueMail, type Mail } from "@/lib/mail";
import {
  ABSOLUTE_TIMEOUT_MS,
  RESET_MAX_PER_ACCOUNT,
  RESET_MAX_PER_ADDRESS,
  RESET_TOKEN_TTL_MS,
  RESET_WINDOW_MS,
  THROTTLE_MAX_FAILURES,
  THROTTLE_WINDOW_MS,
} from "./limits";
import { hashPassword, verifyPassword } from "./password";

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const normalizeEmail = (email: string) => email.trim().toLowerCase();

// ───────────── sessions ─────────────

export async function createSession(userId: string, now: Date): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await prisma.session.create({
    data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS) },
  });
  return id;
}

export async function touchSession(id: string, now: Date): Promise<void> {
  await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
}

export async function deleteSession(id: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id } });
}

/** Ends a session on sign-out and logs it. */
export async function signOut(sessionId: string, now: Date): Promise<void> {
  const session = await prisma.session.findUnique({ where: { id: sessionId }, select: { userId: true } });
  await deleteSession(sessionId);
  if (session) await audit({ actorId: session.userId, action: "auth.signOut", entityType: "User", entityId: session.userId, at: now });
}

// ───────────── password sign-in with throttling ─────────────

export type SignInResult = { ok: true; userId: string; sessionId: string } | { ok: false; error: "INVALID" | "THROTTLED" };

const throttleKeys = (email: string, ip: string | null) => [
  sha256(`account:${normalizeEmail(email)}`),
  ...(ip ? [sha256(`address:${ip}`)] : []),
];

/** Failures in the last minute per account and per address; 5 or more of either refuses further attempts. */
export async function isThrottled(email: string, ip: string | null, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  for (const key of throttleKeys(email, ip)) {
    if ((await prisma.signInFailure.count({ where: { key, at: { gt: since, lte: now } } })) >= THROTTLE_MAX_FAILURES) return true;
  }
  return false;
}

/**
 * Checks an e-mail and password. Whether the account exists, is disabled or has no password, the answer is the
 * same INVALID (and costs one argon2 verification), so nothing tells which accounts exist.
 */
export async function signInWithPassword(input: { email: string; password: string; ip: string | null }, now: Date): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } });
  if (await isThrottled(email, input.ip, now)) {
    await audit({ actorId: user?.id ?? null, action: "auth.signIn", outcome: "DENIED", after: { reason: "throttled" }, ip: input.ip, at: now });
    return { ok: false, error: "THROTTLED" };
  }
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid || user.disabledAt) {
    await prisma.signInFailure.createMany({ data: throttleKeys(email, input.ip).map((key) => ({ key, at: now })) });
    await audit({
      actorId: user?.id ?? null,
      action: "auth.signIn",
      outcome: "FAILED",
      after: { reason: !user ? "unknown account" : user.disabledAt ? "disabled" : "wrong password" },
      ip: input.ip,
      at: now,
    });
    return { ok: false, error: "INVALID" };
  }
  const sessionId = await createSession(user.id, now);
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await audit({ actorId: user.id, action: "auth.signIn", entityType: "User", entityId: user.id, ip: input.ip, at: now });
  return { ok: true, userId: user.id, sessionId };
}

/** Sign-in through OpenID Connect: only for an existing, enabled user with the same e-mail address. */
export async function signInWithOidc(email: string, now: Date): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true, disabledAt: true } });
  if (!user || user.disabledAt) {
    await audit({ actorId: user?.id ?? null, action: "auth.signIn.oidc", outcome: "DENIED", at: now });
    return null;
  }
  const sessionId = await createSession(user.id, now);
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await audit({ actorId: user.id, action: "auth.signIn.oidc", entityType: "User", entityId: user.id, at: now });
  return sessionId;
}

// ───────────── password reset ─────────────

/** What happened to a reset request – for tests and the audit log only: the visitor always gets the same answer. */
export type ResetRequestOutcome = "SENT" | "NO_ACCOUNT" | "LIMITED";

/** Rate-limit keys of a reset request (sha256 in RateLimitHit, like case submissions): per account and per address. */
const resetLimits = (email: string, ip: string | null) => [
  { key: sha256(`reset:account:${email}`), limit: RESET_MAX_PER_ACCOUNT },
  ...(ip ? [{ key: sha256(`reset:address:${ip}`), limit: RESET_MAX_PER_ADDRESS }] : []),
];

/**
 * A password reset request (issue 17). For an enabled account within the limits: a token (valid 10 minutes) and its
 * mail, written in one transaction (the mail through the outbox). The same database work happens whether the account
 * exists or not – one user lookup, the same limit counts and hits, one audit entry, and a token and a mail row for an
 * unknown or disabled account too (the mail row is deleted again in the transaction, the token is never stored) –
 * so neither the answer nor its timing tells which accounts exist. Limits count every request, whoever it names.
 */
export async function requestPasswordReset(
  input: { email: string; ip: string | null },
  now: Date,
  mailFor: (link: { token: string; to: string }) => Mail,
): Promise<ResetRequestOutcome> {
  const email = normalizeEmail(input.email);
  const token = randomBytes(32).toString("base64url");
  const since = new Date(now.getTime() - RESET_WINDOW_MS);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, disabledAt: true } });
    const limits = resetLimits(email, input.ip);
    let limited = false;
    for (const { key, limit } of limits) {
      // Every key is counted (no early exit), so a limited request costs what any other does.
      if ((await tx.rateLimitHit.count({ where: { key, at: { gt: since, lte: now } } })) >= limit) limited = true;
    }
    await tx.rateLimitHit.createMany({ data: limits.map(({ key }) => ({ key, at: now })) });
    const eligible = user !== null && user.disabledAt === null && !limited;
    const outcome: ResetRequestOutcome = limited ? "LIMITED" : eligible ? "SENT" : "NO_ACCOUNT";
    const mail = await enqueueMail(tx, mailFor({ token, to: eligible ? user.email : email }));
    if (eligible) {
      await tx.passwordResetToken.create({
        data: { tokenHash: sha256(token), userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) },
      });
    } else {
      await tx.outgoingEmail.delete({ where: { id: mail.id } });
    }
    await audit(
      {
        actorId: user?.id ?? null,
        action: "auth.passwordReset.requested",
        outcome: eligible ? "OK" : "DENIED",
        entityType: "User",
        entityId: user?.id,
        after: eligible ? null : { reason: limited ? "limited" : user ? "disabled" : "unknown account" },
        ip: input.ip,
        at: now,
      },
      tx,
    );
    return outcome;
  });
}

/** Sets a new password with a valid, unused token, and ends every session of the user. */
export async function resetPassword(token: string, password: string, now: Date): Promise<boolean> {
  const tokenHash = sha256(token);
  const row = await prisma.passwordResetToken.findUnique({ where: { tokenHash }, include: { user: { select: { disabledAt: true } } } });
  if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime() || row.user.disabledAt) {
    await audit({ actorId: row?.userId ?? null, action: "auth.passwordReset", outcome: "DENIED", at: now });
    return false;
  }
  const passwordHash = await hashPassword(password);
  const used = await prisma.passwordResetToken.updateMany({ where: { tokenHash, usedAt: null }, data: { usedAt: now } });
  if (used.count !== 1) return false;
  await prisma.$transaction([
    prisma.user.update({ where: { id: row.userId }, data: { passwordHash, version: { increment: 1 } } }),
    prisma.session.deleteMany({ where: { userId: row.userId } }),
  ]);
  await audit({ actorId: row.userId, action: "auth.passwordReset", entityType: "User", entityId: row.userId, at: now });
  return true;
}

// ───────────── users (admin) ─────────────

export type UserInput = {
  email: string;
  name: string;
  roles: UserRole[];
  personId: string | null;
  partyId: string | null;
  password?: string | null;
};

const userFacts = (u: { name: string; roles: UserRole[]; personId: string | null; partyId: string | null; disabledAt: Date | null }) => ({
  name: u.name,
  roles: u.roles,
  personId: u.personId,
  partyId: u.partyId,
  disabled: u.disabledAt !== null,
});

export type UserWriteResult = { ok: true; id: string } | { ok: false; error: "EMAIL_TAKEN" | "PERSON_TAKEN" | "NOT_FOUND" };

function uniqueError(error: unknown): "EMAIL_TAKEN" | "PERSON_TAKEN" | null {
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (e?.code !== "P2002") return null;
  const text = JSON.stringify(e.meta ?? {});
  return text.includes("personId") ? "PERSON_TAKEN" : "EMAIL_TAKEN";
}

export async function createUser(actorId: string, input: UserInput, now: Date): Promise<UserWriteResult> {
  try {
    const user = await prisma.user.create({
      data: {
        email: normalizeEmail(input.email),
        name: input.name,
        roles: input.roles,
        personId: input.personId,
        partyId: input.partyId,
        passwordHash: input.password ? await hashPassword(input.password) : null,
      },
    });
    await audit({ actorId, action: "user.create", entityType: "User", entityId: user.id, after: userFacts(user), at: now });
    return { ok: true, id: user.id };
  } catch (error) {
    const code = uniqueError(error);
    if (code) return { ok: false, error: code };
    throw error;
  }
}

export async function updateUser(actorId: string, id: string, input: Omit<UserInput, "email" | "password">, now: Date): Promise<UserWriteResult> {
  const before = await prisma.user.findUnique({ where: { id } });
  if (!before) return { ok: false, error: "NOT_FOUND" };
  try {
    const after = await prisma.user.update({
      where: { id },
      data: { name: input.name, roles: input.roles, personId: input.personId, partyId: input.partyId, version: { increment: 1 } },
    });
    await audit({ actorId, action: "user.update", entityType: "User", entityId: id, before: userFacts(before), after: userFacts(after), at: now });
    return { ok: true, id };
  } catch (error) {
    const code = uniqueError(error);
    if (code) return { ok: false, error: code };
    throw error;
  }
}

/** Disabling ends every session at once: the user is anonymous on their next request. */
export async function setUserDisabled(actorId: string, id: string, disabled: boolean, now: Date): Promise<UserWriteResult> {
  const before = await prisma.user.findUnique({ where: { id } });
  if (!before) return { ok: false, error: "NOT_FOUND" };
  await prisma.$transaction([
    prisma.user.update({ where: { id }, data: { disabledAt: disabled ? now : null, version: { increment: 1 } } }),
    ...(disabled ? [prisma.session.deleteMany({ where: { userId: id } })] : []),
  ]);
  await audit({
    actorId,
    action: disabled ? "user.disable" : "user.enable",
    entityType: "User",
    entityId: id,
    before: { disabled: before.disabledAt !== null },
    after: { disabled },
    at: now,
  });
  return { ok: true, id };
}
