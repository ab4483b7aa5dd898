// The domain's closed vocabularies as plain values, usable in client components and zod schemas without importing
// the database client. tests/unit/vocabulary.test.ts keeps them equal to the Prisma enums.
export const USER_ROLES = ["ADMIN", "SECRETARIAT", "PARTNER_CONTACT"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const VISIBILITIES = ["PUBLIC", "BODY_MEMBERS", "SECRETARIAT"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const DOCUMENT_KINDS = [
  "NOTICE",
  "AGENDA",
  "CASE_PAPER",
  "MINUTES",
  "ATTACHMENT",
  "AGREEMENT",
  "ACTION_PLAN",
  "REPORT",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const MEASURE_STATUSES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "DELAYED", "COMPLETED", "CANCELLED"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEETING_STATUSES = ["PLANNED", "NOTICE_SENT", "HELD", "MINUTES_APPROVED", "MINUTES_PUBLISHED"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const CASE_STATUSES = [
  "RECEIVED",
  "ASSESSING",
  "SCHEDULED",
  "DECIDED",
  "DISAGREEMENT",
  "FORWARDED",
  "REJECTED",
  "WITHDRAWN",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const SEAT_CATEGORIES = [
  "MUNICIPAL",
  "SPECIALIST",
  "USER_MUNICIPAL",
  "USER_SPECIALIST",
  "GP",
  "MUNICIPAL_CHIEF_MEDICAL_OFFICER",
  "EMPLOYEE_MUNICIPAL",
  "EMPLOYEE_STATE",
  "SECRETARIAT",
  "OBSERVER",
] as const;
export type SeatCategory = (typeof SEAT_CATEGORIES)[number];

export const MEMBERSHIP_ROLES = ["LEADER", "DEPUTY_LEADER", "MEMBER", "PERSONAL_DEPUTY", "OBSERVER"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const BODY_KINDS = [
  "PARTNERSHIP_MEETING",
  "STRATEGIC_COMMITTEE",
  "AREA_COMMITTEE",
  "PROFESSIONAL_COMMITTEE",
  "WORKING_GROUP",
  "SECRETARIAT",
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const AGREEMENT_KINDS = ["OVERARCHING", "SERVICE", "GUIDELINE"] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const DECISION_KINDS = ["CONSENSUS", "DISAGREEMENT"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const AGENDA_ITEM_KINDS = ["CASE", "ORIENTATION", "ACTION_PLAN_STATUS", "OTHER", "NOTICE_APPROVAL", "MINUTES_APPROVAL"] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const SEARCH_KINDS = ["MINUTES", "DOCUMENT", "CASE", "MEASURE", "NEWS"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const PARTY_KINDS = [
  "MUNICIPALITY",
  "HEALTH_TRUST",
  "PRIVATE_NONPROFIT_HOSPITAL",
  "USER_BODY",
  "GP_BODY",
  "EMPLOYEE_ORGANISATION",
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const SIDES = ["MUNICIPAL", "SPECIALIST"] as const;
export type Side = (typeof SIDES)[number];

export const RULE_SEVERITIES = ["HARD", "SOFT", "INFO"] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

export const RULE_KINDS = [
  "SEAT_COUNT",
  "MUNICIPALITY_COVERAGE",
  "SECTOR_RESPONSIBILITY",
  "TERM_MAX_YEARS",
  "CONSENSUS_DECISIONS",
  "PERSONAL_DEPUTY_REQUIRED",
  "LEADERSHIP",
  "MEETINGS_PER_YEAR",
  "SEATS_PER_MUNICIPALITY",
  "SPECIALIST_PROPORTION",
  "EMPLOYEE_ROTATION",
  "SECRETARIAT_SEATS",
  "STRATEGIC_LEVEL",
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const DEVIATION_CATEGORIES = [
  "DISCHARGE",
  "MEDICATION_LIST",
  "REFERRAL",
  "COMMUNICATION",
  "E_MESSAGES",
  "ADMISSION",
  "OTHER",
] as const;
export type DeviationCategory = (typeof DEVIATION_CATEGORIES)[number];

export const DEVIATION_SEVERITIES = ["LOW", "MEDIUM", "HIGH"] as const;
export type DeviationSeverity = (typeof DEVIATION_SEVERITIES)[number];

export const ATTENDANCE_STATUSES = ["HOLDER", "DEPUTY", "ABSENT"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
