// Who sees what of the signed-in portal (issue 14): the role menu in the header and the sections of the personal home
// page (Mitt Saman). Pure: the caller passes the viewer, built from the database on this request; every entry asks
// the one role table (lib/auth/permissions `can()`), so the menu never offers a page that would refuse the viewer.
import { can } from "@/lib/auth/permissions";
import { hasRole, isStaff, type Viewer } from "@/lib/auth/viewer";
import { canRegister, overviewScope, type DeviationFacts } from "@/lib/deviations/policy";
import type { MessageKey } from "@/lib/i18n";

export const HOME_PATH = "/mitt-saman";

export type RoleNavKey = Exclude<MessageKey<"workspace.nav">, "menu" | "roleGroup">;

/** Facts some entries need from the database (read by the header only for signed-in members). */
export type NavFacts = { deviations?: DeviationFacts };

/** The deviation overview opens for those with a scope (lib/deviations/policy); staff have one without any facts. */
const seesDeviations = (v: Viewer, f: NavFacts) => (isStaff(v) || f.deviations !== undefined) && overviewScope(v, f.deviations ?? { areaCommittees: [], strategicCommitteeIds: [] }).kind !== "none";

/** The signed-in menu, in order. Add a page here with the test that decides who may open it. */
export const ROLE_NAV: readonly { key: RoleNavKey; path: string; allowed: (viewer: Viewer, facts: NavFacts) => boolean }[] = [
  { key: "home", path: HOME_PATH, allowed: (v) => v.userId !== null },
  // The meetings one is called to, as member or called-in personal deputy (S6), with forfall (issue 16).
  { key: "myMeetings", path: "/mine-mote", allowed: (v) => v.memberBodyIds.length > 0 && can(v, "meeting.answer") },
  // A party's own cases: a partner contact with a party (staff follow cases on the desk instead).
  { key: "ownCases", path: "/mine-saker", allowed: (v) => v.partyId !== null && can(v, "case.follow", { partyId: v.partyId }) },
  { key: "submitCase", path: "/meld-inn-sak", allowed: (v) => !isStaff(v) && v.partyId !== null && can(v, "case.submit", { partyId: v.partyId }) },
  { key: "desk", path: "/saksbehandling", allowed: (v) => can(v, "case.triage") },
  { key: "deviations", path: "/avvik", allowed: seesDeviations },
  // A partner contact without the overview registers deviations for their party.
  { key: "deviations", path: "/avvik/registrer", allowed: (v, f) => !seesDeviations(v, f) && canRegister(v) },
  { key: "membership", path: "/samsvar", allowed: (v) => can(v, "membership.manage") },
  { key: "admin", path: "/admin", allowed: (v) => can(v, "admin.overview") },
];

export function roleNav(viewer: Viewer, facts: NavFacts = {}): { key: RoleNavKey; path: string }[] {
  if (viewer.userId === null) return [];
  return ROLE_NAV.filter((item) => item.allowed(viewer, facts)).map(({ key, path }) => ({ key, path }));
}

/** The sections of the home page this viewer gets, in page order. */
export type HomeSection = "tasks" | "uncoveredSeats" | "seats" | "myMeetings" | "meetings" | "minutes" | "measures" | "partnerCases" | "fees" | "calendar";

export function homeSections(viewer: Viewer, facts: { hasPerson: boolean }): HomeSection[] {
  const sections: HomeSection[] = [];
  if (viewer.userId === null) return sections;
  if (can(viewer, "admin.overview")) sections.push("tasks");
  // Seats where forfall left no one (S6): the secretariat's participation desk (issue 16).
  if (can(viewer, "participation.manage")) sections.push("uncoveredSeats");
  if (facts.hasPerson) sections.push("seats");
  // The meetings one is called to and the answer to each (forfall, deputy call-up; S6).
  if (facts.hasPerson && viewer.memberBodyIds.length > 0 && can(viewer, "meeting.answer")) sections.push("myMeetings");
  if (viewer.memberBodyIds.length > 0) sections.push("meetings", "minutes", "measures");
  if (hasRole(viewer, "PARTNER_CONTACT") && viewer.partyId !== null && can(viewer, "case.follow", { partyId: viewer.partyId })) sections.push("partnerCases");
  // Fees for meetings attended in a fee-entitled seat (the section shows itself only when there are some).
  if (facts.hasPerson && can(viewer, "fee.claim")) sections.push("fees");
  if (can(viewer, "calendar.personal")) sections.push("calendar");
  return sections;
}
