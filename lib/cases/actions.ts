"use server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/data";
import { requestIp, safeLocalPath } from "@/lib/auth/request";
import { ssuBodyId } from "./data";
import { handleComment, handleMove, handleSubmission, handleTriage, handleWithdraw, type DeskResult, type SubmitResult } from "./service";

// Server actions of the case forms. The viewer always comes from the session on the server – never from the form –
// and the steps are in service.ts. The desk and withdrawal forms are plain posts that come back to their page with
// the outcome in the address (?utfall=…), so they work the same with and without JavaScript.

export async function submitCaseAction(_previous: SubmitResult | null, formData: FormData): Promise<SubmitResult> {
  return handleSubmission(await getViewer(), formData, { ip: await requestIp(), now: new Date() });
}

function back(formData: FormData, result: DeskResult): never {
  const value = formData.get("returnTo");
  const path = safeLocalPath(typeof value === "string" ? value : "/", "/");
  const outcome = result.ok ? "ok" : result.error;
  const field = !result.ok && result.fieldErrors ? Object.keys(result.fieldErrors)[0] : undefined;
  redirect(`${path.split("?")[0]}?utfall=${outcome}${field ? `&felt=${encodeURIComponent(field)}` : ""}`);
}

export async function triageCaseAction(formData: FormData): Promise<void> {
  back(formData, await handleTriage(await getViewer(), formData));
}

export async function commentCaseAction(formData: FormData): Promise<void> {
  back(formData, await handleComment(await getViewer(), formData));
}

export async function moveCaseAction(formData: FormData): Promise<void> {
  back(formData, await handleMove(await getViewer(), formData, { ip: await requestIp(), now: new Date(), ssuBodyId: await ssuBodyId() }));
}

export async function withdrawCaseAction(formData: FormData): Promise<void> {
  back(formData, await handleWithdraw(await getViewer(), formData, { ip: await requestIp(), now: new Date() }));
}
