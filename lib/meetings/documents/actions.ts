"use server";
// Withdrawing a meeting paper, from its own confirmation page (works without JavaScript: the page is the confirm step).
import { redirect } from "next/navigation";
import { langOfForm } from "@/lib/actions/chain";
import { href } from "@/lib/i18n";
import { meetingAction } from "../meeting-action";
import { withdrawDocumentSchema } from "../schema";
import { withdrawDocument } from "./mutations";

export const withdrawDocumentAction = meetingAction({
  name: "meetings.withdrawDocument",
  schema: withdrawDocumentSchema,
  done: "withdrawn",
  work: withdrawDocument,
  then: (form) => redirect(href(langOfForm(form), `/admin/moter/${String(form.get("meetingId"))}/dokument/${String(form.get("documentId"))}/trekk-tilbake?trekt=1`)),
});
