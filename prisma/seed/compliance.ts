// A self-contained check of the seeded composition against the representation rules (G1–G5, S1–S7, O1–O8,
// K1–K2, F1) on a given day. It works on plain rows, so it runs on the seed's data arrays or on rows read back from
// the database. It is the seed's own safety net, not the portal's rules module.
import type { BodyRow, MembershipRow, PartyRow, ServiceAreaRow } from "./types";

export type CompositionInput = {
  bodies: BodyRow[];
  parties: PartyRow[];
  serviceAreas: ServiceAreaRow[];
  memberships: MembershipRow[];
};

const PERMANENT = new Set(["LEADER", "DEPUTY_LEADER", "MEMBER"]);
const MAX_TERM_DAYS = 4 * 366;

export function activeOn(memberships: MembershipRow[], date: Date): MembershipRow[] {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return memberships.filter((m) => m.termStart.getTime() <= day && (!m.termEnd || m.termEnd.getTime() >= day));
}

/** Returns human-readable violations of the hard rules (and the soft rules the seed promises to meet). */
export function checkComposition(input: CompositionInput, date: Date): string[] {
  const problems: string[] = [];
  const active = activeOn(input.memberships, date);
  const party = (id: string | null | undefined) => input.parties.find((p) => p.id === id);
  const inBody = (body: BodyRow) => active.filter((m) => m.bodyId === body.id);
  const permanent = (body: BodyRow) => inBody(body).filter((m) => PERMANENT.has(m.role));
  const count = (ms: MembershipRow[], f: (m: MembershipRow) => boolean) => ms.filter(f).length;
  const expect = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };

  for (const body of input.bodies.filter((b) => !b.closedOn)) {
    const members = permanent(body);
    const label = body.shortName;
    if (body.kind !== "SECRETARIAT") {
      // G1 (hard) and G2 (soft, but the seed meets it everywhere)
      expect(members.some((m) => m.seat === "USER_MUNICIPAL" || m.seat === "USER_SPECIALIST"), `G1 ${label}: no user representative`);
      expect(members.some((m) => m.seat === "GP"), `G2 ${label}: no GP representative`);
    }
    // G5: terms of at most four years
    for (const m of inBody(body)) {
      if (m.termEnd) {
        const days = (m.termEnd.getTime() - m.termStart.getTime()) / 86_400_000;
        expect(days < MAX_TERM_DAYS, `G5 ${label}: ${m.id} has a term longer than four years`);
      }
    }
  }

  const municipalities = input.parties.filter((p) => p.kind === "MUNICIPALITY");
  const ssu = input.bodies.find((b) => b.kind === "STRATEGIC_COMMITTEE")!;
  const ous = input.bodies.filter((b) => b.kind === "AREA_COMMITTEE");

  // G3: every municipality represented in SSU or an OU
  for (const m of municipalities) {
    expect(
      active.some((ms) => (ms.bodyId === ssu.id || ous.some((o) => o.id === ms.bodyId)) && ms.partyId === m.id && PERMANENT.has(ms.role)),
      `G3: ${m.name} is not represented in SSU or an OU`,
    );
  }

  // S1–S7
  {
    const members = permanent(ssu);
    const municipal = members.filter((m) => m.seat === "MUNICIPAL");
    const byArea = (area: string) => municipal.filter((m) => party(m.partyId)?.areaId === area).length;
    expect(municipal.length === 5, `S1: SSU has ${municipal.length} municipal representatives, expected 5`);
    expect(byArea("seed-area-bergen") === 2, "S1: SSU needs 2 from Bergen");
    for (const area of ["bergensregionen", "nordhordland", "voss"]) expect(byArea(`seed-area-${area}`) === 1, `S1: SSU needs 1 from ${area}`);
    const specialist = members.filter((m) => m.seat === "SPECIALIST");
    const hb = specialist.filter((m) => party(m.partyId)?.kind === "HEALTH_TRUST");
    expect(specialist.length === 5, `S2: SSU has ${specialist.length} specialist representatives, expected 5`);
    expect(hb.length === 3, "S2: SSU needs 3 from Helse Bergen");
    expect(
      ["Somatikk", "Psykisk helsevern", "Overordna administrasjon og samhandling"].every((p) => hb.some((m) => m.portfolio === p)),
      "S2: Helse Bergen's seats must cover somatic care, mental health care and overall administration",
    );
    expect(count(specialist, (m) => party(m.partyId)?.slug === "haraldsplass") === 1, "S2: SSU needs 1 from Haraldsplass");
    expect(
      count(specialist, (m) => party(m.partyId)?.kind === "PRIVATE_NONPROFIT_HOSPITAL" && party(m.partyId)?.slug !== "haraldsplass") === 1,
      "S2: SSU needs 1 from another private non-profit institution",
    );
    expect(count(members, (m) => m.seat === "USER_MUNICIPAL") === 1 && count(members, (m) => m.seat === "USER_SPECIALIST") === 1, "S3: SSU needs 1 + 1 user representatives");
    expect(count(members, (m) => m.seat === "GP") === 1, "S4: SSU needs 1 GP");
    expect(count(members, (m) => m.seat === "EMPLOYEE_MUNICIPAL" || m.seat === "EMPLOYEE_STATE") === 1, "S5: SSU needs 1 employee representative");
    for (const m of members) {
      expect(
        inBody(ssu).some((d) => d.role === "PERSONAL_DEPUTY" && d.principalId === m.id),
        `S6: SSU member ${m.id} has no personal deputy`,
      );
    }
    const leader = members.find((m) => m.role === "LEADER");
    const deputyLeader = members.find((m) => m.role === "DEPUTY_LEADER");
    expect(!!leader && !!deputyLeader && leader.side !== deputyLeader.side, "S7: SSU leader and deputy leader must come from different levels");
  }

  // O1–O8
  for (const ou of ous) {
    const members = permanent(ou);
    const label = ou.shortName;
    const areaMunicipalities = municipalities.filter((p) => p.areaId === ou.areaId);
    for (const m of areaMunicipalities) {
      const n = count(members, (ms) => ms.seat === "MUNICIPAL" && ms.partyId === m.id);
      const max = areaMunicipalities.length === 1 ? 6 : 1;
      expect(n >= 1 && n <= max, `O1 ${label}: ${m.name} has ${n} representatives`);
    }
    for (const sa of input.serviceAreas.filter((s) => s.areaId === ou.areaId && s.sectorResponsibility)) {
      expect(members.some((m) => m.seat === "SPECIALIST" && m.partyId === sa.partyId), `G4 ${label}: ${party(sa.partyId)?.name} is missing`);
    }
    expect(count(members, (m) => m.seat === "GP") === 1, `O3 ${label}: needs 1 GP`);
    expect(count(members, (m) => m.seat === "MUNICIPAL_CHIEF_MEDICAL_OFFICER") === 1, `O3 ${label}: needs 1 kommuneoverlege`);
    expect(
      count(members, (m) => m.seat === "USER_MUNICIPAL") === 1 && count(members, (m) => m.seat === "USER_SPECIALIST") === 1,
      `O4 ${label}: needs 1 + 1 user representatives`,
    );
    const employee = members.filter((m) => m.seat === "EMPLOYEE_MUNICIPAL" || m.seat === "EMPLOYEE_STATE");
    expect(employee.length === 1, `O5 ${label}: needs 1 employee representative`);
    const employeeDeputy = inBody(ou).find((d) => d.principalId === employee[0]?.id);
    expect(!!employeeDeputy && employeeDeputy.seat !== employee[0]?.seat, `O5 ${label}: the employee deputy must come from the other sector`);
    for (const m of members) {
      expect(inBody(ou).some((d) => d.role === "PERSONAL_DEPUTY" && d.principalId === m.id), `O6 ${label}: ${m.id} has no personal deputy`);
    }
    const leader = members.find((m) => m.role === "LEADER");
    const deputyLeader = members.find((m) => m.role === "DEPUTY_LEADER");
    expect(leader?.side === "MUNICIPAL" && deputyLeader?.side === "SPECIALIST", `O7 ${label}: leader municipal, deputy leader specialist`);
    const secretariat = inBody(ou).filter((m) => m.seat === "SECRETARIAT");
    expect(
      secretariat.length === 2 && secretariat.some((m) => m.side === "MUNICIPAL") && secretariat.some((m) => m.side === "SPECIALIST"),
      `O8 ${label}: needs 2 from the secretariat (one municipal, one specialist)`,
    );
  }

  // K1–K2
  const sek = input.bodies.find((b) => b.kind === "SECRETARIAT")!;
  {
    const members = permanent(sek);
    const municipal = members.filter((m) => m.side === "MUNICIPAL");
    const areas = new Set(municipal.map((m) => party(m.partyId)?.areaId));
    expect(municipal.length === 4 && areas.size === 4, "K1: one municipal representative from each area");
    expect(count(members, (m) => party(m.partyId)?.slug === "helse-bergen") === 2, "K1: 2 from Helse Bergen");
    expect(count(members, (m) => party(m.partyId)?.slug === "haraldsplass") === 1, "K1: 1 from Haraldsplass");
    const leaders = members.filter((m) => m.role === "LEADER");
    expect(
      leaders.length === 2 && leaders.some((m) => party(m.partyId)?.slug === "helse-bergen") && leaders.some((m) => m.side === "MUNICIPAL"),
      "K2: led jointly by one from Helse Bergen and one municipal representative",
    );
  }

  // F1
  for (const body of input.bodies.filter((b) => b.kind === "PROFESSIONAL_COMMITTEE" && b.mentalHealthField)) {
    expect(
      permanent(body).some((m) => m.seat === "SPECIALIST" && /psykisk|rus/i.test(m.portfolio ?? "")),
      `F1 ${body.shortName}: needs a specialist from mental health / substance use`,
    );
  }
  return problems;
}
