// Roles and permissions: the one table that says which role may do what, and `can()`, the one policy function every
// page, server action and download asks. Pure: the viewer is built from the database on this request (data.ts).
import { canReadDocument, type DocumentAccessFacts } from "@/lib/documents/policy";
import { isStaff, type Viewer } from "./viewer";

/** Roles as the policy sees them: the user's own roles, MEMBER from an active membership, and PUBLIC for everyone. */
export type PolicyRole = "ADMIN" | "SECRETARIAT" | "MEMBER" | "PARTNER_CONTACT" | "PUBLIC";

export const PERMISSIONS = [
  /** Read a document (record: its visibility facts). */
  "document.read",
  /** Edit published content: meetings, documents, membership, the action plan. */
  "content.edit",
  /** Submit a case for a party. */
  "case.submit",
  /** Follow a case (record: the submitting party). */
  "case.follow",
  /** Work a body's cases on the case desk: assess, assign, comment, prioritise, schedule (record: the case's body). */
  "case.triage",
  /** Users: create, link to persons, assign roles, disable. */
  "users.manage",
  /** Open the staff overview (/admin): what needs the secretariat now; each section asks its own permission. */
  "admin.overview",
  /** Read the audit log. */
  "audit.read",
  /** Read the outbox of e-mails. */
  "outbox.read",
  /** Put an outbox mail back in the queue ("send again"). */
  "outbox.resend",
  /** Appoint, change and end memberships (the representation rules still decide: lib/membership/rules). */
  "membership.manage",
  /** Read a body's compliance with the representation rules (record: the body; none = the whole structure). */
  "compliance.read",
  /** Register an anonymised cooperation deviation (record: the reporting party). */
  "deviation.register",
  /** See deviation counts and, for one's own OU area, registrations and follow-up (scoped in lib/deviations/policy). */
  "deviation.read",
  /** Read the accessibility feedback sent from /tilgjengelegheit (issue 14.8). */
  "feedback.read",
  /** Answer a meeting one is called to – coming or forfall (S6; the mutation checks the membership is one's own). */
  "meeting.answer",
  /** The secretariat's participation desk: answers on someone's behalf, the attendance register (issue 16). */
  "participation.manage",
  /** A personal calendar subscription (webcal) of the meetings one is called to. */
  "calendar.personal",
  /**
   * Approve a meeting's minutes draft as its leader (record: the meeting's body). The role table lets members ask;
   * the mutation then requires the LEADER seat of that body (lib/meetings/minutes/mutations.ts).
   */
  "minutes.approve",
  /** Claim a fee for a meeting one attended in a fee-entitled seat (issue 16; the mutation checks the register). */
  "fee.claim",
  /** The secretariat approves or returns fee claims, exports them for payroll (issue 16). */
  "fee.manage",
  /** Record one's own party's adoption of an agreement version (record: the row's party; issue 21.1). */
  "adoption.update",
  /** The secretariat's adoption matrix and reminders, and the yearly review task (issue 21.1). */
  "adoption.manage",
  /** The secretariat's indicators (styringsinformasjon): define them, enter and import values (issue 21.3). */
  "indicator.manage",
  /** Answer a consultation round asked of one's own party (record: the round's asked party; issue 21.2). */
  "consultation.answer",
  /** The secretariat opens, closes and links consultation rounds, reads restricted ones, sends reminders (issue 21.2). */
  "consultation.manage",
  /** Generate, edit and publish the annual report (issue 21.4); everyone reads a published one. */
  "annualReport.manage",
  /**
   * Download a meeting's full archive export (Noark 5 oriented ZIP, issue 20.2) with every document the viewer may
   * read; everyone else gets the public edition (lib/meetings/archive/policy.ts).
   */
  "archive.export",
  /** Export the structure description, and import one after its dry run (issue 20 item 3, lib/structure). */
  "structure.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF: readonly Permission[] = [
  "admin.overview",
  "document.read",
  "content.edit",
  "case.submit",
  "case.follow",
  "case.triage",
  "membership.manage",
  "compliance.read",
  "deviation.register",
  "deviation.read",
  "feedback.read",
  "participation.manage",
  "calendar.personal",
  "fee.manage",
  "adoption.manage",
  "indicator.manage",
  "consultation.manage",
  "annualReport.manage",
  "archive.export",
  "structure.manage",
];

export const ROLE_PERMISSIONS: Record<PolicyRole, readonly Permission[]> = {
  PUBLIC: ["document.read"],
  MEMBER: ["document.read", "compliance.read", "deviation.read", "case.triage", "meeting.answer", "calendar.personal", "minutes.approve", "fee.claim"],
  PARTNER_CONTACT: ["document.read", "case.submit", "case.follow", "deviation.register", "calendar.personal", "adoption.update", "consultation.answer"],
  SECRETARIAT: STAFF,
  ADMIN: [...STAFF, "users.manage", "audit.read", "outbox.read", "outbox.resend"],
};

/** The records a permission is checked against. */
export type PermissionRecord = {
  "document.read": DocumentAccessFacts;
  "content.edit": undefined;
  "case.submit": { partyId: string | null } | undefined;
  "case.follow": { partyId: string | null } | undefined;
  "case.triage": { bodyId: string } | undefined;
  "users.manage": undefined;
  "admin.overview": undefined;
  "audit.read": undefined;
  "outbox.read": undefined;
  "outbox.resend": undefined;
  "membership.manage": undefined;
  "compliance.read": { bodyId: string } | undefined;
  "deviation.register": { partyId: string } | undefined;
  "deviation.read": undefined;
  "feedback.read": undefined;
  "meeting.answer": undefined;
  "participation.manage": undefined;
  "calendar.personal": undefined;
  "minutes.approve": { bodyId: string } | undefined;
  "fee.claim": undefined;
  "fee.manage": undefined;
  "adoption.update": { partyId: string } | undefined;
  "adoption.manage": undefined;
  "indicator.manage": undefined;
  "consultation.answer": { partyId: string } | undefined;
  "consultation.manage": undefined;
  "annualReport.manage": undefined;
  "archive.export": undefined;
  "structure.manage": undefined;
};

export function policyRoles(viewer: Viewer): PolicyRole[] {
  const roles: PolicyRole[] = ["PUBLIC"];
  if (viewer.memberBodyIds.length > 0) roles.push("MEMBER");
  for (const role of viewer.roles) roles.push(role);
  return roles;
}

/** May this viewer do this (to this record)? The role table first, then the record's own facts. */
export function can<P extends Permission>(viewer: Viewer, permission: P, record?: PermissionRecord[P], now: Date = new Date()): boolean {
  if (!policyRoles(viewer).some((role) => ROLE_PERMISSIONS[role].includes(permission))) return false;
  switch (permission) {
    case "document.read":
      return record !== undefined && canReadDocument(viewer, record as DocumentAccessFacts, now);
    case "case.submit": {
      const r = record as PermissionRecord["case.submit"];
      return isStaff(viewer) || r === undefined || (r.partyId !== null && r.partyId === viewer.partyId);
    }
    case "case.follow": {
      // Without a record: may open the list of one's own party's cases at all (a partner contact with a party).
      const r = record as PermissionRecord["case.follow"] | undefined;
      if (isStaff(viewer)) return true;
      if (r === undefined) return viewer.partyId !== null;
      return r.partyId !== null && r.partyId === viewer.partyId;
    }
    case "case.triage": {
      // The secretariat for every body; a member only in the prioritising group of the case's body (leader, deputy
      // leader, user representative). Without a record: may open the desk at all.
      const r = record as PermissionRecord["case.triage"];
      if (isStaff(viewer)) return true;
      const bodies = viewer.prioritisingBodyIds ?? [];
      return r === undefined ? bodies.length > 0 : bodies.includes(r.bodyId);
    }
    case "compliance.read": {
      const r = record as PermissionRecord["compliance.read"];
      return isStaff(viewer) || r === undefined || viewer.memberBodyIds.includes(r.bodyId);
    }
    case "deviation.register": {
      // A partner contact registers for their own party only; staff for any.
      const r = record as PermissionRecord["deviation.register"];
      if (isStaff(viewer)) return true;
      return viewer.partyId !== null && (r === undefined || r.partyId === viewer.partyId);
    }
    case "consultation.answer":
    case "adoption.update": {
      // Only one's own party's rows (without a record: has a party at all). Staff do not record a party's decision.
      const r = record as PermissionRecord["adoption.update"];
      return viewer.partyId !== null && (r === undefined || r.partyId === viewer.partyId);
    }
    case "minutes.approve": {
      const r = record as PermissionRecord["minutes.approve"];
      return r === undefined || viewer.memberBodyIds.includes(r.bodyId);
    }
    default:
      return true;
  }
}
