"use server";
import { getViewer } from "@/lib/auth/data";
import { handleFollowUp, handleRegistration, type FollowUpActionResult, type RegisterResult } from "./service";

// Server actions of the deviation forms (useActionState: previous state, form data). The viewer always comes from
// the session on the server – never from the form – and the steps are in service.ts.

export async function registerDeviationAction(_previous: RegisterResult | null, formData: FormData): Promise<RegisterResult> {
  return handleRegistration(await getViewer(), formData);
}

export async function recordFollowUpAction(
  _previous: FollowUpActionResult | null,
  formData: FormData,
): Promise<FollowUpActionResult> {
  return handleFollowUp(await getViewer(), formData);
}
