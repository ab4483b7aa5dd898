// Adoption of agreements by the parties (issue 21 item 1): which parties adopt, which states are open, which need a
// date. Pure: shared by forms, actions, data and tests.
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { PartyKind } from "@/lib/domain/vocabulary";

export const ADOPTION_STATUSES = ["NOT_STARTED", "ON_AGENDA", "ADOPTED", "ADOPTED_WITH_RESERVATIONS", "DECLINED"] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

/**
 * The parties that adopt the agreements in their own council or board: the municipalities and the specialist health
 * service (spec "Parties": the agreements are made between them). The bodies that only appoint representatives
 * (user committees, LSU, the employee organisations) are not parties to the agreements and get no row.
 */
export const ADOPTING_PARTY_KINDS = ["MUNICIPALITY", "HEALTH_TRUST", "PRIVATE_NONPROFIT_HOSPITAL"] as const satisfies readonly PartyKind[];

/** Still waiting for the party's decision: reminders go to these. */
export const OPEN_STATUSES = ["NOT_STARTED", "ON_AGENDA"] as const satisfies readonly AdoptionStatus[];
/** Counted as "has adopted" on the public page. */
export const ADOPTED_STATUSES = ["ADOPTED", "ADOPTED_WITH_RESERVATIONS"] as const satisfies readonly AdoptionStatus[];

export const isOpen = (status: AdoptionStatus) => (OPEN_STATUSES as readonly string[]).includes(status);

/** A decision (adopted, with reservations, declined) has a date: the day of the party's decision. */
export const needsDate = (status: AdoptionStatus) => !isOpen(status);

/** The yearly review (spec "Agreements": SSU reviews the agreements yearly) is due when the last is this old. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** The decision document: a PDF (checked by its content), small. */
export const ADOPTION_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Who may open a row's decision document: the secretariat (the matrix) and the row's own party. The download route
 * asks this, and so do the pages before they show the link.
 */
export function canReadAdoptionDocument(viewer: Viewer, partyId: string): boolean {
  return can(viewer, "adoption.manage") || can(viewer, "adoption.update", { partyId });
}

export const adoptionDocumentPath = (adoptionId: string) => `/api/vedtak/${adoptionId}`;
