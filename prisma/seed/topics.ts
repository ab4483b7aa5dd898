// Shapes of the agenda content. Templates may use {Y}, {Y-1}, {Y+1} (the meeting year) and {area}/{areaNb}.
import type { PriorityGroup } from "./types";

export type Text = [nn: string, nb: string];

export type Topic = {
  key: string;
  title: Text;
  description: string;
  background?: string;
  desiredOutcome?: string;
  decision: Text;
  groups: PriorityGroup[];
  /** Code of the action-plan measure the decision follows up ("1.2"). */
  measure?: string;
  /** Party slug of the submitter; "sek" = the secretariat itself (no party). */
  submitter?: string;
};

export type Stop = {
  body: string;
  month: number;
  outcome: "DECIDED" | "FORWARD" | "DISAGREEMENT";
  decision: Text;
  disagreementNote?: string;
  to?: string;
  measure?: string;
};

/** A case that travels between bodies and keeps its identity (OU → SSU, SSU → fagutval → SSU). */
export type Chain = {
  key: string;
  title: Text;
  description: string;
  desiredOutcome?: string;
  groups: PriorityGroup[];
  submitter: string;
  stops: Stop[];
};

export const ALL_GROUPS: PriorityGroup[] = ["CHILDREN_YOUTH", "SEVERE_MENTAL_ILLNESS_SUBSTANCE", "FRAIL_ELDERLY", "MULTIPLE_CHRONIC"];

export const TAKEN_NOTE: Text = ["Saka vert teken til orientering.", "Saken tas til orientering."];
export const APPROVE_AGENDA: Text = ["Godkjenning av innkalling og saksliste", "Godkjenning av innkalling og saksliste"];
export const AGENDA_APPROVED: Text = ["Innkalling og saksliste vart godkjende.", "Innkalling og saksliste ble godkjent."];
export const ANY_OTHER: Text = ["Eventuelt", "Eventuelt"];
export const PLAN_STATUS: Text = ["Status i felles handlingsplan", "Status i felles handlingsplan"];
