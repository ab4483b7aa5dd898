// /api/v1/meetings: meetings with their saksliste and decisions – public once the notice has gone out, exactly as on
// the meeting page (lib/meetings/policy.ts isAgendaPublic): a PLANNED meeting shows no agenda, no papers.
import * as z from "zod";
import { AGENDA_ITEM_KINDS, DECISION_KINDS, MEETING_STATUSES } from "@/lib/domain/vocabulary";
import { bodyFilter, changedSince, isoDateTime, localized, pageOf, pageQuery, yearFilter } from "../common/schema";

export const decisionSchema = z
  .object({ id: z.string(), kind: z.enum(DECISION_KINDS), text: localized("Decision text"), decidedAt: isoDateTime })
  .meta({ id: "Decision" });

export const agendaItemSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    kind: z.enum(AGENDA_ITEM_KINDS),
    title: localized("Title"),
    caseNumber: z.string().nullable().meta({ example: "SSU 12/2026" }),
    decision: decisionSchema.nullable(),
  })
  .meta({ id: "AgendaItem" });

export const meetingSchema = z
  .object({
    id: z.string(),
    bodyId: z.string(),
    title: z.string().nullable(),
    startsAt: isoDateTime,
    endsAt: isoDateTime.nullable(),
    location: z.string().nullable(),
    status: z.enum(MEETING_STATUSES),
    cancelledAt: isoDateTime.nullable(),
    cancellationReason: z.string().nullable(),
    updatedAt: isoDateTime,
    agendaPublic: z.boolean().meta({ description: "False while the notice has not gone out: the agenda is then empty" }),
    agenda: z.array(agendaItemSchema),
    url: z.string(),
  })
  .meta({ id: "Meeting" });
export type ApiMeeting = z.infer<typeof meetingSchema>;

export const meetingsQuery = pageQuery
  .extend({ body: bodyFilter, year: yearFilter, status: z.enum(MEETING_STATUSES).optional(), changedSince })
  .strict();
export const meetingsPage = pageOf(meetingSchema, "MeetingPage");
