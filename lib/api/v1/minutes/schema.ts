// /api/v1/minutes: published minutes only – a meeting in MINUTES_PUBLISHED and its published versions, as on the
// meeting page (lib/meetings/meeting-page/data.ts). A draft or approved-but-unpublished text never appears.
import * as z from "zod";
import { bodyFilter, changedSince, isoDateTime, pageOf, pageQuery, yearFilter } from "../common/schema";

export const minutesVersionSchema = z
  .object({
    number: z.number().int(),
    publishedAt: isoDateTime,
    changeNote: z.string().nullable().meta({ description: "What a correction after publishing changed" }),
  })
  .meta({ id: "MinutesVersion" });

export const minutesSchema = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    bodyId: z.string(),
    meetingStartsAt: isoDateTime,
    current: minutesVersionSchema.extend({ html: z.string().meta({ description: "Sanitised HTML (nynorsk)" }) }),
    history: z.array(minutesVersionSchema).meta({ description: "Every published version, newest first" }),
    updatedAt: isoDateTime,
    url: z.string(),
  })
  .meta({ id: "Minutes" });
export type ApiMinutes = z.infer<typeof minutesSchema>;

export const minutesQuery = pageQuery.extend({ body: bodyFilter, year: yearFilter, changedSince }).strict();
export const minutesPage = pageOf(minutesSchema, "MinutesPage");
