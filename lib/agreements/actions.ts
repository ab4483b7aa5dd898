"use server";
// Server actions of the agreement editors: authorize content.edit against the database, validate with the form's
// schema (and the file by its content), write, and show the agreement's editor page (lib/editors/action.ts).
import { runEditor } from "@/lib/editors/action";
import type { EditorResult } from "@/lib/editors/form";
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

export async function createAgreementAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, { entityType: "Agreement", fields: AGREEMENT_FIELDS, schema: createAgreementSchema, write: createAgreement, then: editorPath });
}

export async function updateAgreementAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
    entityType: "Agreement",
    entityIdField: "agreementId",
    fields: AGREEMENT_FIELDS,
    schema: updateAgreementSchema,
    write: updateAgreement,
    then: editorPath,
  });
}

export async function addVersionAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
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
}

export async function updateVersionAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
    entityType: "AgreementVersion",
    entityIdField: "versionId",
    fields: VERSION_FIELDS,
    schema: updateVersionSchema,
    write: updateAgreementVersion,
    then: editorPath,
  });
}

export async function recordReviewAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, { entityType: "AgreementReview", entityIdField: "agreementId", fields: REVIEW_FIELDS, schema: reviewSchema, write: recordReview, then: editorPath });
}
