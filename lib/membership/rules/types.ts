// The plain shapes the rules module works on. Pure data: no Prisma, no clock, so the engine runs the same on rows
// read from the database, on the seed's arrays and on hand-made compositions in tests.
import type {
  BodyKind,
  DecisionKind,
  MembershipRole,
  PartyKind,
  RuleKind,
  RuleSeverity,
  SeatCategory,
  Side,
} from "@/lib/domain/vocabulary";
import type { MessageKey } from "@/lib/i18n";

/** Text stored in both languages (database content): nynorsk, and bokmål where it differs. */
export type LocalText = { nn: string; nb?: string | null };

export type RuleMessageKey = MessageKey<"rules.messages">;

/** A value placed into a rule message: plain text, a number, text in both languages, a date, or a nested message. */
export type MessageParam =
  | string
  | number
  | { text: LocalText }
  | { date: string } // YYYY-MM-DD
  | { msg: MessageRef }
  | { seat: SeatCategory }
  | { role: MembershipRole }
  | { side: Side };

export type MessageRef = { key: RuleMessageKey; params: Record<string, MessageParam> };

export type RuleArea = { id: string; slug: string; name: string; nameNb?: string | null };

export type RuleParty = {
  id: string;
  slug: string;
  name: string;
  nameNb?: string | null;
  kind: PartyKind;
  side: Side | null;
  areaId: string | null;
};

export type RuleServiceArea = { partyId: string; areaId: string; sectorResponsibility: boolean };

export type RuleBody = {
  id: string;
  slug: string;
  kind: BodyKind;
  shortName: string;
  name: string;
  nameNb?: string | null;
  areaId: string | null;
  minMeetingsPerYear: number | null;
  mentalHealthField: boolean;
  closedOn?: Date | null;
};

export type RuleMembership = {
  id: string;
  bodyId: string;
  personId: string;
  personName: string;
  personTitle: string | null;
  partyId: string | null;
  side: Side | null;
  seat: SeatCategory;
  role: MembershipRole;
  portfolio: string | null;
  principalId: string | null;
  /** First day (a calendar date at UTC midnight, as Prisma returns @db.Date). */
  termStart: Date;
  /** Inclusive last day, or null (open-ended; bounded by G5). */
  termEnd: Date | null;
};

export type RuleMeeting = { bodyId: string; startsAt: Date; cancelled: boolean };
export type RuleDecision = { bodyId: string; kind: DecisionKind; decidedAt: Date };

/** Everything the rules may look at: the structure and the full membership history (not only today's). */
export type RuleContext = {
  areas: RuleArea[];
  parties: RuleParty[];
  serviceAreas: RuleServiceArea[];
  bodies: RuleBody[];
  memberships: RuleMembership[];
  meetings: RuleMeeting[];
  decisions: RuleDecision[];
};

/** One rule of a rule set, as stored in RepresentationRule (params not yet validated). */
export type RuleDef = {
  code: string;
  bodyKinds: readonly BodyKind[];
  severity: RuleSeverity;
  kind: RuleKind;
  params: unknown;
  description: LocalText;
  sortOrder?: number;
};

export type RuleStatus = "ok" | "warning" | "breach" | "info";

/** One thing wrong under a rule. `id` is stable across compositions; `gap` says how far from compliance it is. */
export type Finding = {
  id: string;
  gap: number;
  message: MessageRef;
  fix?: MessageRef;
  membershipIds?: string[];
};

export type RuleResult = {
  code: string;
  kind: RuleKind;
  severity: RuleSeverity;
  description: LocalText;
  status: RuleStatus;
  findings: Finding[];
  /** Things to know that are not (yet) wrong: when the leadership must alternate next, the year's decisions … */
  notes: MessageRef[];
  /** A date something must happen by (S7 alternation, O5 swap), YYYY-MM-DD. */
  due?: string;
};
