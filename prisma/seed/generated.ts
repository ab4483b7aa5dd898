// Demo content for any other helsefellesskap (issue 20 item 4): derived from its structure description alone, never
// from names. Every body gets a membership built from the kinds of body and party the description has – per area one
// municipal representative from each municipality in the area committee (O1), the health trust with sector
// responsibility there (G4), user, GP and employee seats (G1, G2, O4, O5), personal deputies in SSU and the area
// committees (S6, O6), a leader and deputy leader from different sides (S7, O7), the secretariat shared by the
// municipalities of each area and the trust (K1, K2, O8) – plus demo users and one news item, so every page has
// something to show. The full demo (meetings, cases, minutes, plans) exists for the default description only.
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import type { StructureDescription } from "../../lib/structure/schema";
import { ids } from "./ids";
import { PersonRegistry, domainOf, GP_DOMAIN, USER_DOMAIN } from "./people";
import { day, oslo } from "./time";
import type { MembershipRole, MembershipRow, NewsArticleRow, SeatCategory, Side } from "./types";
import { DEMO_PASSWORD } from "./users";

type Party = StructureDescription["parties"][number];
type Body = StructureDescription["bodies"][number];

type Seat = {
  seat: SeatCategory;
  role: MembershipRole;
  party: Party | null;
  side: Side | null;
  title: string;
  /** An existing person (the secretariat's people hold the secretariat seats in the area committees, O8). */
  person?: string;
  /** Personal deputy: same seat and party unless given. */
  deputy?: { seat?: SeatCategory; side?: Side | null; party?: Party | null; title: string } | true;
};

const SPECIALIST_KINDS = new Set(["HEALTH_TRUST", "PRIVATE_NONPROFIT_HOSPITAL"]);

export function buildGeneratedMemberships(d: StructureDescription, year: number) {
  const created = day(year - 1, 1, 1);
  const term = { termStart: day(year - 1, 1, 1), termEnd: day(year + 2, 12, 31) };
  const persons = new PersonRegistry(created);
  const memberships: MembershipRow[] = [];

  const municipalities = d.parties.filter((p) => p.kind === "MUNICIPALITY");
  const inArea = (area: string) => municipalities.filter((m) => m.area === area);
  const institutions = d.parties.filter((p) => SPECIALIST_KINDS.has(p.kind));
  const trust = institutions.find((p) => p.kind === "HEALTH_TRUST") ?? institutions[0] ?? null;
  const sectorFor = (area: string) => institutions.find((p) => p.serves.some((s) => s.area === area && s.sectorResponsibility)) ?? trust;
  const userParty = (side: Side) => d.parties.find((p) => p.kind === "USER_BODY" && p.side === side) ?? null;
  const gpParty = d.parties.find((p) => p.kind === "GP_BODY") ?? null;
  const employeeParty = d.parties.find((p) => p.kind === "EMPLOYEE_ORGANISATION") ?? null;

  const personFor = (party: Party | null, seat: SeatCategory, title: string) =>
    persons.add({
      title,
      employer: party && party.kind !== "USER_BODY" && party.kind !== "GP_BODY" && party.kind !== "EMPLOYEE_ORGANISATION" ? party.slug : null,
      domain: seat.startsWith("USER") ? USER_DOMAIN : seat === "GP" ? GP_DOMAIN : domainOf(party?.slug ?? "saman"),
    });

  const municipal = (party: Party, title: string, role: MembershipRole = "MEMBER", deputy = false): Seat => ({
    seat: "MUNICIPAL",
    role,
    party,
    side: "MUNICIPAL",
    title,
    deputy: deputy ? { title } : undefined,
  });
  const specialist = (party: Party | null, title: string, role: MembershipRole = "MEMBER", deputy = false): Seat => ({
    seat: "SPECIALIST",
    role,
    party,
    side: "SPECIALIST",
    title,
    deputy: deputy ? { title } : undefined,
  });
  const others = (deputies: boolean): Seat[] => [
    { seat: "USER_MUNICIPAL", role: "MEMBER", party: userParty("MUNICIPAL"), side: "MUNICIPAL", title: "brukarrepresentant", deputy: deputies || undefined },
    { seat: "USER_SPECIALIST", role: "MEMBER", party: userParty("SPECIALIST"), side: "SPECIALIST", title: "brukarrepresentant", deputy: deputies || undefined },
    { seat: "GP", role: "MEMBER", party: gpParty, side: "MUNICIPAL", title: "fastlege og praksiskonsulent", deputy: deputies || undefined },
    {
      seat: "EMPLOYEE_MUNICIPAL",
      role: "MEMBER",
      party: employeeParty,
      side: "MUNICIPAL",
      title: "hovudtillitsvald",
      deputy: { seat: "EMPLOYEE_STATE", side: "SPECIALIST", title: "foretakstillitsvald" },
    },
  ];

  const add = (body: Body, seats: Seat[]) => {
    seats.forEach((s, index) => {
      const n = index + 1;
      const id = ids.membership(body.slug, n);
      const row = (personId: string, overrides: Partial<MembershipRow> = {}): MembershipRow => ({
        id,
        bodyId: ids.body(body.slug),
        personId,
        partyId: s.party ? ids.party(s.party.slug) : null,
        side: s.side,
        seat: s.seat,
        role: s.role,
        portfolio: null,
        principalId: null,
        ...term,
        createdAt: created,
        updatedAt: created,
        version: 1,
        ...overrides,
      });
      memberships.push(row(s.person ?? personFor(s.party, s.seat, s.title)));
      if (s.deputy) {
        const dep: Exclude<Seat["deputy"], true | undefined> | Partial<Exclude<Seat["deputy"], true | undefined>> = s.deputy === true ? {} : s.deputy;
        const party = dep.party === undefined ? s.party : dep.party;
        const seat = dep.seat ?? s.seat;
        memberships.push(
          row(personFor(party, seat, dep.title ?? s.title), {
            id: ids.deputy(body.slug, n),
            role: "PERSONAL_DEPUTY",
            seat,
            side: dep.side === undefined ? s.side : dep.side,
            partyId: party ? ids.party(party.slug) : null,
            principalId: id,
          }),
        );
      }
    });
  };

  const open = d.bodies.filter((b) => !b.closedOn);
  // The secretariat first: one municipal member per area (the first leads) and two from the trust (the first leads).
  const secretariatOf = new Map<string, string>();
  const trustSecretaries: string[] = [];
  for (const body of open.filter((b) => b.kind === "SECRETARIAT")) {
    const seats: Seat[] = [];
    d.areas.forEach((area, i) => {
      const m = inArea(area.slug)[0];
      if (!m) return;
      const person = personFor(m, "MUNICIPAL", "rådgjevar samhandling");
      secretariatOf.set(area.slug, person);
      seats.push({ ...municipal(m, "rådgjevar samhandling", i === 0 ? "LEADER" : "MEMBER"), person });
    });
    for (const i of [0, 1]) {
      const person = personFor(trust, "SPECIALIST", "spesialrådgjevar samhandling");
      trustSecretaries.push(person);
      seats.push({ ...specialist(trust, "spesialrådgjevar samhandling", i === 0 ? "LEADER" : "MEMBER"), person });
    }
    add(body, seats);
  }

  for (const body of open) {
    if (body.kind === "SECRETARIAT") continue;
    const area = body.area;
    if (body.kind === "AREA_COMMITTEE" && area) {
      const local = inArea(area);
      const sector = sectorFor(area);
      const secretariat: Seat[] = [];
      if (secretariatOf.has(area) && local[0]) secretariat.push({ ...municipal(local[0], "rådgjevar samhandling", "OBSERVER"), seat: "SECRETARIAT", person: secretariatOf.get(area) });
      if (trustSecretaries[0]) secretariat.push({ ...specialist(trust, "spesialrådgjevar samhandling", "OBSERVER"), seat: "SECRETARIAT", person: trustSecretaries[0] });
      add(body, [
        ...local.map((m, i) => municipal(m, i === 0 ? "kommunalsjef helse og omsorg" : "einingsleiar helse", i === 0 ? "LEADER" : "MEMBER", true)),
        specialist(sector, "klinikkdirektør", "DEPUTY_LEADER", true),
        specialist(sector, "avdelingssjef", "MEMBER", true),
        { seat: "MUNICIPAL_CHIEF_MEDICAL_OFFICER", role: "MEMBER", party: local[0] ?? null, side: "MUNICIPAL", title: "kommuneoverlege", deputy: true },
        ...others(true),
        ...secretariat,
      ]);
    } else if (body.kind === "STRATEGIC_COMMITTEE") {
      const local = d.areas.flatMap((a) => inArea(a.slug).slice(0, 2));
      add(body, [
        ...local.map((m, i) => municipal(m, "kommunedirektør", i === 0 ? "DEPUTY_LEADER" : "MEMBER", true)),
        ...local.map((_, i) => specialist(trust, i === 0 ? "administrerande direktør" : "direktør", i === 0 ? "LEADER" : "MEMBER", true)),
        ...others(true),
      ]);
    } else if (body.kind === "PARTNERSHIP_MEETING") {
      add(body, [
        ...municipalities.map((m, i) => municipal(m, "kommunedirektør", i === 0 ? "LEADER" : "MEMBER")),
        ...institutions.map((p, i) => specialist(p, "administrerande direktør", i === 0 ? "DEPUTY_LEADER" : "MEMBER")),
        ...others(false).slice(0, 3),
      ]);
    } else {
      // Professional committees and working groups: two from each level, users and a GP.
      add(body, [
        ...municipalities.slice(0, 2).map((m, i) => municipal(m, "fagleiar", i === 0 ? "LEADER" : "MEMBER")),
        ...[0, 1].map((i) => specialist(trust, "overlege", i === 0 ? "DEPUTY_LEADER" : "MEMBER")),
        ...others(false).slice(0, 3),
      ]);
    }
  }
  return { persons: persons.rows, memberships };
}

/** One published news item, so the front page and the news list have something to show. */
export function buildGeneratedNews(d: StructureDescription, now: Date): NewsArticleRow[] {
  const name = d.identity?.name ?? { nn: "Helsefellesskapet", nb: null };
  const published = oslo(now.getFullYear(), 1, 15, 9, 0);
  return [
    {
      id: ids.news("velkomen"),
      slug: "velkomen-til-saman",
      title: "Velkomen til Saman",
      titleNb: "Velkommen til Saman",
      lead: `${name.nn} har teke i bruk Saman for organisering, møte og referat.`,
      leadNb: `${name.nb ?? name.nn} har tatt i bruk Saman for organisering, møter og referater.`,
      body: `<p>Her finn du samarbeidsorgana i ${name.nn}, kven som sit i dei, og kva dei har handsama.</p>`,
      bodyNb: `<p>Her finner du samarbeidsorganene i ${name.nb ?? name.nn}, hvem som sitter i dem, og hva de har behandlet.</p>`,
      publishedAt: published,
      createdAt: published,
      updatedAt: published,
    },
  ];
}

/** The demo users of a generated demo: the same accounts and password as the default demo, where they fit. */
export const GENERATED_USERS = {
  admin: { id: "seed-user-admin", email: "admin@saman.example.no", name: "Demo administrator", roles: ["ADMIN"] },
  secretariat: { id: "seed-user-sekretariat", email: "sekretariat@saman.example.no", name: "Demo sekretariat", roles: ["SECRETARIAT"] },
  member: { id: "seed-user-medlem", email: "medlem@saman.example.no", name: "Demo SSU-medlem", roles: [] },
  partner: { id: "seed-user-kontakt", email: "kontakt@saman.example.no", name: "Demo kontaktperson", roles: ["PARTNER_CONTACT"] },
} as const;

export async function insertGeneratedUsers(
  prisma: PrismaClient,
  d: StructureDescription,
  memberships: MembershipRow[],
  log: (line: string) => void,
): Promise<void> {
  const all = Object.values(GENERATED_USERS);
  const existing = new Set((await prisma.user.findMany({ where: { id: { in: all.map((u) => u.id) } }, select: { id: true } })).map((u) => u.id));
  const missing = all.filter((u) => !existing.has(u.id));
  if (!missing.length) return;
  const strategic = d.bodies.find((b) => b.kind === "STRATEGIC_COMMITTEE");
  const member = strategic ? memberships.find((m) => m.bodyId === ids.body(strategic.slug) && m.role === "MEMBER" && m.seat === "MUNICIPAL") : undefined;
  const partnerParty = d.parties.find((p) => p.kind === "MUNICIPALITY");
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { count } = await prisma.user.createMany({
    data: missing.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.id === GENERATED_USERS.partner.id && partnerParty ? `${u.name}, ${partnerParty.name.nn}` : u.name,
      roles: [...u.roles],
      passwordHash,
      personId: u.id === GENERATED_USERS.member.id ? (member?.personId ?? null) : null,
      partyId: u.id === GENERATED_USERS.partner.id && partnerParty ? ids.party(partnerParty.slug) : null,
    })),
    skipDuplicates: true,
  });
  log(`  User (demo): ${count} new of ${all.length}`);
}
