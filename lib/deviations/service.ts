import "server-only";
import type { ActionError as ChainError } from "@/lib/actions/chain";
import type { Viewer } from "@/lib/auth/viewer";
import {
  existingMeasureIds,
  getDeviationAreaId,
  getDeviationFacts,
  getRegistrationReferences,
} from "./data";
import { recordFollowUp, registerDeviation } from "./mutations";
import { canFollowUp, canRegister, canRegisterFor, isSignedIn } from "./policy";
import { deviationSchema, fieldErrorsOf, followUpSchema, type FieldErrorCode } from "./schema";

// The steps behind the server actions – authorize against the database, validate with the shared schema, write –
// taking the viewer as an argument so integration tests can run them for any role. Not a "use server" module:
// only actions.ts (which gets the viewer from the session) is reachable from the browser.

/** The chain's codes (lib/actions/chain.ts) and the deviations' own: a file sent with a form that takes none. */
export type ActionError = ChainError | "FILES_NOT_ALLOWED";

export type RegisterResult =
  | { ok: true; id: string }
  | { ok: false; error: ActionError; fieldErrors?: Record<string, FieldErrorCode>; values?: Record<string, string> };

export type FollowUpActionResult =
  | { ok: true; version: number }
  | { ok: false; error: ActionError; fieldErrors?: Record<string, FieldErrorCode> };

/** True when the submission carries a file: deviations never take attachments. */
function hasFile(formData: FormData): boolean {
  for (const [, value] of formData.entries()) {
    if (typeof value !== "string" && (value.size > 0 || value.name !== "")) return true;
  }
  return false;
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const REGISTER_FIELDS = [
  "areaId",
  "reportingPartyId",
  "concernedPartyId",
  "category",
  "agreementId",
  "clause",
  "month",
  "severity",
  "description",
] as const;

export async function handleRegistration(viewer: Viewer, formData: FormData): Promise<RegisterResult> {
  if (!isSignedIn(viewer)) return { ok: false, error: "UNAUTHENTICATED" };
  if (!canRegister(viewer)) return { ok: false, error: "FORBIDDEN" };
  if (hasFile(formData)) return { ok: false, error: "FILES_NOT_ALLOWED" };

  const values = Object.fromEntries(REGISTER_FIELDS.map((name) => [name, text(formData, name)]));
  const parsed = deviationSchema.safeParse(values);
  if (!parsed.success) return { ok: false, error: "INVALID", fieldErrors: fieldErrorsOf(parsed.error), values };

  const input = parsed.data;
  if (!canRegisterFor(viewer, input.reportingPartyId)) {
    return { ok: false, error: "INVALID", fieldErrors: { reportingPartyId: "notOwnParty" }, values };
  }
  const refs = await getRegistrationReferences({
    areaId: input.areaId,
    reportingPartyId: input.reportingPartyId,
    concernedPartyId: input.concernedPartyId,
    agreementId: input.agreementId || null,
  });
  const fieldErrors: Record<string, FieldErrorCode> = {};
  if (!refs.areaExists) fieldErrors.areaId = "invalid";
  if (!refs.partiesExist) fieldErrors.concernedPartyId = "invalid";
  if (!refs.agreementExists) fieldErrors.agreementId = "invalid";
  if (Object.keys(fieldErrors).length > 0) return { ok: false, error: "INVALID", fieldErrors, values };

  const { id } = await registerDeviation(input, { userId: viewer.userId });
  return { ok: true, id };
}

export async function handleFollowUp(viewer: Viewer, formData: FormData): Promise<FollowUpActionResult> {
  if (!isSignedIn(viewer)) return { ok: false, error: "UNAUTHENTICATED" };
  if (hasFile(formData)) return { ok: false, error: "FILES_NOT_ALLOWED" };

  const deviationId = text(formData, "deviationId");
  const areaId = deviationId ? await getDeviationAreaId(deviationId) : null;
  if (!areaId) return { ok: false, error: "NOT_FOUND" };
  if (!canFollowUp(viewer, await getDeviationFacts(), areaId)) return { ok: false, error: "FORBIDDEN" };

  const parsed = followUpSchema.safeParse({
    deviationId,
    version: text(formData, "version"),
    followUp: text(formData, "followUp"),
    handledOn: text(formData, "handledOn"),
    localProject: text(formData, "localProject"),
    measureIds: formData.getAll("measureIds").filter((v): v is string => typeof v === "string" && v !== ""),
  });
  if (!parsed.success) return { ok: false, error: "INVALID", fieldErrors: fieldErrorsOf(parsed.error) };

  const known = await existingMeasureIds(parsed.data.measureIds);
  if (known.length !== new Set(parsed.data.measureIds).size) {
    return { ok: false, error: "INVALID", fieldErrors: { measureIds: "invalid" } };
  }
  const result = await recordFollowUp(parsed.data, { userId: viewer.userId });
  return result.ok ? { ok: true, version: result.version } : { ok: false, error: result.error };
}
