// Rule kinds about people and time: personal deputies (S6, O6), leadership and its alternation (S7, O7, K2), the
// employee representative's sector swap (O5) and the length of a term (G5).
import { isActiveOn, isPermanent } from "./composition";
import { addDays, addYears, isoOf } from "./dates";
import { bodyName, dateParam, matches, msg, type BodyEnv, type Outcome } from "./kit";
import type { ParamsOf } from "./params";
import type { Finding, MessageRef, RuleMembership } from "./types";
import type { Side } from "@/lib/domain/vocabulary";

const deputyOf = (env: BodyEnv, m: RuleMembership) =>
  env.active.find((d) => d.role === "PERSONAL_DEPUTY" && d.principalId === m.id);

export function personalDeputy(env: BodyEnv, p: ParamsOf<"PERSONAL_DEPUTY_REQUIRED">): Outcome {
  const findings: Finding[] = env.permanent
    .filter((m) => matches(env, m, p.select) && !deputyOf(env, m))
    .map((m) => ({
      id: `${env.code}:${m.id}`,
      gap: 1,
      membershipIds: [m.id],
      message: msg("deputyMissing", { code: env.code, person: m.personName, seat: { seat: m.seat }, body: bodyName(env.body) }),
      fix: msg("fixAppointDeputy", { person: m.personName }),
    }));
  return { findings };
}

const otherSide = (side: Side): Side => (side === "MUNICIPAL" ? "SPECIALIST" : "MUNICIPAL");

/**
 * The first day of the current unbroken run in which `same(previous, current)` holds, walking back through earlier
 * memberships of the same kind that end at most a month before the next one starts.
 */
function runStart(history: RuleMembership[], current: RuleMembership, same: (a: RuleMembership) => boolean): Date {
  const earlier = history.filter((m) => m.termStart < current.termStart).sort((a, b) => b.termStart.getTime() - a.termStart.getTime());
  let start = current.termStart;
  for (const m of earlier) {
    const contiguous = m.termEnd === null || m.termEnd.getTime() >= addDays(start, -31).getTime();
    if (!contiguous || !same(m)) break;
    start = m.termStart;
  }
  return start;
}

export function leadership(env: BodyEnv, p: ParamsOf<"LEADERSHIP">): Outcome {
  const findings: Finding[] = [];
  const notes: MessageRef[] = [];
  let due: string | undefined;
  const used = new Set<string>();
  for (const role of ["LEADER", "DEPUTY_LEADER"] as const) {
    const slots = p.slots.filter((s) => s.role === role);
    if (!slots.length) continue;
    const holders = env.permanent.filter((m) => m.role === role);
    if (holders.length > slots.length) {
      findings.push({
        id: `${env.code}:${role}:count`,
        gap: holders.length - slots.length,
        membershipIds: holders.map((m) => m.id),
        message: msg("roleTooMany", { code: env.code, body: bodyName(env.body), role: { role }, actual: holders.length, expected: slots.length }),
        fix: msg("fixRoleTooMany", { n: holders.length - slots.length, role: { role } }),
      });
    }
    // Slots with a condition first, so an unconditional slot does not take the only holder that fits one.
    const ordered = [...slots.filter((s) => s.select), ...slots.filter((s) => !s.select)];
    ordered.forEach((slot, i) => {
      const fit = holders.find((m) => !used.has(m.id) && matches(env, m, { ...slot.select, roles: [role] }));
      if (fit) {
        used.add(fit.id);
        return;
      }
      const other = holders.find((m) => !used.has(m.id));
      const group = slot.label ? { text: slot.label } : undefined;
      findings.push({
        id: `${env.code}:${role}:${i}`,
        gap: 1,
        membershipIds: other ? [other.id] : undefined,
        message: other && group
          ? msg("roleWrong", { code: env.code, body: bodyName(env.body), role: { role }, group, person: other.personName })
          : msg("roleMissing", { code: env.code, body: bodyName(env.body), role: { role } }),
        fix: group ? msg("fixGiveRole", { role: { role }, group }) : msg("fixGiveRoleAny", { role: { role } }),
      });
    });
  }

  const leader = env.permanent.find((m) => m.role === "LEADER");
  const deputy = env.permanent.find((m) => m.role === "DEPUTY_LEADER");
  if (p.differentSides && leader?.side && deputy?.side && leader.side === deputy.side) {
    findings.push({
      id: `${env.code}:sides`,
      gap: 1,
      membershipIds: [leader.id, deputy.id],
      message: msg("leadersSameSide", { code: env.code, body: bodyName(env.body), side: { side: leader.side } }),
      fix: msg("fixOtherSide", { side: { side: otherSide(leader.side) } }),
    });
  }

  if (p.alternateEveryYears && leader?.side) {
    const side = leader.side;
    const history = env.ctx.memberships.filter((m) => m.bodyId === env.body.id && m.role === "LEADER");
    const dueDay = addYears(runStart(history, leader, (m) => m.side === side), p.alternateEveryYears);
    due = isoOf(dueDay);
    const next = { side: otherSide(side) };
    if (env.day.getTime() >= dueDay.getTime()) {
      findings.push({
        id: `${env.code}:alternation`,
        gap: 1,
        membershipIds: [leader.id],
        message: msg("alternationOverdue", { code: env.code, body: bodyName(env.body), side: next, due: dateParam(dueDay) }),
        fix: msg("fixAlternate", { side: next }),
      });
    } else {
      notes.push(msg("alternationNote", { body: bodyName(env.body), side: next, due: dateParam(dueDay) }));
    }
  }
  return { findings, notes, due };
}

export function employeeRotation(env: BodyEnv, p: ParamsOf<"EMPLOYEE_ROTATION">): Outcome {
  const findings: Finding[] = [];
  const notes: MessageRef[] = [];
  let due: string | undefined;
  const reps = env.permanent.filter((m) => p.seats.includes(m.seat));
  if (reps.length !== p.count) {
    findings.push({
      id: `${env.code}:count`,
      gap: Math.abs(reps.length - p.count),
      membershipIds: reps.length > p.count ? reps.map((m) => m.id) : undefined,
      message: msg("employeeCount", { code: env.code, body: bodyName(env.body), n: p.count, actual: reps.length }),
      fix: reps.length < p.count ? msg("fixAppointEmployee", {}) : msg("fixEndSome", { n: reps.length - p.count, group: { seat: reps[0]!.seat } }),
    });
  }
  for (const rep of reps) {
    const deputy = deputyOf(env, rep);
    const other = p.seats.find((s) => s !== rep.seat)!;
    if (!deputy) {
      findings.push({
        id: `${env.code}:deputy:${rep.id}`,
        gap: 1,
        membershipIds: [rep.id],
        message: msg("deputyMissing", { code: env.code, person: rep.personName, seat: { seat: rep.seat }, body: bodyName(env.body) }),
        fix: msg("fixEmployeeDeputy", { seat: { seat: other } }),
      });
    } else if (deputy.seat === rep.seat || !p.seats.includes(deputy.seat)) {
      findings.push({
        id: `${env.code}:sector:${rep.id}`,
        gap: 1,
        membershipIds: [rep.id, deputy.id],
        message: msg("employeeDeputySameSector", { code: env.code, body: bodyName(env.body), seat: { seat: rep.seat } }),
        fix: msg("fixEmployeeDeputy", { seat: { seat: other } }),
      });
    }
  }
  const rep = reps[0];
  if (p.alternateEveryYears && rep) {
    const history = env.ctx.memberships.filter((m) => m.bodyId === env.body.id && isPermanent(m) && p.seats.includes(m.seat));
    const dueDay = addYears(runStart(history, rep, (m) => m.seat === rep.seat), p.alternateEveryYears);
    due = isoOf(dueDay);
    if (env.day.getTime() >= dueDay.getTime()) {
      findings.push({
        id: `${env.code}:swap`,
        gap: 1,
        membershipIds: [rep.id],
        message: msg("swapOverdue", { code: env.code, body: bodyName(env.body), due: dateParam(dueDay) }),
        fix: msg("fixSwap", {}),
      });
    } else {
      notes.push(msg("swapNote", { body: bodyName(env.body), due: dateParam(dueDay) }));
    }
  }
  return { findings, notes, due };
}

/** The last day a term starting on `start` may run under a maximum of `years` years. */
export function latestTermEnd(start: Date, years: number): Date {
  return addDays(addYears(start, years), -1);
}

export function termMaxYears(env: BodyEnv, p: ParamsOf<"TERM_MAX_YEARS">): Outcome {
  const findings: Finding[] = [];
  for (const m of env.active) {
    const latest = latestTermEnd(m.termStart, p.years);
    if (m.termEnd && m.termEnd.getTime() > latest.getTime()) {
      findings.push({
        id: `${env.code}:${m.id}`,
        gap: 1,
        membershipIds: [m.id],
        message: msg("termTooLong", {
          code: env.code,
          person: m.personName,
          start: dateParam(m.termStart),
          end: dateParam(m.termEnd),
          years: p.years,
        }),
        fix: msg("fixTermEnd", { latest: dateParam(latest) }),
      });
    } else if (!m.termEnd && !isActiveOn({ termStart: m.termStart, termEnd: latest }, env.day)) {
      findings.push({
        id: `${env.code}:${m.id}`,
        gap: 1,
        membershipIds: [m.id],
        message: msg("termOpenOverrun", { code: env.code, person: m.personName, start: dateParam(m.termStart), years: p.years }),
        fix: msg("fixReappoint", {}),
      });
    }
  }
  return { findings };
}
