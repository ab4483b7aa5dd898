"use server";
// Server actions of the agreement editors: content.edit against the database, validate with the form's
// schema (and the file by its content), write, and show the agreement's editor page (lib/actions/editor.ts, on the one chain lib/actions/chain.ts).
import { editorAction } from "@/lib/actions/editor";
import { checkUpload, DOCUMENT_UPLOAD } from "@/lib/uploads/file-check";
import { addAgreementVersion, createAgreement, recordReview, updateAgreement, updateAgreementVersion } from "./mutations";
import {
  addVersionSchema,
  AGREEMENT_FIELDS,
  createAgreementSchema,
  REVIEW_FIELDS,
  reviewSchema,
  updateAgreementSchema,
  updateVersionSchema,
  VERSION_FIELDS,
} from "./schema";

const editorPath = (r: { slug: string }) => `/admin/avtalar/${r.slug}`;

export const createAgreementAction = editorAction({ name: "agreements.createAgreement", entityType: "Agreement", fields: AGREEMENT_FIELDS, schema: createAgreementSchema, write: createAgreement, then: editorPath });

export const updateAgreementAction = editorAction({
  name: "agreements.updateAgreement",
  entityType: "Agreement",
  entityIdField: "agreementId",
  fields: AGREEMENT_FIELDS,
  schema: updateAgreementSchema,
  write: updateAgreement,
  then: editorPath,
});

export const addVersionAction = editorAction({
  name: "agreements.addVersion",
  entityType: "AgreementVersion",
  entityIdField: "agreementId",
  fields: VERSION_FIELDS,
  schema: addVersionSchema,
  write: async (actorId, values, data) => {
    const upload = await checkUpload(data.get("file"), DOCUMENT_UPLOAD);
    if (!upload.ok) return { ok: false, error: upload.error, fieldErrors: { file: "file" } };
    return addAgreementVersion(actorId, values, upload.file);
  },
  then: editorPath,
});

export const updateVersionAction = editorAction({
  name: "agreements.updateVersion",
  entityType: "AgreementVersion",
  entityIdField: "versionId",
  fields: VERSION_FIELDS,
  schema: updateVersionSchema,
  write: updateAgreementVersion,
  then: editorPath,
});

export const recordReviewAction = editorAction({ name: "agreements.recordReview", entityType: "AgreementReview", entityIdField: "agreementId", fields: REVIEW_FIELDS, schema: reviewSchema, write: recordReview, then: editorPath });
