// Shared helpers of the rule kinds: the evaluation environment, selectors, and message building.
import { compositionAsOf, isPermanent } from "./composition";
import { isoOf } from "./dates";
import type { Selector } from "./params";
import type {
  Finding,
  MessageParam,
  MessageRef,
  RuleArea,
  RuleBody,
  RuleContext,
  RuleMembership,
  RuleMessageKey,
  RuleParty,
} from "./types";

export type Env = {
  ctx: RuleContext;
  /** The day evaluated (UTC midnight of the Oslo day). */
  day: Date;
  code: string;
  party: (id: string | null | undefined) => RuleParty | undefined;
  area: (id: string | null | undefined) => RuleArea | undefined;
};

export type BodyEnv = Env & {
  body: RuleBody;
  /** Everyone active in the body on `day`. */
  active: RuleMembership[];
  /** The permanent representatives (leader, deputy leader, members). */
  permanent: RuleMembership[];
};

export type Outcome = { findings: Finding[]; notes?: MessageRef[]; due?: string };

export function makeEnv(ctx: RuleContext, day: Date, code: string): Env {
  const parties = new Map(ctx.parties.map((p) => [p.id, p]));
  const areas = new Map(ctx.areas.map((a) => [a.id, a]));
  return {
    ctx,
    day,
    code,
    party: (id) => (id ? parties.get(id) : undefined),
    area: (id) => (id ? areas.get(id) : undefined),
  };
}

export function makeBodyEnv(env: Env, body: RuleBody): BodyEnv {
  const active = compositionAsOf(
    env.ctx.memberships.filter((m) => m.bodyId === body.id),
    env.day,
  );
  return { ...env, body, active, permanent: active.filter(isPermanent) };
}

/** Whether a membership matches a selector; roles default to the permanent ones. */
export function matches(env: Env, m: RuleMembership, s: Selector = {}): boolean {
  if (s.roles ? !s.roles.includes(m.role) : !isPermanent(m)) return false;
  if (s.seats && !s.seats.includes(m.seat)) return false;
  if (s.sides && (!m.side || !s.sides.includes(m.side))) return false;
  const party = env.party(m.partyId);
  if (s.partySlugs && (!party || !s.partySlugs.includes(party.slug))) return false;
  if (s.excludePartySlugs && party && s.excludePartySlugs.includes(party.slug)) return false;
  if (s.partyKinds && (!party || !s.partyKinds.includes(party.kind))) return false;
  if (s.areaSlugs) {
    const area = env.area(party?.areaId);
    if (!area || !s.areaSlugs.includes(area.slug)) return false;
  }
  if (s.portfolios && (!m.portfolio || !s.portfolios.includes(m.portfolio))) return false;
  if (s.portfolioPattern && !new RegExp(s.portfolioPattern, "i").test(m.portfolio ?? "")) return false;
  return true;
}

export const msg = (key: RuleMessageKey, params: Record<string, MessageParam> = {}): MessageRef => ({ key, params });

export const text = (nn: string, nb?: string | null): MessageParam => ({ text: { nn, nb } });

export const bodyName = (body: RuleBody): MessageParam => text(body.shortName);

export const partyName = (party: RuleParty | undefined): MessageParam => (party ? text(party.name, party.nameNb) : "–");

export const areaName = (area: RuleArea | undefined): MessageParam => (area ? text(area.name, area.nameNb) : "–");

export const dateParam = (day: Date): MessageParam => ({ date: isoOf(day) });

/** "exactly n", "at least n", "at most n", "between min and max" as a nested message. */
export function requirement(min: number | undefined, max: number | undefined): MessageParam {
  if (min !== undefined && max !== undefined) {
    return { msg: min === max ? msg("reqExactly", { n: min }) : msg("reqBetween", { min, max }) };
  }
  if (min !== undefined) return { msg: msg("reqAtLeast", { n: min }) };
  return { msg: msg("reqAtMost", { n: max ?? 0 }) };
}

/** How far a count is from [min, max]; 0 when within. */
export function distance(actual: number, min: number | undefined, max: number | undefined): number {
  if (min !== undefined && actual < min) return min - actual;
  if (max !== undefined && actual > max) return actual - max;
  return 0;
}
