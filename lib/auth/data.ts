import "server-only";
// Who is looking, built from the database on every request: the session row (idle and absolute limits), the user
// (disabled → anonymous), their roles, and the bodies where their person has a membership active today (personal
// deputies included). A cookie only ever names a session; it never carries roles or memberships.
import { cookies } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import type { UserRole } from "@/lib/domain/vocabulary";
import { osloIsoDate } from "@/lib/i18n/dates";
import { ANONYMOUS, type Viewer } from "./viewer";
import { systemClock } from "./clock";
import { decodeSessionToken, sessionCookieName } from "./cookie";
import { IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from "./limits";
import { deleteSession, touchSession } from "./mutations";
import { inTermOn } from "@/lib/membership/in-term";

/** The signed-in user as this request's session row has it: a render reads personId and email from here instead of
 *  asking the database again (issue 18 item 2: queries per render). Actions that write re-read what they rely on. */
export type SignedInUser = { id: string; name: string; sessionId: string; personId: string | null; email: string };
export type CurrentSession = { viewer: Viewer; user: SignedInUser | null };

const ANONYMOUS_SESSION: CurrentSession = { viewer: ANONYMOUS, user: null };

/** Bodies where the person has a membership whose term includes today's date in Oslo (termEnd inclusive). */
export async function activeBodyIds(personId: string | null, now: Date): Promise<string[]> {
  if (!personId) return [];
  const today = new Date(`${osloIsoDate(now)}T00:00:00.000Z`);
  const rows = await prisma.membership.findMany({
    where: { personId, ...inTermOn(today) },
    select: { bodyId: true },
  });
  return [...new Set(rows.map((r) => r.bodyId))].sort();
}

/**
 * Bodies where the person is in the prioritising group today: leader, deputy leader or user representative (not as a
 * personal deputy or observer) – with the secretariat, they prioritise the body's cases.
 */
export async function prioritisingBodyIds(personId: string | null, now: Date): Promise<string[]> {
  if (!personId) return [];
  const today = new Date(`${osloIsoDate(now)}T00:00:00.000Z`);
  const rows = await prisma.membership.findMany({
    where: {
      personId,
      termStart: { lte: today },
      AND: [
        { OR: [{ termEnd: null }, { termEnd: { gte: today } }] },
        { OR: [{ role: { in: ["LEADER", "DEPUTY_LEADER"] } }, { role: "MEMBER", seat: { in: ["USER_MUNICIPAL", "USER_SPECIALIST"] } }] },
      ],
    },
    select: { bodyId: true },
  });
  return [...new Set(rows.map((r) => r.bodyId))].sort();
}

type SessionRow = {
  id: string;
  lastSeenAt: Date;
  expiresAt: Date;
  userId: string;
  name: string;
  email: string;
  personId: string | null;
  roles: string[];
  partyId: string | null;
  disabledAt: Date | null;
  memberBodyIds: string[];
  prioritisingBodyIds: string[];
};

/**
 * The session, its user, and the user's bodies today in ONE round trip (issue 18: it was four sequential queries on
 * every signed-in request). Member bodies: every membership whose term includes today in Oslo (termEnd inclusive,
 * personal deputies included). Prioritising bodies: leader, deputy leader or user representative (not as a personal
 * deputy or observer) – with the secretariat, they prioritise the body's cases. activeBodyIds and
 * prioritisingBodyIds above say the same for one person; tests/integration/session-viewer.test.ts holds them equal.
 */
async function sessionRow(sessionId: string, now: Date): Promise<SessionRow | null> {
  const today = new Date(`${osloIsoDate(now)}T00:00:00.000Z`);
  const rows = await prisma.$queryRaw<SessionRow[]>`
    SELECT s.id, s."lastSeenAt", s."expiresAt", u.id AS "userId", u.name, u.email, u."personId", u.roles::text[] AS roles, u."partyId", u."disabledAt",
      COALESCE(array_agg(DISTINCT m."bodyId" ORDER BY m."bodyId") FILTER (WHERE m."bodyId" IS NOT NULL), '{}') AS "memberBodyIds",
      COALESCE(array_agg(DISTINCT m."bodyId" ORDER BY m."bodyId") FILTER (
        WHERE m.role IN ('LEADER', 'DEPUTY_LEADER') OR (m.role = 'MEMBER' AND m.seat IN ('USER_MUNICIPAL', 'USER_SPECIALIST'))
      ), '{}') AS "prioritisingBodyIds"
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Membership" m ON m."personId" = u."personId" AND m."termStart" <= ${today}::date
      AND (m."termEnd" IS NULL OR m."termEnd" >= ${today}::date)
    WHERE s.id = ${sessionId}
    GROUP BY s.id, u.id`;
  return rows[0] ?? null;
}

/** The viewer of a session at `now`; an expired session (idle or absolute) is deleted and gives ANONYMOUS. */
export async function loadSession(sessionId: string | null, now: Date): Promise<CurrentSession> {
  if (!sessionId) return ANONYMOUS_SESSION;
  const session = await sessionRow(sessionId, now);
  if (!session) return ANONYMOUS_SESSION;
  const idle = now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  const expired = now.getTime() >= session.expiresAt.getTime();
  if (idle || expired || session.disabledAt) {
    await deleteSession(session.id);
    return ANONYMOUS_SESSION;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) await touchSession(session.id, now);
  return {
    viewer: {
      userId: session.userId,
      roles: session.roles as UserRole[],
      memberBodyIds: session.memberBodyIds,
      partyId: session.partyId,
      prioritisingBodyIds: session.prioritisingBodyIds,
    },
    user: { id: session.userId, name: session.name, sessionId: session.id, personId: session.personId, email: session.email },
  };
}

/** The session id in this request's cookie (no database access). */
export async function sessionIdFromCookies(): Promise<string | null> {
  const store = await cookies();
  return decodeSessionToken(store.get(sessionCookieName())?.value);
}

/** This request's viewer and signed-in user, read once per request. */
export const getCurrentSession = cache(async (): Promise<CurrentSession> => loadSession(await sessionIdFromCookies(), systemClock()));

/** This request's viewer (ANONYMOUS when not signed in, expired or disabled). */
export async function getViewer(): Promise<Viewer> {
  return (await getCurrentSession()).viewer;
}

// ───────────── admin reads (the caller checks users.manage) ─────────────

/** One page of users by e-mail, filtered by name/e-mail text and role, and the total (issue 14.6). */
export async function listUsers(
  { skip = 0, take = 50, q, role }: { skip?: number; take?: number; q?: string; role?: UserRole } = {},
) {
  const text = q?.trim().slice(0, 100);
  const where = {
    ...(text ? { OR: [{ name: { contains: text, mode: "insensitive" as const } }, { email: { contains: text, mode: "insensitive" as const } }] } : {}),
    ...(role ? { roles: { has: role } } : {}),
  };
  const [rows, total] = await Promise.all([listUserRows(where, skip, take), prisma.user.count({ where })]);
  return { rows, total };
}

function listUserRows(where: Prisma.UserWhereInput, skip: number, take: number) {
  return prisma.user.findMany({
    where,
    orderBy: [{ email: "asc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      email: true,
      name: true,
      roles: true,
      disabledAt: true,
      lastSignInAt: true,
      person: { select: { givenName: true, familyName: true } },
      party: { select: { name: true } },
    },
  });
}

export function getUser(id: string) {
  return prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, roles: true, personId: true, partyId: true, disabledAt: true, version: true },
  });
}

/** Persons and parties to link a user to. */
export async function linkOptions() {
  const [persons, parties] = await Promise.all([
    prisma.person.findMany({ select: { id: true, givenName: true, familyName: true, title: true }, orderBy: [{ familyName: "asc" }, { givenName: "asc" }] }),
    prisma.party.findMany({ select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
  ]);
  return { persons, parties };
}

/** The viewer of a server action: the same database-checked session as pages (actions are POSTs to this origin). */
export const getViewerForAction = getViewer;
