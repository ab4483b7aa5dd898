// /api/v1/parties and /api/v1/areas: the structure of the helsefellesskap – municipalities, hospital trusts and the
// other parties, and the utvalsområde they belong to or serve (sektoransvar, G4/O2).
import * as z from "zod";
import { PARTY_KINDS, SIDES } from "@/lib/domain/vocabulary";
import { localized, pageOf, pageQuery } from "../common/schema";

export const partySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    kind: z.enum(PARTY_KINDS),
    side: z.enum(SIDES).nullable(),
    name: localized("Name"),
    shortName: z.string().nullable(),
    areaId: z.string().nullable().meta({ description: "A municipality's utvalsområde" }),
    serviceAreas: z.array(z.object({ areaId: z.string(), sectorResponsibility: z.boolean() })).meta({ description: "Where a specialist institution serves (G4, O2)" }),
  })
  .meta({ id: "Party" });
export type ApiParty = z.infer<typeof partySchema>;

export const areaSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: localized("Name"),
    municipalityIds: z.array(z.string()),
    bodyIds: z.array(z.string()).meta({ description: "Bodies of the area (its områdeutval)" }),
  })
  .meta({ id: "Area" });
export type ApiArea = z.infer<typeof areaSchema>;

export const partiesQuery = pageQuery.extend({ kind: z.enum(PARTY_KINDS).optional(), area: z.string().max(100).optional().meta({ description: "Area id or slug" }) }).strict();
export const partiesPage = pageOf(partySchema, "PartyPage");
export const areasQuery = pageQuery.strict();
export const areasPage = pageOf(areaSchema, "AreaPage");
