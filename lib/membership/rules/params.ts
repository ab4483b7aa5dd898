// The parameters of each rule kind, validated with zod when a rule set is loaded: a helsefellesskap configures its
// own counts, categories, parties and areas as data, and a malformed rule is caught before it is evaluated.
import { z } from "zod";
import { BODY_KINDS, MEMBERSHIP_ROLES, PARTY_KINDS, SEAT_CATEGORIES, SIDES, type RuleKind } from "@/lib/domain/vocabulary";

export const localText = z.object({ nn: z.string().min(1), nb: z.string().nullish() });

/** Which memberships a group counts. Every given condition must hold; roles default to the permanent ones. */
export const selector = z.object({
  seats: z.array(z.enum(SEAT_CATEGORIES)).optional(),
  roles: z.array(z.enum(MEMBERSHIP_ROLES)).optional(),
  sides: z.array(z.enum(SIDES)).optional(),
  partySlugs: z.array(z.string()).optional(),
  excludePartySlugs: z.array(z.string()).optional(),
  partyKinds: z.array(z.enum(PARTY_KINDS)).optional(),
  /** The represented party's area (municipalities). */
  areaSlugs: z.array(z.string()).optional(),
  portfolios: z.array(z.string()).optional(),
  /** Case-insensitive regular expression on the portfolio. */
  portfolioPattern: z.string().optional(),
});
export type Selector = z.infer<typeof selector>;

const bounds = { min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() };

export const seatCountParams = z.object({
  /** Only for bodies with this flag set (F1: a committee in mental health / substance use). */
  when: z.object({ mentalHealthField: z.boolean() }).optional(),
  groups: z
    .array(
      z.object({
        key: z.string().min(1),
        /** Plural noun phrase, e.g. "kommunale representantar frå {area}"; {area} is filled for per-area groups. */
        label: localText,
        select: selector,
        /** One group per area of the structure (K1: one municipal representative from each area). */
        perArea: z.boolean().optional(),
        ...bounds,
      }),
    )
    .min(1),
});

export const municipalityCoverageParams = z.object({
  /** Where a municipality counts as represented (G3: SSU or an OU). */
  bodyKinds: z.array(z.enum(BODY_KINDS)).min(1),
});

export const sectorResponsibilityParams = z.object({ seats: z.array(z.enum(SEAT_CATEGORIES)).min(1) });

export const termMaxYearsParams = z.object({ years: z.number().int().min(1) });

export const consensusDecisionsParams = z.object({});

export const personalDeputyParams = z.object({ select: selector.optional() });

const leadershipSlot = z.object({
  role: z.enum(["LEADER", "DEPUTY_LEADER"]),
  label: localText.optional(),
  select: selector.optional(),
});

export const leadershipParams = z.object({
  slots: z.array(leadershipSlot).min(1),
  /** S7: leader and deputy leader from different levels. */
  differentSides: z.boolean().optional(),
  /** S7: the leader's side alternates every N years. */
  alternateEveryYears: z.number().int().min(1).optional(),
});

export const meetingsPerYearParams = z.object({ min: z.number().int().min(1).optional() });

export const seatsPerMunicipalityParams = z.object({
  seats: z.array(z.enum(SEAT_CATEGORIES)).min(1),
  min: z.number().int().min(0),
  max: z.number().int().min(1),
  /** Per municipality slug: a different maximum (O1: the largest municipality may have up to 6 in its own OU). */
  maxFor: z.record(z.string(), z.number().int().min(1)).optional(),
});

export const specialistProportionParams = z.object({
  seats: z.array(z.enum(SEAT_CATEGORIES)).min(1),
  /** Party kinds that should hold at least as many seats as any other institution (the health trust). */
  leadingPartyKinds: z.array(z.enum(PARTY_KINDS)).min(1),
});

export const employeeRotationParams = z.object({
  seats: z.array(z.enum(SEAT_CATEGORIES)).min(2),
  count: z.number().int().min(1),
  alternateEveryYears: z.number().int().min(1).optional(),
});

export const secretariatSeatsParams = z.object({
  seat: z.enum(SEAT_CATEGORIES),
  count: z.number().int().min(1),
  /** The seats are held by members of the body of this kind (the samarbeidssekretariat). */
  memberOfBodyKind: z.enum(BODY_KINDS),
});

export const strategicLevelParams = z.object({
  select: selector.optional(),
  /** Case-insensitive regular expression a title at strategic level matches (leader or adviser). */
  titlePattern: z.string().min(1),
});

export const PARAMS_BY_KIND = {
  SEAT_COUNT: seatCountParams,
  MUNICIPALITY_COVERAGE: municipalityCoverageParams,
  SECTOR_RESPONSIBILITY: sectorResponsibilityParams,
  TERM_MAX_YEARS: termMaxYearsParams,
  CONSENSUS_DECISIONS: consensusDecisionsParams,
  PERSONAL_DEPUTY_REQUIRED: personalDeputyParams,
  LEADERSHIP: leadershipParams,
  MEETINGS_PER_YEAR: meetingsPerYearParams,
  SEATS_PER_MUNICIPALITY: seatsPerMunicipalityParams,
  SPECIALIST_PROPORTION: specialistProportionParams,
  EMPLOYEE_ROTATION: employeeRotationParams,
  SECRETARIAT_SEATS: secretariatSeatsParams,
  STRATEGIC_LEVEL: strategicLevelParams,
} as const satisfies Record<RuleKind, z.ZodType>;

export type ParamsOf<K extends RuleKind> = z.infer<(typeof PARAMS_BY_KIND)[K]>;

/** Validates a rule's params against its kind; throws with the rule code when the data is malformed. */
export function parseParams<K extends RuleKind>(kind: K, code: string, params: unknown): ParamsOf<K> {
  const result = PARAMS_BY_KIND[kind].safeParse(params);
  if (!result.success) throw new Error(`Rule ${code} (${kind}) has invalid params: ${z.prettifyError(result.error)}`);
  return result.data as ParamsOf<K>;
}
