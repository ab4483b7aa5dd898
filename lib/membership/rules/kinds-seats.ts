// Rule kinds about who holds the seats: counts per group (G1, G2, S1–S5, O3, O4, K1, F1), one seat per
// municipality (O1), sector responsibility (G4, O2), the secretariat seats (O8), strategic level (K3) and the
// coverage of every municipality in the structure (G3).
import { compositionAsOf, isPermanent } from "./composition";
import {
  areaName,
  bodyName,
  distance,
  matches,
  msg,
  partyName,
  requirement,
  text,
  type BodyEnv,
  type Env,
  type Outcome,
} from "./kit";
import type { ParamsOf } from "./params";
import type { Finding, LocalText } from "./types";

const fillArea = (label: LocalText, area: { name: string; nameNb?: string | null }): LocalText => ({
  nn: label.nn.replaceAll("{area}", area.name),
  nb: (label.nb ?? label.nn).replaceAll("{area}", area.nameNb ?? area.name),
});

export function seatCount(env: BodyEnv, p: ParamsOf<"SEAT_COUNT">): Outcome {
  if (p.when && env.body.mentalHealthField !== p.when.mentalHealthField) return { findings: [] };
  const findings: Finding[] = [];
  for (const group of p.groups) {
    const variants = group.perArea
      ? env.ctx.areas.map((a) => ({
          id: `${env.code}:${group.key}:${a.slug}`,
          label: fillArea(group.label, a),
          select: { ...group.select, areaSlugs: [a.slug] },
        }))
      : [{ id: `${env.code}:${group.key}`, label: group.label, select: group.select }];
    for (const v of variants) {
      const holders = env.permanent.filter((m) => matches(env, m, v.select));
      const gap = distance(holders.length, group.min, group.max);
      if (!gap) continue;
      const tooFew = group.min !== undefined && holders.length < group.min;
      findings.push({
        id: v.id,
        gap,
        membershipIds: tooFew ? undefined : holders.map((m) => m.id),
        message: msg("seatCount", {
          code: env.code,
          body: bodyName(env.body),
          requirement: requirement(group.min, group.max),
          group: { text: v.label },
          actual: holders.length,
        }),
        fix: tooFew ? msg("fixAppointMore", { n: gap, group: { text: v.label } }) : msg("fixEndSome", { n: gap, group: { text: v.label } }),
      });
    }
  }
  return { findings };
}

export function seatsPerMunicipality(env: BodyEnv, p: ParamsOf<"SEATS_PER_MUNICIPALITY">): Outcome {
  const findings: Finding[] = [];
  const municipalities = env.ctx.parties.filter((x) => x.kind === "MUNICIPALITY" && x.areaId && x.areaId === env.body.areaId);
  for (const municipality of municipalities) {
    const holders = env.permanent.filter((m) => m.partyId === municipality.id && p.seats.includes(m.seat));
    const max = p.maxFor?.[municipality.slug] ?? p.max;
    const gap = distance(holders.length, p.min, max);
    if (!gap) continue;
    const tooFew = holders.length < p.min;
    const group = partyName(municipality);
    findings.push({
      id: `${env.code}:${municipality.slug}`,
      gap,
      membershipIds: tooFew ? undefined : holders.map((m) => m.id),
      message: msg("municipalitySeats", {
        code: env.code,
        body: bodyName(env.body),
        municipality: group,
        requirement: requirement(p.min, max),
        actual: holders.length,
      }),
      fix: tooFew ? msg("fixAppointFor", { n: gap, party: group }) : msg("fixEndFor", { n: gap, party: group }),
    });
  }
  return { findings };
}

const hasSector = (env: Env, partyId: string | null, areaId: string | null) =>
  env.ctx.serviceAreas.some((s) => s.partyId === partyId && s.areaId === areaId && s.sectorResponsibility);

export function sectorResponsibility(env: BodyEnv, p: ParamsOf<"SECTOR_RESPONSIBILITY">): Outcome {
  if (!env.body.areaId) return { findings: [] };
  const findings: Finding[] = [];
  for (const sa of env.ctx.serviceAreas.filter((s) => s.areaId === env.body.areaId && s.sectorResponsibility)) {
    if (env.permanent.some((m) => m.partyId === sa.partyId && p.seats.includes(m.seat))) continue;
    const institution = partyName(env.party(sa.partyId));
    findings.push({
      id: `${env.code}:${env.party(sa.partyId)?.slug ?? sa.partyId}`,
      gap: 1,
      message: msg("sectorMissing", { code: env.code, institution, area: areaName(env.area(sa.areaId)), body: bodyName(env.body) }),
      fix: msg("fixAppointFor", { n: 1, party: institution }),
    });
  }
  return { findings };
}

export function specialistProportion(env: BodyEnv, p: ParamsOf<"SPECIALIST_PROPORTION">): Outcome {
  if (!env.body.areaId) return { findings: [] };
  const findings: Finding[] = [];
  const seats = env.permanent.filter((m) => p.seats.includes(m.seat));
  const counts = new Map<string, number>();
  for (const m of seats) {
    if (!m.partyId) continue;
    counts.set(m.partyId, (counts.get(m.partyId) ?? 0) + 1);
    if (!hasSector(env, m.partyId, env.body.areaId) && !findings.some((f) => f.id === `${env.code}:nosector:${m.partyId}`)) {
      findings.push({
        id: `${env.code}:nosector:${m.partyId}`,
        gap: 1,
        membershipIds: seats.filter((s) => s.partyId === m.partyId).map((s) => s.id),
        message: msg("proportionNoSector", {
          code: env.code,
          party: partyName(env.party(m.partyId)),
          area: areaName(env.area(env.body.areaId)),
          body: bodyName(env.body),
        }),
        fix: msg("fixSectorSeat", {}),
      });
    }
  }
  const leading = env.ctx.parties.filter((x) => p.leadingPartyKinds.includes(x.kind) && hasSector(env, x.id, env.body.areaId));
  for (const lead of leading) {
    const a = counts.get(lead.id) ?? 0;
    for (const [partyId, b] of counts) {
      if (partyId === lead.id || b <= a) continue;
      findings.push({
        id: `${env.code}:leading:${lead.slug}:${partyId}`,
        gap: b - a,
        message: msg("proportionLeading", { code: env.code, leading: partyName(lead), party: partyName(env.party(partyId)), a, b }),
        fix: msg("fixRebalance", { leading: partyName(lead), party: partyName(env.party(partyId)) }),
      });
    }
  }
  return { findings };
}

export function secretariatSeats(env: BodyEnv, p: ParamsOf<"SECRETARIAT_SEATS">): Outcome {
  const findings: Finding[] = [];
  const holders = env.active.filter((m) => m.seat === p.seat);
  const area = areaName(env.area(env.body.areaId));
  const municipal = holders.filter((m) => m.side === "MUNICIPAL" && env.party(m.partyId)?.areaId === env.body.areaId);
  const specialist = holders.filter((m) => m.side === "SPECIALIST" && hasSector(env, m.partyId, env.body.areaId));
  const shortBy = Math.max(0, 1 - municipal.length) + Math.max(0, 1 - specialist.length);
  if (holders.length !== p.count || shortBy > 0) {
    findings.push({
      id: `${env.code}:seats`,
      gap: Math.max(Math.abs(holders.length - p.count), shortBy),
      message: msg("secretariatSeats", { code: env.code, body: bodyName(env.body), n: p.count, area, actual: holders.length }),
      fix: msg("fixSecretariatSeats", { area }),
    });
  }
  const secretariatBodies = new Set(env.ctx.bodies.filter((b) => b.kind === p.memberOfBodyKind).map((b) => b.id));
  const secretariatPeople = new Set(
    compositionAsOf(
      env.ctx.memberships.filter((m) => secretariatBodies.has(m.bodyId) && isPermanent(m)),
      env.day,
    ).map((m) => m.personId),
  );
  for (const m of holders) {
    if (secretariatPeople.has(m.personId)) continue;
    findings.push({
      id: `${env.code}:member:${m.id}`,
      gap: 1,
      membershipIds: [m.id],
      message: msg("secretariatNotMember", { code: env.code, person: m.personName, body: bodyName(env.body) }),
      fix: msg("fixSecretariatMember", {}),
    });
  }
  return { findings };
}

export function strategicLevel(env: BodyEnv, p: ParamsOf<"STRATEGIC_LEVEL">): Outcome {
  const pattern = new RegExp(p.titlePattern, "i");
  const findings: Finding[] = env.permanent
    .filter((m) => matches(env, m, p.select) && !pattern.test(m.personTitle ?? ""))
    .map((m) => ({
      id: `${env.code}:${m.id}`,
      gap: 1,
      membershipIds: [m.id],
      message: msg("strategicLevel", { code: env.code, person: m.personName, title: m.personTitle ?? "–" }),
      fix: msg("fixStrategic", {}),
    }));
  return { findings };
}

/** G3, for the whole structure: every municipality has a permanent representative in one of the given body kinds. */
export function municipalityCoverage(env: Env, p: ParamsOf<"MUNICIPALITY_COVERAGE">): Outcome {
  const bodies = env.ctx.bodies.filter((b) => p.bodyKinds.includes(b.kind) && !(b.closedOn && b.closedOn <= env.day));
  const bodyIds = new Set(bodies.map((b) => b.id));
  const active = compositionAsOf(
    env.ctx.memberships.filter((m) => bodyIds.has(m.bodyId) && isPermanent(m)),
    env.day,
  );
  const represented = new Set(active.map((m) => m.partyId));
  const findings: Finding[] = [];
  for (const municipality of env.ctx.parties.filter((x) => x.kind === "MUNICIPALITY")) {
    if (represented.has(municipality.id)) continue;
    const ou = bodies.find((b) => b.kind === "AREA_COMMITTEE" && b.areaId === municipality.areaId);
    findings.push({
      id: `${env.code}:${municipality.slug}`,
      gap: 1,
      message: msg("municipalityMissing", { code: env.code, municipality: partyName(municipality) }),
      fix: msg("fixAppointIn", { party: partyName(municipality), body: ou ? bodyName(ou) : text("SSU") }),
    });
  }
  return { findings };
}
