// The plain vocabularies the UI and zod use are exactly the database enums.
import { describe, expect, it } from "vitest";
import * as enums from "@/lib/db/generated/prisma/enums";
import * as vocabulary from "@/lib/domain/vocabulary";

const pairs = [
  ["USER_ROLES", enums.UserRole],
  ["VISIBILITIES", enums.Visibility],
  ["DOCUMENT_KINDS", enums.DocumentKind],
  ["MEASURE_STATUSES", enums.MeasureStatus],
  ["MEETING_STATUSES", enums.MeetingStatus],
  ["CASE_STATUSES", enums.CaseStatus],
  ["SEAT_CATEGORIES", enums.SeatCategory],
  ["MEMBERSHIP_ROLES", enums.MembershipRole],
  ["BODY_KINDS", enums.BodyKind],
  ["AGREEMENT_KINDS", enums.AgreementKind],
  ["DECISION_KINDS", enums.DecisionKind],
  ["AGENDA_ITEM_KINDS", enums.AgendaItemKind],
  ["SEARCH_KINDS", enums.SearchKind],
  ["PARTY_KINDS", enums.PartyKind],
  ["SIDES", enums.Side],
  ["RULE_SEVERITIES", enums.RuleSeverity],
  ["RULE_KINDS", enums.RuleKind],
  ["DEVIATION_CATEGORIES", enums.DeviationCategory],
  ["DEVIATION_SEVERITIES", enums.DeviationSeverity],
  ["ATTENDANCE_STATUSES", enums.AttendanceStatus],
] as const;

describe("domain vocabulary", () => {
  it.each(pairs)("%s equals the Prisma enum", (name, prismaEnum) => {
    expect([...vocabulary[name]]).toEqual(Object.values(prismaEnum));
  });
});
