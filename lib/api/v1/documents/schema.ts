// /api/v1/documents: public documents only – metadata and a link to the portal's download route, decided by the
// same facts and function as every listing and the download itself (lib/documents/access.ts, policy.ts). A
// restricted document, or a paper of a meeting whose notice has not gone out, is not listed at all.
import * as z from "zod";
import { DOCUMENT_KINDS } from "@/lib/domain/vocabulary";
import { bodyFilter, changedSince, isoDateTime, localized, pageOf, pageQuery, yearFilter } from "../common/schema";

export const documentFileSchema = z
  .object({
    versionId: z.string(),
    number: z.number().int(),
    fileName: z.string(),
    mimeType: z.string(),
    size: z.number().int().meta({ description: "Bytes" }),
    sha256: z.string(),
    uploadedAt: isoDateTime,
    downloadUrl: z.string().meta({ description: "The portal's download route, relative to the portal's origin", example: "/api/dokument/clx…" }),
  })
  .meta({ id: "DocumentFile" });

export const documentSchema = z
  .object({
    id: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    title: localized("Title"),
    bodyId: z.string().nullable(),
    meetingId: z.string().nullable(),
    agendaItemId: z.string().nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    latest: documentFileSchema.nullable(),
  })
  .meta({ id: "Document" });
export type ApiDocument = z.infer<typeof documentSchema>;

export const documentsQuery = pageQuery
  .extend({ body: bodyFilter, meeting: z.string().max(100).optional(), kind: z.enum(DOCUMENT_KINDS).optional(), year: yearFilter, changedSince })
  .strict();
export const documentsPage = pageOf(documentSchema, "DocumentPage");
