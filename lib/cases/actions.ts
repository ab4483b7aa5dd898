"use server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/data";
import { faultSafe } from "@/lib/forms/faults";
import { requestIp, safeLocalPath } from "@/lib/auth/request";
import { ssuBodyId } from "./data";
import { handleComment, handleMove, handleSubmission, handleTriage, handleWithdraw, submissionEcho, type DeskResult, type SubmitResult } from "./service";

// Server actions of the case forms. The viewer always comes from the session on the server – never from the form –
// and the steps are in service.ts. The desk and withdrawal forms are plain posts that come back to their page with
// the outcome in the address (?utfall=…), so they work the same with and without JavaScript.

export async function submitCaseAction(_previous: SubmitResult | null, formData: FormData): Promise<SubmitResult> {
  // The database away (down, restarting, timing out): a typed UNAVAILABLE with the typed text, never the error page;
  // the form keeps its idempotency key, so trying again can never make a second case.
  return faultSafe(
    async () => handleSubmission(await getViewer(), formData, { ip: await requestIp(), now: new Date() }),
    (error) => ({ ok: false, error, values: submissionEcho(formData) }),
  );
}

function back(formData: FormData, result: DeskResult): never {
  const value = formData.get("returnTo");
  const path = safeLocalPath(typeof value === "string" ? value : "/", "/");
  const outcome = result.ok ? "ok" : result.error;
  const field = !result.ok && result.fieldErrors ? Object.keys(result.fieldErrors)[0] : undefined;
  redirect(`${path.split("?")[0]}?utfall=${outcome}${field ? `&felt=${encodeURIComponent(field)}` : ""}`);
}

/** A desk write; an infrastructure fault comes back to the page as ?utfall=UNAVAILABLE. */
async function desk(formData: FormData, work: () => Promise<DeskResult>): Promise<never> {
  back(formData, await faultSafe(work, (error): DeskResult => ({ ok: false, error })));
}

export async function triageCaseAction(formData: FormData): Promise<void> {
  await desk(formData, async () => handleTriage(await getViewer(), formData));
}

export async function commentCaseAction(formData: FormData): Promise<void> {
  await desk(formData, async () => handleComment(await getViewer(), formData));
}

export async function moveCaseAction(formData: FormData): Promise<void> {
  await desk(formData, async () => handleMove(await getViewer(), formData, { ip: await requestIp(), now: new Date(), ssuBodyId: await ssuBodyId() }));
}

export async function withdrawCaseAction(formData: FormData): Promise<void> {
  await desk(formData, async () => handleWithdraw(await getViewer(), formData, { ip: await requestIp(), now: new Date() }));
}
