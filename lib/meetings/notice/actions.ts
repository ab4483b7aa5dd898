"use server";
// The notice preview's actions: confirm and send, and the body's "calls deputies" setting (on the one chain through
// ../meeting-action.ts).
import { redirect } from "next/navigation";
import { langOfForm } from "@/lib/actions/chain";
import { href } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-url";
import { meetingAction } from "../meeting-action";
import { noticeCallsDeputiesSchema, sendNoticeSchema } from "../schema";
import { sendNotice, setNoticeCallsDeputies } from "./mutations";

export const confirmNoticeAction = meetingAction({
  name: "meetings.confirmNotice",
  schema: sendNoticeSchema,
  done: "noticeSent",
  work: (input, actor) => sendNotice(input, actor, { origin: siteOrigin() }),
  // After the commit the preview turns into the record of what was sent (works the same without JavaScript).
  then: (form) => redirect(href(langOfForm(form), `/admin/moter/${String(form.get("meetingId"))}/innkalling?sendt=1`)),
});

export const noticeCallsDeputiesAction = meetingAction({ name: "meetings.noticeCallsDeputies", schema: noticeCallsDeputiesSchema, done: "saved", work: setNoticeCallsDeputies });
