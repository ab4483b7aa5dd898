// Who is looking, in one round trip (issue 18): loadSession's single query gives every demo user the same roles,
// member bodies and prioritising bodies as the per-question reads (activeBodyIds, prioritisingBodyIds) on a seeded
// database – on the seed day, and the day after the former deputy's term ended (termEnd inclusive, then gone).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let auth: typeof import("@/lib/auth/data");
let mutations: typeof import("@/lib/auth/mutations");
const NOW = new Date("2026-12-03T10:00:00Z");

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  auth = await import("@/lib/auth/data");
  mutations = await import("@/lib/auth/mutations");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the viewer of a session", () => {
  it("equals the separate reads for every demo user, and no user sees another's bodies", async () => {
    let withBodies = 0;
    for (const [key, demo] of Object.entries(DEMO_USERS)) {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { id: demo.id }, select: { personId: true, partyId: true, roles: true, email: true } });
      const { viewer, user: signedIn } = await auth.loadSession(await mutations.createSession(demo.id, NOW), NOW);
      expect(signedIn?.id, key).toBe(demo.id);
      // Pages take the person and the address from the session row instead of asking again (issue 18 item 2).
      expect({ personId: signedIn?.personId, email: signedIn?.email }, key).toEqual({ personId: user.personId, email: user.email });
      expect(viewer, key).toEqual({
        userId: demo.id,
        roles: user.roles,
        partyId: user.partyId,
        memberBodyIds: await auth.activeBodyIds(user.personId, NOW),
        prioritisingBodyIds: await auth.prioritisingBodyIds(user.personId, NOW),
      });
      if (viewer.memberBodyIds.length > 0) withBodies++;
    }
    // The check is not empty: the member, the deputy and others sit in bodies.
    expect(withBodies).toBeGreaterThanOrEqual(2);
  });

  it("drops a membership the day after its term ends, and a disabled user is anonymous", async () => {
    const former = DEMO_USERS.formerDeputy.id;
    const person = (await db.prisma.user.findUniqueOrThrow({ where: { id: former } })).personId!;
    const last = await db.prisma.membership.findFirstOrThrow({ where: { personId: person, termEnd: { not: null } }, orderBy: { termEnd: "desc" } });
    const lastDay = new Date(last.termEnd!.getTime() + 10 * 3_600_000); // 10:00 UTC on the last day
    const dayAfter = new Date(lastDay.getTime() + 86_400_000);
    const on = await auth.loadSession(await mutations.createSession(former, lastDay), lastDay);
    expect(on.viewer.memberBodyIds).toContain(last.bodyId);
    const after = await auth.loadSession(await mutations.createSession(former, dayAfter), dayAfter);
    expect(after.viewer.memberBodyIds).toEqual(await auth.activeBodyIds(person, dayAfter));
    expect(after.viewer.memberBodyIds).not.toContain(last.bodyId);

    const session = await mutations.createSession(DEMO_USERS.member.id, NOW);
    await db.prisma.user.update({ where: { id: DEMO_USERS.member.id }, data: { disabledAt: NOW } });
    expect((await auth.loadSession(session, NOW)).user).toBeNull();
    await db.prisma.user.update({ where: { id: DEMO_USERS.member.id }, data: { disabledAt: null } });
  });
});
