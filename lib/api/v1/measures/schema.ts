// /api/v1/measures: the action plans' measures (tiltak) with their status history, as on the measure pages
// (lib/action-plan/data.ts getMeasure) – the action plan is public in full.
import * as z from "zod";
import { MEASURE_STATUSES } from "@/lib/domain/vocabulary";
import { bodyFilter, changedSince, isoDate, isoDateTime, localized, pageOf, pageQuery } from "../common/schema";

export const measureStatusUpdateSchema = z
  .object({ status: z.enum(MEASURE_STATUSES), progress: z.number().int().min(0).max(100), note: z.string().nullable(), at: isoDateTime })
  .meta({ id: "MeasureStatusUpdate" });

/** A priority group as data (issue 20 item 3; PriorityGroupDefinition): its code and its name in both languages. */
export const priorityGroupRefSchema = z
  .object({ code: z.string().meta({ example: "PREGNANCY_BIRTH_POSTNATAL" }), name: localized("Name of the priority group") })
  .meta({ id: "PriorityGroupRef" });

export const measureSchema = z
  .object({
    id: z.string(),
    planYear: z.number().int(),
    part: z.object({ number: z.number().int(), title: localized("Part title") }),
    code: z.string().meta({ example: "2.3" }),
    title: localized("Title"),
    description: z.object({ nn: z.string().nullable(), nb: z.string().nullable() }),
    priorityGroups: z.array(z.string()).meta({ description: "Codes of the measure's priority groups (names in priorityGroupNames)" }),
    priorityGroupNames: z.array(priorityGroupRefSchema).meta({ description: "The measure's priority groups with their names, in the order of the national plan" }),
    responsibleBodyId: z.string(),
    ownerPartyId: z.string().nullable(),
    ownerName: z.string().nullable(),
    deadline: isoDate.nullable(),
    status: z.enum(MEASURE_STATUSES),
    progress: z.number().int().min(0).max(100),
    statusNote: z.string().nullable(),
    history: z.array(measureStatusUpdateSchema).meta({ description: "Status updates, oldest first" }),
    updatedAt: isoDateTime,
    url: z.string(),
  })
  .meta({ id: "Measure" });
export type ApiMeasure = z.infer<typeof measureSchema>;

export const measuresQuery = pageQuery
  .extend({
    year: z.coerce.number().int().min(2000).max(2100).optional().meta({ description: "The action plan's year" }),
    status: z.enum(MEASURE_STATUSES).optional(),
    body: bodyFilter.meta({ description: "Responsible body: id or slug" }),
    changedSince,
  })
  .strict();
export const measuresPage = pageOf(measureSchema, "MeasurePage");
