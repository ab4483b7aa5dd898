"use server";
import { getViewer } from "@/lib/auth/data";
import { faultSafe, typedValues } from "@/lib/forms/faults";
import { handleFollowUp, handleRegistration, type FollowUpActionResult, type RegisterResult } from "./service";

// Server actions of the deviation forms (useActionState: previous state, form data). The viewer always comes from
// the session on the server – never from the form – and the steps are in service.ts.

export async function registerDeviationAction(_previous: RegisterResult | null, formData: FormData): Promise<RegisterResult> {
  return faultSafe(
    async () => handleRegistration(await getViewer(), formData),
    (error) => ({ ok: false, error, values: Object.fromEntries(Object.entries(typedValues(formData)).map(([k, v]) => [k, Array.isArray(v) ? v[0]! : v])) }),
  );
}

export async function recordFollowUpAction(
  _previous: FollowUpActionResult | null,
  formData: FormData,
): Promise<FollowUpActionResult> {
  return faultSafe(async () => handleFollowUp(await getViewer(), formData), (error) => ({ ok: false, error }));
}
