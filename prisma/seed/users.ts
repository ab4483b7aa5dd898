// Demo users, one for each role (README: demo only – never in production). The member and the personal deputy are
// seeded persons who sit in SSU; a former deputy's SSU membership ended the day before the anchor (`now`), so the
// same kind of person who could read SSU's internal papers yesterday cannot today.
//
// The password hashes are argon2id with a random salt, so users are not part of the pure buildSeedData(): they are
// inserted only when missing (createMany skipDuplicates on fixed ids), which keeps a second run a no-op.
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { BODY } from "./bodies";
import { ids } from "./ids";
import { addDays, dateOf, day } from "./time";
import type { MembershipRow, PersonRow } from "./types";

export const DEMO_PASSWORD = "Saman-demo-2026";

export const DEMO_USERS = {
  admin: { id: "seed-user-admin", email: "admin@saman.example.no", name: "Demo administrator", roles: ["ADMIN"] },
  secretariat: { id: "seed-user-sekretariat", email: "sekretariat@saman.example.no", name: "Demo sekretariat", roles: ["SECRETARIAT"] },
  member: { id: "seed-user-medlem", email: "medlem@saman.example.no", name: "Demo SSU-medlem", roles: [] },
  deputy: { id: "seed-user-vara", email: "vara@saman.example.no", name: "Demo personleg vara i SSU", roles: [] },
  formerDeputy: { id: "seed-user-tidlegare-vara", email: "tidlegare-vara@saman.example.no", name: "Demo tidlegare vara i SSU", roles: [] },
  partner: { id: "seed-user-askoy", email: "askoy@saman.example.no", name: "Demo kontaktperson Askøy kommune", roles: ["PARTNER_CONTACT"] },
  /** A second partner, a hospital's: the case quota (SUBMIT_LIMITS) and "Mine saker" are per user and per party. */
  hospitalPartner: { id: "seed-user-haraldsplass", email: "haraldsplass@saman.example.no", name: "Demo kontaktperson Haraldsplass Diakonale Sykehus", roles: ["PARTNER_CONTACT"] },
  /** Leader of Områdeutval Bergensregionen (Askøy's area): sees that area's deviations and records follow-up. */
  areaMember: { id: "seed-user-ou-bergensregionen", email: "ou-bergensregionen@saman.example.no", name: "Demo medlem i Områdeutval Bergensregionen", roles: [] },
  /** SSU's user representative from the municipal user councils (issue 16: forfall, fee-entitled seat). */
  userRep: { id: "seed-user-brukarrepresentant", email: "brukarrepresentant@saman.example.no", name: "Demo brukarrepresentant i SSU", roles: [] },
  /** SSU's GP representative (issue 16). */
  gp: { id: "seed-user-fastlege", email: "fastlege@saman.example.no", name: "Demo fastlege i SSU", roles: [] },
} as const;

export type DemoUserKey = keyof typeof DEMO_USERS;

const FORMER_PERSON_ID = "seed-person-tidlegare-vara";
const FORMER_MEMBERSHIP_ID = "seed-ms-ssu-tidlegare-vara";
/** The SSU seat whose member and personal deputy get demo users. */
const SSU_SEAT = 2;

/** The former deputy: a person and an SSU personal-deputy membership that ended yesterday (relative to `now`). */
export function buildFormerDeputy(now: Date, year: number): { person: PersonRow; membership: MembershipRow } {
  const created = day(year - 1, 1, 1);
  const principalId = ids.membership(BODY.ssu, SSU_SEAT + 1);
  return {
    person: {
      id: FORMER_PERSON_ID,
      givenName: "Tove",
      familyName: "Tidlegare",
      title: "tidlegare personleg vara i SSU",
      email: null,
      phone: null,
      employerId: null,
      createdAt: created,
      updatedAt: created,
    },
    membership: {
      id: FORMER_MEMBERSHIP_ID,
      bodyId: ids.body(BODY.ssu),
      personId: FORMER_PERSON_ID,
      partyId: null,
      side: null,
      seat: "OBSERVER",
      role: "PERSONAL_DEPUTY",
      portfolio: null,
      principalId,
      termStart: day(year - 1, 1, 1),
      termEnd: addDays(dateOf(now), -1),
      createdAt: created,
      updatedAt: created,
      version: 1,
    },
  };
}

export async function insertDemoUsers(prisma: PrismaClient, memberships: MembershipRow[], log: (line: string) => void): Promise<void> {
  const all = Object.values(DEMO_USERS);
  const existing = new Set((await prisma.user.findMany({ where: { id: { in: all.map((u) => u.id) } }, select: { id: true } })).map((u) => u.id));
  const missing = all.filter((u) => !existing.has(u.id));
  if (!missing.length) return;
  const personOf = (membershipId: string) => memberships.find((m) => m.id === membershipId)?.personId ?? null;
  const person: Partial<Record<string, string | null>> = {
    [DEMO_USERS.member.id]: personOf(ids.membership(BODY.ssu, SSU_SEAT)),
    [DEMO_USERS.deputy.id]: personOf(ids.deputy(BODY.ssu, SSU_SEAT)),
    [DEMO_USERS.formerDeputy.id]: FORMER_PERSON_ID,
    [DEMO_USERS.areaMember.id]: personOf(ids.membership(BODY.ou("bergensregionen"), 1)),
    [DEMO_USERS.userRep.id]: memberships.find((m) => m.bodyId === ids.body(BODY.ssu) && m.seat === "USER_MUNICIPAL" && m.role === "MEMBER")?.personId ?? null,
    [DEMO_USERS.gp.id]: memberships.find((m) => m.bodyId === ids.body(BODY.ssu) && m.seat === "GP" && m.role === "MEMBER")?.personId ?? null,
  };
  // Persons already linked to another user (e.g. by an admin) are left alone.
  const taken = new Set(
    (await prisma.user.findMany({ where: { personId: { not: null } }, select: { personId: true } })).map((u) => u.personId),
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { count } = await prisma.user.createMany({
    data: missing.map((u) => {
      const personId = person[u.id] ?? null;
      return {
        id: u.id,
        email: u.email,
        name: u.name,
        roles: [...u.roles],
        passwordHash,
        personId: personId && !taken.has(personId) ? personId : null,
        partyId: u.id === DEMO_USERS.partner.id ? ids.party("askoy") : u.id === DEMO_USERS.hospitalPartner.id ? ids.party("haraldsplass") : null,
      };
    }),
    skipDuplicates: true,
  });
  log(`  User (demo): ${count} new of ${all.length}`);
}
