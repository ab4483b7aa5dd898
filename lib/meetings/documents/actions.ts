"use server";
// Withdrawing a meeting paper, from its own confirmation page (works without JavaScript: the page is the confirm step).
import { redirect } from "next/navigation";
import { href } from "@/lib/i18n";
import type { ActionState } from "../actions";
import { act, langOf } from "../act";
import { withdrawDocumentSchema } from "../schema";
import { withdrawDocument } from "./mutations";

export async function withdrawDocumentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await act(form, withdrawDocumentSchema, "withdrawn", withdrawDocument);
  if (state?.ok) redirect(href(langOf(form), `/admin/moter/${String(form.get("meetingId"))}/dokument/${String(form.get("documentId"))}/trekk-tilbake?trekt=1`));
  return state;
}
