// The rules engine: evaluates a rule set (data) against the composition of a body, or of the whole structure, as of
// a day. Pure: the same inputs always give the same results.
import { compositionAsOf } from "./composition";
import { addDays, addMonths, dayOf, isoOf } from "./dates";
import { consensusDecisions, meetingsPerYear } from "./kinds-activity";
import { employeeRotation, latestTermEnd, leadership, personalDeputy, termMaxYears } from "./kinds-people";
import {
  municipalityCoverage,
  seatCount,
  seatsPerMunicipality,
  secretariatSeats,
  sectorResponsibility,
  specialistProportion,
  strategicLevel,
} from "./kinds-seats";
import { makeBodyEnv, makeEnv, type BodyEnv, type Outcome } from "./kit";
import { parseParams } from "./params";
import type { Finding, RuleBody, RuleContext, RuleDef, RuleMembership, RuleResult, RuleStatus } from "./types";

function runBodyRule(env: BodyEnv, rule: RuleDef): Outcome {
  const { code } = rule;
  switch (rule.kind) {
    case "SEAT_COUNT":
      return seatCount(env, parseParams("SEAT_COUNT", code, rule.params));
    case "SEATS_PER_MUNICIPALITY":
      return seatsPerMunicipality(env, parseParams("SEATS_PER_MUNICIPALITY", code, rule.params));
    case "SECTOR_RESPONSIBILITY":
      return sectorResponsibility(env, parseParams("SECTOR_RESPONSIBILITY", code, rule.params));
    case "SPECIALIST_PROPORTION":
      return specialistProportion(env, parseParams("SPECIALIST_PROPORTION", code, rule.params));
    case "SECRETARIAT_SEATS":
      return secretariatSeats(env, parseParams("SECRETARIAT_SEATS", code, rule.params));
    case "STRATEGIC_LEVEL":
      return strategicLevel(env, parseParams("STRATEGIC_LEVEL", code, rule.params));
    case "PERSONAL_DEPUTY_REQUIRED":
      return personalDeputy(env, parseParams("PERSONAL_DEPUTY_REQUIRED", code, rule.params));
    case "LEADERSHIP":
      return leadership(env, parseParams("LEADERSHIP", code, rule.params));
    case "EMPLOYEE_ROTATION":
      return employeeRotation(env, parseParams("EMPLOYEE_ROTATION", code, rule.params));
    case "TERM_MAX_YEARS":
      return termMaxYears(env, parseParams("TERM_MAX_YEARS", code, rule.params));
    case "MEETINGS_PER_YEAR":
      return meetingsPerYear(env, parseParams("MEETINGS_PER_YEAR", code, rule.params));
    case "CONSENSUS_DECISIONS":
      parseParams("CONSENSUS_DECISIONS", code, rule.params);
      return consensusDecisions(env);
    case "MUNICIPALITY_COVERAGE":
      // A structure-wide rule: evaluated by evaluateStructure.
      return { findings: [] };
  }
}

function statusOf(rule: RuleDef, findings: Finding[]): RuleStatus {
  if (rule.severity === "INFO") return "info";
  if (!findings.length) return "ok";
  return rule.severity === "HARD" ? "breach" : "warning";
}

function toResult(rule: RuleDef, outcome: Outcome): RuleResult {
  return {
    code: rule.code,
    kind: rule.kind,
    severity: rule.severity,
    description: rule.description,
    status: statusOf(rule, outcome.findings),
    findings: outcome.findings,
    notes: outcome.notes ?? [],
    due: outcome.due,
  };
}

const byOrder = (a: RuleDef, b: RuleDef) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.code.localeCompare(b.code);

/** Rules of a set that apply to one body (its kind is listed); structure-wide rules (no kinds) are left out. */
export function rulesFor(body: Pick<RuleBody, "kind">, rules: readonly RuleDef[]): RuleDef[] {
  return rules.filter((r) => r.bodyKinds.includes(body.kind)).sort(byOrder);
}

/** Every rule of the set that applies to `body`, evaluated on the composition as of `asOf`. */
export function evaluateBody(body: RuleBody, rules: readonly RuleDef[], ctx: RuleContext, asOf: Date): RuleResult[] {
  const day = dayOf(asOf);
  return rulesFor(body, rules).map((rule) => toResult(rule, runBodyRule(makeBodyEnv(makeEnv(ctx, day, rule.code), body), rule)));
}

/** The structure-wide rules (no body kinds, e.g. G3) as of `asOf`. */
export function evaluateStructure(rules: readonly RuleDef[], ctx: RuleContext, asOf: Date): RuleResult[] {
  const day = dayOf(asOf);
  return rules
    .filter((r) => r.bodyKinds.length === 0)
    .sort(byOrder)
    .map((rule) => {
      const env = makeEnv(ctx, day, rule.code);
      if (rule.kind === "MUNICIPALITY_COVERAGE") {
        return toResult(rule, municipalityCoverage(env, parseParams("MUNICIPALITY_COVERAGE", rule.code, rule.params)));
      }
      return toResult(rule, { findings: [] });
    });
}

export type BodyReport = { body: RuleBody; results: RuleResult[]; expiring: Expiry[] };
export type StructureReport = { asOf: string; structure: RuleResult[]; bodies: BodyReport[] };

/** The whole structure as of a day: the structure-wide rules and every open body's rules and expiring terms. */
export function evaluateAll(rules: readonly RuleDef[], ctx: RuleContext, asOf: Date): StructureReport {
  const day = dayOf(asOf);
  const open = ctx.bodies.filter((b) => !(b.closedOn && b.closedOn.getTime() <= day.getTime()));
  return {
    asOf: isoOf(day),
    structure: evaluateStructure(rules, ctx, asOf),
    bodies: open.map((body) => ({ body, results: evaluateBody(body, rules, ctx, asOf), expiring: expiringTerms(body, rules, ctx, asOf) })),
  };
}

export type Expiry = { membership: RuleMembership; ends: string; implied: boolean };

/**
 * Terms in the body ending within `months` months of `asOf` (open-ended terms end where G5 ends them). A term the
 * same person continues in the body from the next day (a planned change of role or seat, as in S7 and O5) is not
 * listed: nobody leaves, and the compliance view shows the change as due.
 */
export function expiringTerms(body: RuleBody, rules: readonly RuleDef[], ctx: RuleContext, asOf: Date, months = 6): Expiry[] {
  const day = dayOf(asOf);
  const limit = addMonths(day, months);
  const g5 = rules.find((r) => r.kind === "TERM_MAX_YEARS" && r.bodyKinds.includes(body.kind));
  const years = g5 ? parseParams("TERM_MAX_YEARS", g5.code, g5.params).years : null;
  return compositionAsOf(
    ctx.memberships.filter((m) => m.bodyId === body.id),
    asOf,
  )
    .map((m) => {
      const end = m.termEnd ?? (years ? latestTermEnd(m.termStart, years) : null);
      return end ? { membership: m, ends: isoOf(end), implied: !m.termEnd, at: end.getTime() } : null;
    })
    .filter((e): e is Expiry & { at: number } => e !== null && e.at <= limit.getTime())
    .filter(
      (e) =>
        !ctx.memberships.some(
          (n) => n.id !== e.membership.id && n.bodyId === body.id && n.personId === e.membership.personId && isoOf(n.termStart) === isoOf(addDays(new Date(e.at), 1)),
        ),
    )
    .sort((a, b) => a.at - b.at || a.membership.personName.localeCompare(b.membership.personName, "nn"))
    .map(({ membership, ends, implied }) => ({ membership, ends, implied }));
}

/** The findings of HARD rules in `after` that are new or worse than in `before` (the change broke them). */
export function newBreaches(before: RuleResult[], after: RuleResult[]): { code: string; finding: Finding }[] {
  return worsened(before, after, "HARD");
}

/** The findings of SOFT rules in `after` that are new or worse than in `before` (warnings the change raised). */
export function newWarnings(before: RuleResult[], after: RuleResult[]): { code: string; finding: Finding }[] {
  return worsened(before, after, "SOFT");
}

function worsened(before: RuleResult[], after: RuleResult[], severity: "HARD" | "SOFT") {
  const gaps = new Map(before.flatMap((r) => r.findings.map((f) => [f.id, f.gap] as const)));
  return after
    .filter((r) => r.severity === severity)
    .flatMap((r) => r.findings.filter((f) => f.gap > (gaps.get(f.id) ?? 0)).map((finding) => ({ code: r.code, finding })));
}

/** G3 in detail: for each municipality, the bodies of the given kinds where it has a permanent seat as of `asOf`. */
export function municipalityRepresentation(
  ctx: RuleContext,
  asOf: Date,
  bodyKinds: readonly RuleBody["kind"][] = ["STRATEGIC_COMMITTEE", "AREA_COMMITTEE"],
): { party: RuleContext["parties"][number]; bodies: RuleBody[] }[] {
  const bodies = ctx.bodies.filter((b) => bodyKinds.includes(b.kind));
  const active = compositionAsOf(ctx.memberships, asOf).filter((m) => m.role === "LEADER" || m.role === "DEPUTY_LEADER" || m.role === "MEMBER");
  return ctx.parties
    .filter((p) => p.kind === "MUNICIPALITY")
    .map((party) => ({
      party,
      bodies: bodies.filter((b) => active.some((m) => m.bodyId === b.id && m.partyId === party.id)),
    }));
}
