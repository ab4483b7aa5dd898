// Who sits where: a complete membership that satisfies every representation rule of the retningsline
// (G1–G5, S1–S7, O1–O8, K1–K3, F1) from the start of the previous year to the end of the year after next.
// The plan is a pure function of the anchor year; `checkSeedComposition` in compliance.ts verifies it.
import type { MembershipRow, MembershipRole, SeatCategory, Side } from "./types";
import { ids } from "./ids";
import { day, oslo } from "./time";
import { BODY } from "./bodies";
import { AREAS, MUNICIPALITIES, municipalitiesIn, type AreaSlug } from "./structure";
import { PersonRegistry, domainOf, GP_DOMAIN, USER_DOMAIN, type PersonSpec } from "./people";

export const USER_SPECIALIST_PARTY = "brukarutvalet-helse-bergen";
export const USER_MUNICIPAL_PARTY = "kommunale-brukarrad";
export const GP_PARTY = "praksiskonsulentordninga-lsu";
export const EMPLOYEE_PARTY = "hovudsamanslutningane";

type Who = PersonSpec | { existing: string };

type SeatSpec = {
  seat: SeatCategory;
  role: MembershipRole;
  /** Party represented (slug). */
  party: string;
  side: Side | null;
  portfolio?: string;
  person: Who;
  /** Personal deputy (S6/O6); seat, side and party default to the principal's. */
  deputy?: Who & { seat?: SeatCategory; side?: Side; party?: string };
};

const employee = (party: string, title: string): PersonSpec => ({ title, employer: party, domain: domainOf(party) });
const user = (title: string): PersonSpec => ({ title, employer: null, domain: USER_DOMAIN });
const gp = (title = "fastlege"): PersonSpec => ({ title, employer: null, domain: GP_DOMAIN });

const municipal = (party: string, title: string, role: MembershipRole = "MEMBER", deputy?: [string, string]): SeatSpec => ({
  seat: "MUNICIPAL",
  role,
  party,
  side: "MUNICIPAL",
  person: employee(party, title),
  deputy: deputy ? { ...employee(deputy[0], deputy[1]), party: deputy[0] } : undefined,
});

const specialist = (
  party: string,
  title: string,
  options: { role?: MembershipRole; portfolio?: string; deputy?: [string, string] } = {},
): SeatSpec => ({
  seat: "SPECIALIST",
  role: options.role ?? "MEMBER",
  party,
  side: "SPECIALIST",
  portfolio: options.portfolio,
  person: employee(party, title),
  deputy: options.deputy ? { ...employee(options.deputy[0], options.deputy[1]), party: options.deputy[0] } : undefined,
});

const userSeats = (withDeputies: boolean, specialistTitle = "brukarrepresentant, Brukarutvalet i Helse Bergen"): SeatSpec[] => [
  {
    seat: "USER_MUNICIPAL",
    role: "MEMBER",
    party: USER_MUNICIPAL_PARTY,
    side: "MUNICIPAL",
    person: user("brukarrepresentant, kommunalt brukarråd"),
    deputy: withDeputies ? user("brukarrepresentant, kommunalt brukarråd") : undefined,
  },
  {
    seat: "USER_SPECIALIST",
    role: "MEMBER",
    party: USER_SPECIALIST_PARTY,
    side: "SPECIALIST",
    person: user(specialistTitle),
    deputy: withDeputies ? user("brukarrepresentant, Brukarutvalet i Helse Bergen") : undefined,
  },
];

const gpSeat = (withDeputy: boolean, title = "fastlege og praksiskonsulent"): SeatSpec => ({
  seat: "GP",
  role: "MEMBER",
  party: GP_PARTY,
  side: "MUNICIPAL",
  person: gp(title),
  deputy: withDeputy ? gp() : undefined,
});

/** O5: the representative from the municipal sector, the personal deputy from the state sector (they swap every other year). */
const employeeSeat = (municipalEmployer: string): SeatSpec => ({
  seat: "EMPLOYEE_MUNICIPAL",
  role: "MEMBER",
  party: EMPLOYEE_PARTY,
  side: "MUNICIPAL",
  person: employee(municipalEmployer, "hovudtillitsvald"),
  deputy: { ...employee("helse-bergen", "foretakstillitsvald"), seat: "EMPLOYEE_STATE", side: "SPECIALIST" },
});

// ──────────────── The secretariat (K1–K3); its people also hold the secretariat seats in SSU and the OUs ────────────────

type SecretariatKey = "hb1" | "hb2" | "hds" | AreaSlug;

const SECRETARIAT: { key: SecretariatKey; seat: SpecSeat; party: string; title: string; role: MembershipRole }[] = [
  { key: "hb1", seat: "SPECIALIST", party: "helse-bergen", title: "spesialrådgjevar samhandling", role: "LEADER" },
  { key: "bergen", seat: "MUNICIPAL", party: "bergen", title: "spesialrådgjevar, byrådsavdeling for helse og omsorg", role: "LEADER" },
  { key: "hb2", seat: "SPECIALIST", party: "helse-bergen", title: "seniorrådgjevar, Samhandlingsavdelinga", role: "MEMBER" },
  { key: "hds", seat: "SPECIALIST", party: "haraldsplass", title: "rådgjevar samhandling", role: "MEMBER" },
  { key: "bergensregionen", seat: "MUNICIPAL", party: "oygarden", title: "strategisk rådgjevar helse", role: "MEMBER" },
  { key: "nordhordland", seat: "MUNICIPAL", party: "alver", title: "rådgjevar samhandling, helse og omsorg", role: "MEMBER" },
  { key: "voss", seat: "MUNICIPAL", party: "voss", title: "strategisk rådgjevar, helse og omsorg", role: "MEMBER" },
];
type SpecSeat = "MUNICIPAL" | "SPECIALIST";

/** O8: the area's municipal secretariat member and one from the specialist service with sector responsibility there. */
const OU_SECRETARIAT: Record<AreaSlug, [SecretariatKey, SecretariatKey]> = {
  bergen: ["bergen", "hb2"],
  bergensregionen: ["bergensregionen", "hds"],
  nordhordland: ["nordhordland", "hb2"],
  voss: ["voss", "hb1"],
};

// ──────────────── SSU (S1–S7) ────────────────

function ssuSeats(): SeatSpec[] {
  return [
    municipal("bergen", "kommunaldirektør for helse og omsorg", "LEADER", ["bergen", "assisterande kommunaldirektør for helse og omsorg"]),
    municipal("bergen", "etatsdirektør, Etat for helsetenester", "MEMBER", ["bergen", "avdelingsdirektør, byrådsavdeling for helse og omsorg"]),
    municipal("askoy", "kommunalsjef helse og velferd", "MEMBER", ["bjornafjorden", "kommunalsjef helse og omsorg"]),
    municipal("alver", "kommunalsjef helse og meistring", "MEMBER", ["osteroy", "kommunalsjef helse og omsorg"]),
    municipal("voss", "kommunalsjef helse og omsorg", "MEMBER", ["kvam", "kommunalsjef helse"]),
    specialist("helse-bergen", "fagdirektør", { role: "DEPUTY_LEADER", portfolio: "Somatikk", deputy: ["helse-bergen", "klinikkdirektør, Medisinsk klinikk"] }),
    specialist("helse-bergen", "direktør, Divisjon psykisk helsevern", { portfolio: "Psykisk helsevern", deputy: ["helse-bergen", "avdelingsdirektør, Divisjon psykisk helsevern"] }),
    specialist("helse-bergen", "samhandlingsdirektør", {
      portfolio: "Overordna administrasjon og samhandling",
      deputy: ["helse-bergen", "avdelingsleiar, Samhandlingsavdelinga"],
    }),
    specialist("haraldsplass", "medisinsk direktør", { deputy: ["haraldsplass", "klinikksjef, Medisinsk klinikk"] }),
    specialist("betanien", "administrerande direktør", { deputy: ["solli-dps", "fagdirektør"] }),
    ...userSeats(true, "nestleiar i Brukarutvalet i Helse Bergen"),
    gpSeat(true),
    employeeSeat("bergen"),
  ];
}

// ──────────────── OU (O1–O8) ────────────────

const OU_MUNICIPAL_TITLES = ["kommunalsjef helse og omsorg", "einingsleiar heimetenester", "leiar for helse og meistring"];
const BERGEN_OU_TITLES = [
  "etatsdirektør, Etat for sjukeheimar",
  "etatsdirektør, Etat for heimetenester",
  "avdelingsdirektør, Etat for psykisk helse og rustenester",
  "fagdirektør, Etat for barn og familie",
];

/** O2: specialist seats in proportion to sector responsibility in the area (G4: every institution with it). */
const OU_SPECIALISTS: Record<AreaSlug, [string, string][]> = {
  bergen: [
    ["helse-bergen", "klinikkdirektør, Medisinsk klinikk"],
    ["helse-bergen", "avdelingsdirektør, Divisjon psykisk helsevern"],
    ["helse-bergen", "seksjonsleiar, Samhandlingsavdelinga"],
    ["haraldsplass", "klinikksjef, Medisinsk klinikk"],
  ],
  bergensregionen: [
    ["helse-bergen", "avdelingssjef, Kysthospitalet i Hagevik"],
    ["helse-bergen", "direktør, Bjørgvin DPS"],
    ["haraldsplass", "seksjonsleiar, geriatri"],
  ],
  nordhordland: [
    ["helse-bergen", "klinikksjef, Kirurgisk klinikk"],
    ["helse-bergen", "direktør, Nordhordland DPS"],
    ["helse-bergen", "seksjonsleiar, Akuttmottaket"],
    ["haraldsplass", "overlege, Medisinsk klinikk"],
  ],
  voss: [
    ["helse-bergen", "direktør, Voss sjukehus"],
    ["helse-bergen", "avdelingssjef, Voss DPS"],
    ["helse-bergen", "avdelingssjef, Medisinsk avdeling Voss"],
  ],
};

const CHIEF_MEDICAL_OFFICER: Record<AreaSlug, [string, string]> = {
  bergen: ["bergen", "bergen"],
  bergensregionen: ["askoy", "bjornafjorden"],
  nordhordland: ["alver", "osteroy"],
  voss: ["voss", "kvam"],
};

function ouSeats(area: AreaSlug): SeatSpec[] {
  const seats: SeatSpec[] = [];
  if (area === "bergen") {
    // O1: Bergen kommune may have up to six in its own OU; four here.
    BERGEN_OU_TITLES.forEach((title, i) =>
      seats.push(municipal("bergen", title, i === 0 ? "LEADER" : "MEMBER", ["bergen", "avdelingsleiar, helse og omsorg"])),
    );
  } else {
    municipalitiesIn(area).forEach((m, i) =>
      seats.push(
        municipal(m.slug, OU_MUNICIPAL_TITLES[i % OU_MUNICIPAL_TITLES.length]!, i === 0 ? "LEADER" : "MEMBER", [
          m.slug,
          "fagleiar helse og omsorg",
        ]),
      ),
    );
  }
  OU_SPECIALISTS[area].forEach(([party, title], i) =>
    seats.push(
      specialist(party, title, { role: i === 0 ? "DEPUTY_LEADER" : "MEMBER", deputy: [party, "seksjonsleiar"] }),
    ),
  );
  seats.push(gpSeat(true));
  const [cmo, cmoDeputy] = CHIEF_MEDICAL_OFFICER[area];
  seats.push({
    seat: "MUNICIPAL_CHIEF_MEDICAL_OFFICER",
    role: "MEMBER",
    party: cmo,
    side: "MUNICIPAL",
    person: employee(cmo, "kommuneoverlege"),
    deputy: { ...employee(cmoDeputy, cmo === cmoDeputy ? "assisterande kommuneoverlege" : "kommuneoverlege"), party: cmoDeputy },
  });
  seats.push(...userSeats(true));
  seats.push(employeeSeat(municipalitiesIn(area)[0]!.slug));
  return seats;
}

// ──────────────── Partnarskapsmøtet, faglege utval, arbeidsgruppe ────────────────

function partnershipSeats(): SeatSpec[] {
  const seats: SeatSpec[] = MUNICIPALITIES.map((m) =>
    municipal(m.slug, "kommunedirektør", m.slug === "bergen" ? "LEADER" : "MEMBER"),
  );
  seats.push(
    specialist("helse-bergen", "administrerande direktør", { role: "DEPUTY_LEADER" }),
    specialist("haraldsplass", "administrerande direktør"),
    specialist("betanien", "administrerande direktør"),
    specialist("solli-dps", "direktør"),
    ...userSeats(false, "leiar i Brukarutvalet i Helse Bergen"),
    gpSeat(false, "fastlege, leiar i LSU"),
  );
  return seats;
}

function professionalSeats(slug: string): SeatSpec[] {
  const common = [...userSeats(false), gpSeat(false)];
  if (slug === BODY.phr) {
    return [
      municipal("bergen", "fagsjef, Etat for psykisk helse og rustenester", "LEADER"),
      municipal("askoy", "leiar for psykisk helse og rus"),
      municipal("osteroy", "einingsleiar psykisk helse og rus"),
      municipal("voss", "leiar for rus og psykisk helse"),
      // F1: a specialist from the field of mental health and substance use.
      specialist("helse-bergen", "avdelingssjef, Divisjon psykisk helsevern", { role: "DEPUTY_LEADER", portfolio: "Psykisk helsevern" }),
      specialist("helse-bergen", "overlege, Avdeling for rusmedisin", { portfolio: "Rusmedisin" }),
      specialist("solli-dps", "fagsjef", { portfolio: "Psykisk helsevern" }),
      ...common,
    ];
  }
  if (slug === BODY.bu) {
    return [
      municipal("bergen", "fagdirektør, Etat for barn og familie", "LEADER"),
      municipal("bjornafjorden", "leiar for helsestasjon og skulehelseteneste"),
      municipal("alver", "kommunalsjef oppvekst"),
      municipal("kvam", "leiande helsesjukepleiar"),
      specialist("helse-bergen", "klinikkdirektør, Barne- og ungdomsklinikken", { role: "DEPUTY_LEADER" }),
      specialist("helse-bergen", "avdelingssjef, Barne- og ungdomspsykiatrisk avdeling"),
      specialist("haraldsplass", "rådgjevar, pasientforløp"),
      ...common,
    ];
  }
  if (slug === BODY.ek) {
    return [
      municipal("bergen", "etatsdirektør, Etat for heimetenester", "LEADER"),
      municipal("oygarden", "kommunalsjef helse og omsorg"),
      municipal("masfjorden", "leiar for pleie og omsorg"),
      municipal("vaksdal", "einingsleiar sjukeheim"),
      specialist("haraldsplass", "overlege, geriatrisk seksjon", { role: "DEPUTY_LEADER" }),
      specialist("helse-bergen", "seksjonsleiar, Medisinsk klinikk"),
      specialist("helse-bergen", "avdelingssjukepleiar, Medisinsk klinikk"),
      ...common,
    ];
  }
  // The working group on coordinated discharge.
  return [
    municipal("bergen", "rådgjevar, Etat for heimetenester", "LEADER"),
    municipal("askoy", "leiar, koordinerande eining"),
    specialist("helse-bergen", "seksjonsleiar, utskrivingskoordinering", { role: "DEPUTY_LEADER" }),
    specialist("haraldsplass", "avdelingssjukepleiar"),
    userSeats(false)[1]!,
    gpSeat(false),
  ];
}

// ──────────────── Building the rows ────────────────

export type MembershipPlan = { persons: PersonRegistry; memberships: MembershipRow[] };

export function buildMemberships(year: number): MembershipPlan {
  const persons = new PersonRegistry(oslo(year - 2, 12, 15, 12, 0));
  const memberships: MembershipRow[] = [];
  // G5: elected for four years – 1 January of the previous year to 31 December of the year after next.
  const term = { termStart: day(year - 1, 1, 1), termEnd: day(year + 2, 12, 31) };
  const created = oslo(year - 2, 12, 15, 12, 0);

  const person = (who: Who) => ("existing" in who ? who.existing : persons.add(who));

  const addBody = (bodySlug: string, seats: SeatSpec[], t = term) => {
    seats.forEach((s, index) => {
      const n = index + 1;
      const id = ids.membership(bodySlug, n);
      memberships.push({
        id,
        bodyId: ids.body(bodySlug),
        personId: person(s.person),
        partyId: ids.party(s.party),
        side: s.side,
        seat: s.seat,
        role: s.role,
        portfolio: s.portfolio ?? null,
        principalId: null,
        termStart: t.termStart,
        termEnd: t.termEnd,
        createdAt: created,
        updatedAt: created,
        version: 1,
      });
      if (s.deputy) {
        memberships.push({
          id: ids.deputy(bodySlug, n),
          bodyId: ids.body(bodySlug),
          personId: person(s.deputy),
          partyId: ids.party(s.deputy.party ?? s.party),
          side: s.deputy.side ?? s.side,
          seat: s.deputy.seat ?? s.seat,
          role: "PERSONAL_DEPUTY",
          portfolio: s.portfolio ?? null,
          principalId: id,
          termStart: t.termStart,
          termEnd: t.termEnd,
          createdAt: created,
          updatedAt: created,
          version: 1,
        });
      }
    });
  };

  // The secretariat first: its people are referred to from SSU and the OUs.
  const secretariatPerson = new Map<SecretariatKey, string>();
  addBody(
    BODY.sek,
    SECRETARIAT.map((s) => {
      const personId = persons.add(employee(s.party, s.title));
      secretariatPerson.set(s.key, personId);
      return { seat: s.seat, role: s.role, party: s.party, side: s.seat, person: { existing: personId } };
    }),
  );
  const secretariatSeat = (key: SecretariatKey, seat: SeatCategory): SeatSpec => {
    const s = SECRETARIAT.find((x) => x.key === key)!;
    return { seat, role: "OBSERVER", party: s.party, side: s.seat, person: { existing: secretariatPerson.get(key)! } };
  };

  addBody(BODY.ssu, [...ssuSeats(), secretariatSeat("hb1", "OBSERVER"), secretariatSeat("bergen", "OBSERVER")]);
  for (const area of AREAS) {
    const [m, s] = OU_SECRETARIAT[area.slug];
    addBody(BODY.ou(area.slug), [...ouSeats(area.slug), secretariatSeat(m, "SECRETARIAT"), secretariatSeat(s, "SECRETARIAT")]);
  }
  addBody(BODY.pm, partnershipSeats());
  planAlternations(memberships, year);
  for (const slug of [BODY.phr, BODY.bu, BODY.ek]) addBody(slug, professionalSeats(slug));
  // The working group: from its start in the autumn before the anchor year until the middle of the year after next.
  addBody(BODY.ag, professionalSeats(BODY.ag), { termStart: day(year - 1, 9, 1), termEnd: day(year + 2, 6, 30) });

  return { persons, memberships };
}

// ──────────────── The planned alternations (S7, O5) ────────────────

/**
 * The leadership of SSU alternates every other year between the municipalities and the specialist service (S7), and
 * each OU's employee representative and deputy swap sectors every other year (O5). The terms started on 1 January
 * of the previous year, so both are due on 1 January next year: the seed plans them, as the secretariat would, so
 * the structure stays compliant through the whole term and the compliance view shows the change as foreseen.
 * The current rows end on 31 December; the successors (id + "-neste") start the next day.
 */
function planAlternations(memberships: MembershipRow[], year: number) {
  const swap = day(year + 1, 1, 1);
  const lastDay = day(year, 12, 31);
  const find = (bodySlug: string, where: (m: MembershipRow) => boolean) =>
    memberships.find((m) => m.bodyId === ids.body(bodySlug) && m.principalId === null && where(m))!;
  const deputyOf = (m: MembershipRow) => memberships.find((d) => d.principalId === m.id)!;
  const successors: MembershipRow[] = [];
  /** Ends `current` (and its deputy) on `lastDay`; the successor and its deputy start on `swap` with `changes`. */
  const succeed = (current: MembershipRow, changes: Partial<MembershipRow>, deputyChanges: Partial<MembershipRow>) => {
    const deputy = deputyOf(current);
    const next = { ...current, ...changes, id: `${current.id}-neste`, termStart: swap };
    successors.push(next, { ...deputy, ...deputyChanges, id: `${deputy.id}-neste`, principalId: next.id, termStart: swap });
    current.termEnd = lastDay;
    deputy.termEnd = lastDay;
  };

  // S7: the municipal leader becomes deputy leader and the specialist deputy leader becomes leader.
  const leader = find(BODY.ssu, (m) => m.role === "LEADER");
  const deputyLeader = find(BODY.ssu, (m) => m.role === "DEPUTY_LEADER");
  succeed(leader, { role: "DEPUTY_LEADER" }, {});
  succeed(deputyLeader, { role: "LEADER" }, {});

  // O5: the state-sector deputy becomes the representative, the municipal representative the deputy.
  for (const area of AREAS) {
    const rep = find(BODY.ou(area.slug), (m) => m.seat === "EMPLOYEE_MUNICIPAL");
    const deputy = deputyOf(rep);
    succeed(
      rep,
      { personId: deputy.personId, seat: deputy.seat, side: deputy.side, partyId: deputy.partyId },
      { personId: rep.personId, seat: rep.seat, side: rep.side, partyId: rep.partyId },
    );
  }
  memberships.push(...successors);
}
