// Reads a posted fee claim form: the fields through the shared zod schema, the receipts through the content check
// every upload in Saman goes through (lib/uploads/file-check.ts: magic bytes, never the name or the browser's MIME
// type; size limit; an empty file refused with its own message; a clean display name). The receipt rule (issue 16
// item 3: expenses need a receipt) is checked here for a new claim, with every other field at once; a correction is
// checked in the mutation against the receipts it keeps.
import { checkUpload, isFilePresent, type CheckedUpload } from "@/lib/uploads/file-check";
import { MAX_RECEIPTS, RECEIPT_UPLOAD, receiptProblem } from "./policy";
import { claimSchema, fieldErrors as fieldErrorsOf, type ClaimInput, type FieldErrorCode } from "./schema";

export type ReceiptChanges = { add: CheckedUpload[]; remove: string[] };

export type ClaimFormData =
  | { ok: true; input: ClaimInput; receipts: ReceiptChanges }
  | { ok: false; fieldErrors: Record<string, FieldErrorCode> };

const RECEIPT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** The text fields of a form, bounded (what goes back to the form after an error; never a file). */
export function textValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && key !== "removeReceipt") values[key] = value.slice(0, 2000);
  return values;
}

/** The receipts ticked for removal (ids; the mutation ignores any that are not the claim's own). */
export function receiptsToRemove(form: FormData): string[] {
  const ids = form.getAll("removeReceipt").filter((v): v is string => typeof v === "string" && RECEIPT_ID.test(v));
  return [...new Set(ids)].slice(0, 50);
}

/** Files chosen in the receipts input (an untouched input posts an empty nameless file: not counted). */
export const chosenReceipts = (form: FormData): File[] => form.getAll("receipts").filter(isFilePresent);

export async function readClaimForm(form: FormData): Promise<ClaimFormData> {
  const values = textValues(form);
  const parsed = claimSchema.safeParse(values);
  const fieldErrors: Record<string, FieldErrorCode> = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const files = chosenReceipts(form);
  const add: CheckedUpload[] = [];
  if (files.length > MAX_RECEIPTS) fieldErrors.receipts = "tooManyFiles";
  else {
    for (const file of files) {
      const checked = await checkUpload(file, RECEIPT_UPLOAD);
      if (checked.ok) {
        add.push(checked.file);
        continue;
      }
      fieldErrors.receipts = checked.error === "FILE_TOO_LARGE" ? "fileTooLarge" : checked.error === "FILE_EMPTY" ? "fileEmpty" : "fileType";
      break;
    }
  }
  // Even when other fields are wrong: the claimant learns of every problem in one round trip.
  const version = claimSchema.shape.version.safeParse(values.version);
  const expenses = claimSchema.shape.expenses.safeParse(values.expenses);
  if (!fieldErrors.receipts && version.success && version.data === 0 && expenses.success) {
    const problem = receiptProblem(expenses.data, add.length);
    if (problem) fieldErrors.receipts = problem;
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, input: parsed.data, receipts: { add, remove: receiptsToRemove(form) } };
}
