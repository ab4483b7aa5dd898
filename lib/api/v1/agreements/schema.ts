// /api/v1/agreements: the cooperation agreements (overordna avtale, tenesteavtalar, retningsliner) with their versions.
import * as z from "zod";
import { AGREEMENT_KINDS } from "@/lib/domain/vocabulary";
import { changedSince, isoDate, isoDateTime, localized, pageOf, pageQuery } from "../common/schema";

export const agreementVersionSchema = z
  .object({
    id: z.string(),
    label: z.string().meta({ example: "2024" }),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    adoptedOn: isoDate.nullable(),
    adoptedBy: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: "AgreementVersion" });

export const agreementSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    kind: z.enum(AGREEMENT_KINDS),
    number: z.number().int().nullable().meta({ description: "Tenesteavtale number (1–11)" }),
    title: localized("Title"),
    summary: z.object({ nn: z.string().nullable(), nb: z.string().nullable() }),
    versions: z.array(agreementVersionSchema).meta({ description: "Newest first; the documents of a version are in /documents (kind AGREEMENT)" }),
    updatedAt: isoDateTime,
    url: z.string(),
  })
  .meta({ id: "Agreement" });
export type ApiAgreement = z.infer<typeof agreementSchema>;

export const agreementsQuery = pageQuery.extend({ kind: z.enum(AGREEMENT_KINDS).optional(), changedSince }).strict();
export const agreementsPage = pageOf(agreementSchema, "AgreementPage");
