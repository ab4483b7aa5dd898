// The payroll export of approved fee claims (issue 16 item 3): one row per claim, semicolon-separated with a decimal
// comma and a BOM (what Norwegian spreadsheets and payroll imports read), the same cell escaping as the deviation
// report (a cell starting with = + - @ is neutralised against formula injection).
import { toCsv } from "@/lib/deviations/report";
import { localize, type Locale, getTranslator } from "@/lib/i18n";
import { osloIsoDate } from "@/lib/i18n/dates";
import type { CostReport } from "./cost-report";
import type { ReviewClaim } from "./data";
import { hoursText, kroner } from "./policy";

export function feeRows(lang: Locale, claims: readonly ReviewClaim[]): string[][] {
  const m = getTranslator(lang);
  return [
    [...m.raw("fees.csv.header")],
    ...claims.map((c) => [
      osloIsoDate(c.meeting.startsAt),
      localize(lang, c.meeting.body.name, c.meeting.body.nameNb),
      c.claimant,
      m(`labels.seat.${c.seat}`),
      hoursText(c.meetingMinutes),
      hoursText(c.preparationMinutes),
      String(c.kilometres),
      kroner(c.expensesOre),
      kroner(c.totalOre),
      c.decidedAt ? osloIsoDate(c.decidedAt) : "",
      // How many receipts back the expenses (the files themselves stay in Saman, for the claimant and the secretariat).
      String(c.receipts.length),
    ]),
  ];
}

export const feeCsv = (lang: Locale, claims: readonly ReviewClaim[]): string => toCsv(feeRows(lang, claims));

/** A share as a percentage with a decimal comma and two decimals ("57,31"). */
export const percent = (share: number): string => (share * 100).toFixed(2).replace(".", ",");

/** The yearly cost report as CSV: the totals, the 50/50 halves, then each municipality's part of its half. */
export function costRows(lang: Locale, report: CostReport): string[][] {
  const c = getTranslator(lang, "fees.costs");
  return [
    [...c.raw("csvHeader")],
    [c("fees"), "", "", kroner(report.feesOre)],
    [c("travel"), "", "", kroner(report.travelOre)],
    [c("total"), "", "100,00", kroner(report.totalOre)],
    [c("specialist"), "", "50,00", kroner(report.specialistOre)],
    [c("municipal"), "", "50,00", kroner(report.municipalOre)],
    ...report.municipalities.map((r) => [localize(lang, r.name, r.nameNb), String(r.weight), percent(r.share), kroner(r.ore)]),
  ];
}

export const costCsv = (lang: Locale, report: CostReport): string => toCsv(costRows(lang, report));
