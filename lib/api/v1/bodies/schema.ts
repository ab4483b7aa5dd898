// /api/v1/bodies: the bodies with mandate, tasks and the current public holders of their seats – what the body pages
// show (lib/bodies/data.ts): name, job title, party, role, seat and term; never e-mail or phone.
import * as z from "zod";
import { BODY_KINDS, MEMBERSHIP_ROLES, SEAT_CATEGORIES } from "@/lib/domain/vocabulary";
import { changedSince, isoDate, isoDateTime, localized, pageOf, pageQuery } from "../common/schema";

const partyRef = z.object({ id: z.string(), name: localized("Party name") }).meta({ id: "PartyRef" });

export const seatHolderSchema = z
  .object({
    membershipId: z.string(),
    name: z.string(),
    title: z.string().nullable().meta({ description: "Job title (stilling)" }),
    role: z.enum(MEMBERSHIP_ROLES),
    seat: z.enum(SEAT_CATEGORIES),
    party: partyRef.nullable(),
    portfolio: z.string().nullable(),
    termStart: isoDate,
    termEnd: isoDate.nullable(),
    personalDeputy: z.object({ name: z.string(), party: partyRef.nullable() }).nullable(),
  })
  .meta({ id: "SeatHolder" });

export const bodySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    kind: z.enum(BODY_KINDS),
    shortName: z.string(),
    name: localized("Name"),
    mandate: localized("Mandate"),
    tasks: z.array(localized("Task")),
    parentId: z.string().nullable(),
    areaId: z.string().nullable(),
    establishedOn: isoDate.nullable(),
    closedOn: isoDate.nullable(),
    updatedAt: isoDateTime,
    holders: z.array(seatHolderSchema).meta({ description: "Members whose term includes today (Europe/Oslo), personal deputies inside their principal (S6)" }),
    url: z.string().meta({ description: "The body's page in the portal" }),
  })
  .meta({ id: "Body" });
export type ApiBody = z.infer<typeof bodySchema>;

export const bodiesQuery = pageQuery.extend({ changedSince }).strict();
export const bodiesPage = pageOf(bodySchema, "BodyPage");
