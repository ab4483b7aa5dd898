// The annual report (årsmelding, issue 21 item 4): its sections, their limits, the years it may be written for, and
// who may read it. Pure: shared by forms, actions, data, pages, the PDF route and tests.
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

/** The sections of a report, in order; each is generated from the portal's own data and then edited by hand. */
export const SECTION_KEYS = ["intro", "meetings", "cases", "decisions", "actionPlan", "deviations", "agreements", "consultations", "indicators"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type ReportSection = { key: SectionKey; title: string; body: string };

export const REPORT_LANGUAGES = ["nn", "nb"] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];
export type ReportStatus = "DRAFT" | "PUBLISHED";

export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;

/** The first year Saman can say anything about: reports start here. */
export const FIRST_REPORT_YEAR = 2020;

/** The years a report may be generated for: from the first year up to this one (a December draft of the running year). */
export function reportableYears(thisYear: number): number[] {
  const years: number[] = [];
  for (let y = thisYear; y >= FIRST_REPORT_YEAR; y--) years.push(y);
  return years;
}

/** The last full year: the year a report is usually written for. */
export const lastFullYear = (thisYear: number) => thisYear - 1;

/**
 * A published report is public; a draft is the secretariat's. The page, the list and the PDF route all ask this, so a
 * link is shown exactly when it opens.
 */
export function canReadAnnualReport(viewer: Viewer, status: ReportStatus): boolean {
  return status === "PUBLISHED" || can(viewer, "annualReport.manage");
}

export const annualReportPath = (year: number) => `/arsmelding/${year}`;
export const annualReportPdfPath = (year: number) => `/api/arsmelding/${year}.pdf`;
export const ADMIN_PATH = "/admin/arsmelding";
export const adminReportPath = (year: number) => `${ADMIN_PATH}/${year}`;
