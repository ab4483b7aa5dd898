// The action plan editors' forms: one zod schema per form, shared by the form (field names, limits) and the server
// action. Messages are error codes (lib/editors/form.ts), translated in the UI.
import { z } from "zod";
import { MEASURE_STATUSES } from "@/lib/domain/vocabulary";
import { priorityGroupCode } from "@/lib/structure/priority-groups";
import { id, optionalDate, optionalText, requiredText, version } from "@/lib/editors/form";

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const NOTE_MAX = 2000;

const year = z.coerce.number({ error: "invalid" }).int("invalid").min(2000, "invalid").max(2100, "invalid");

/** The plan and the titles of its two parts (1: the agreements, 2: other measures). */
const planFields = {
  title: requiredText(TITLE_MAX),
  titleNb: optionalText(TITLE_MAX),
  adoptedOn: optionalDate,
  adoptedByBodyId: optionalText(100),
  part1Title: requiredText(TITLE_MAX),
  part1TitleNb: optionalText(TITLE_MAX),
  part2Title: requiredText(TITLE_MAX),
  part2TitleNb: optionalText(TITLE_MAX),
};

export const createPlanSchema = z.object({ year, ...planFields });
export const updatePlanSchema = z.object({ planId: id, version, ...planFields });
export const PLAN_FIELDS = ["planId", "version", "year", ...Object.keys(planFields)] as const;

const measureFields = {
  partId: id,
  code: z.string({ error: "required" }).trim().min(1, "required").max(20, "tooLong").regex(/^[\p{L}\p{N}.\-]+$/u, "invalid"),
  title: requiredText(TITLE_MAX),
  titleNb: optionalText(TITLE_MAX),
  description: optionalText(DESCRIPTION_MAX),
  descriptionNb: optionalText(DESCRIPTION_MAX),
  /** Codes of priority groups; the mutation checks they are valid in the plan's year (issue 20 item 3). */
  priorityGroups: z.array(priorityGroupCode).max(20, "invalid").optional().default([]),
  responsibleBodyId: id,
  ownerName: optionalText(TITLE_MAX),
  deadline: optionalDate,
};

export const createMeasureSchema = z.object({ ...measureFields });
export const updateMeasureSchema = z.object({ measureId: id, version, ...measureFields });
export const MEASURE_FIELDS = ["measureId", "version", ...Object.keys(measureFields).filter((f) => f !== "priorityGroups")] as const;
export const MEASURE_MULTI = ["priorityGroups"] as const;

export const statusUpdateSchema = z.object({
  measureId: id,
  version,
  status: z.enum(MEASURE_STATUSES, { error: "required" }),
  progress: z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(100, "invalid"),
  note: optionalText(NOTE_MAX),
});
export const STATUS_FIELDS = ["measureId", "version", "status", "progress", "note"] as const;

export const decisionLinkSchema = z.object({ measureId: id, decisionId: id });
export const DECISION_LINK_FIELDS = ["measureId", "decisionId"] as const;

export type CreatePlanValues = z.output<typeof createPlanSchema>;
export type UpdatePlanValues = z.output<typeof updatePlanSchema>;
export type CreateMeasureValues = z.output<typeof createMeasureSchema>;
export type UpdateMeasureValues = z.output<typeof updateMeasureSchema>;
export type StatusUpdateValues = z.output<typeof statusUpdateSchema>;
export type DecisionLinkValues = z.output<typeof decisionLinkSchema>;

