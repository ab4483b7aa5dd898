// Signed-in pages and search: what members and the secretariat do. Real sessions for the demo users (prisma/seed/
// users.ts), created in the benchmark's database exactly as sign-in creates them (lib/auth/mutations.ts createSession)
// and sent in the session cookie (lib/auth/cookie.ts). Nothing in the portal knows it is being measured.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { encodeSessionToken, sessionCookieName } from "../../lib/auth/cookie";
import { ABSOLUTE_TIMEOUT_MS } from "../../lib/auth/limits";
import { DEMO_USERS } from "../../prisma/seed/users";
import type { Figure } from "./figures";
import { load } from "./load";

export type Viewer = "member" | "secretariat";
export type SignedInPage = { name: string; path: string; viewer: Viewer };

/** A session row for the user (as createSession writes it), and the cookie header that carries it. */
async function sessionCookie(client: pg.Client, userId: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const now = new Date();
  await client.query('INSERT INTO "Session" (id, "userId", "createdAt", "lastSeenAt", "expiresAt") VALUES ($1, $2, $3, $3, $4)', [
    id,
    userId,
    now,
    new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
  ]);
  return `${sessionCookieName()}=${await encodeSessionToken(id)}`;
}

export type SignedIn = { cookies: Record<Viewer, string>; pages: SignedInPage[] };

/**
 * Signs the demo member and the secretariat in (NEXTAUTH_SECRET must be the portal's) and picks the pages: the member's
 * home, the member's body page, the last meeting of that body with published minutes, the action plan; the case desk,
 * the staff overview and the meeting administration for the secretariat.
 */
export async function signIn(databaseUrl: string): Promise<SignedIn> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const cookies = {
      member: await sessionCookie(client, DEMO_USERS.member.id),
      secretariat: await sessionCookie(client, DEMO_USERS.secretariat.id),
    };
    const meeting = await client.query<{ id: string }>(
      `SELECT m.id FROM "Meeting" m JOIN "Body" b ON b.id = m."bodyId" WHERE b.slug = 'ssu' AND m.status = 'MINUTES_PUBLISHED' ORDER BY m."startsAt" DESC LIMIT 1`,
    );
    const meetingPath = meeting.rows[0] ? `/mote/${meeting.rows[0].id}` : "/mote";
    return {
      cookies,
      pages: [
        { name: "member home", path: "/mitt-saman", viewer: "member" },
        { name: "member /ssu", path: "/ssu", viewer: "member" },
        { name: "member meeting", path: meetingPath, viewer: "member" },
        { name: "member /handlingsplan", path: "/handlingsplan", viewer: "member" },
        { name: "secretariat /saksbehandling", path: "/saksbehandling", viewer: "secretariat" },
        { name: "secretariat /admin", path: "/admin", viewer: "secretariat" },
        { name: "secretariat /admin/moter", path: "/admin/moter", viewer: "secretariat" },
      ],
    };
  } finally {
    await client.end();
  }
}

/** 120 distinct searches (every pair of 16 words), so no cache answers one a second time within a round. */
export function searchPaths(): string[] {
  const words = ["utskriving", "legemiddel", "samhandling", "rus", "psykisk", "eldre", "barn", "avtale", "tenesteavtale", "kommune", "sjukehus", "referat", "fastlege", "pasientforløp", "digital", "kompetanse"];
  return words.flatMap((a, i) => words.slice(i + 1).map((b) => `/sok?q=${encodeURIComponent(`${a} ${b}`)}`));
}

export const SEARCH_NAME = "search (member, 120 queries)";

/**
 * A reference, not a target: the member on /kontakt, a signed-in page with hardly any data (the site's layout, the
 * viewer, a few paragraphs). What any signed-in render costs on this machine – the floor under every target above.
 */
export const FLOOR_NAME = "reference: member /kontakt (hardly any data)";
export const FLOOR_PAGE: SignedInPage = { name: FLOOR_NAME, path: "/kontakt", viewer: "member" };

/** Every signed-in page at each connection count, then the 120 searches as the member at each count. */
export async function measureSignedIn(origin: string, signedIn: SignedIn, options: { connections: number[]; duration: number; warmup: number }): Promise<Figure[]> {
  const figures: Figure[] = [];
  // Warmed once per page, before its first figure.
  for (const page of [...signedIn.pages, FLOOR_PAGE]) {
    for (const [i, connections] of options.connections.entries()) {
      figures.push(await load({ origin, name: page.name, paths: page.path, connections, duration: options.duration, warmup: i ? 0 : options.warmup, headers: { cookie: signedIn.cookies[page.viewer] } }));
    }
  }
  for (const [i, connections] of options.connections.entries()) {
    figures.push(await load({ origin, name: SEARCH_NAME, paths: searchPaths(), connections, duration: options.duration, warmup: i ? 0 : options.warmup, headers: { cookie: signedIn.cookies.member } }));
  }
  return figures;
}
