"use server";
// The notice preview's actions: confirm and send, and the body's "calls deputies" setting.
import { redirect } from "next/navigation";
import { href } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-url";
import type { ActionState } from "../actions";
import { act, langOf } from "../act";
import { noticeCallsDeputiesSchema, sendNoticeSchema } from "../schema";
import { sendNotice, setNoticeCallsDeputies } from "./mutations";

export async function confirmNoticeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await act(form, sendNoticeSchema, "noticeSent", (input, actor) => sendNotice(input, actor, { origin: siteOrigin() }));
  // After the commit the preview turns into the record of what was sent (works the same without JavaScript).
  if (state?.ok) redirect(href(langOf(form), `/admin/moter/${String(form.get("meetingId"))}/innkalling?sendt=1`));
  return state;
}

export async function noticeCallsDeputiesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return act(form, noticeCallsDeputiesSchema, "saved", setNoticeCallsDeputies);
}
