// /api/v1/measures: the action plans' measures (tiltak) with their status history, as on the measure pages
// (lib/action-plan/data.ts getMeasure) – the action plan is public in full.
import * as z from "zod";
import { MEASURE_STATUSES, PRIORITY_GROUPS } from "@/lib/domain/vocabulary";
import { bodyFilter, changedSince, isoDate, isoDateTime, localized, pageOf, pageQuery } from "../common/schema";

export const measureStatusUpdateSchema = z
  .object({ status: z.enum(MEASURE_STATUSES), progress: z.number().int().min(0).max(100), note: z.string().nullable(), at: isoDateTime })
  .meta({ id: "MeasureStatusUpdate" });

export const measureSchema = z
  .object({
    id: z.string(),
    planYear: z.number().int(),
    part: z.object({ number: z.number().int(), title: localized("Part title") }),
    code: z.string().meta({ example: "2.3" }),
    title: localized("Title"),
    description: z.object({ nn: z.string().nullable(), nb: z.string().nullable() }),
    priorityGroups: z.array(z.enum(PRIORITY_GROUPS)),
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
