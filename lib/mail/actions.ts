"use server";
// "Send again" on /admin/utboks (admins: outbox.resend), on the one chain (lib/actions/chain.ts): the mail goes back
// to the queue with a fresh count of tries; the page shows the outcome (?utfall=…), a refusal included. Works without
// JavaScript (a plain post).
import { redirect } from "next/navigation";
import { langOfForm, postAction, type Values } from "@/lib/actions/chain";
import { href } from "@/lib/i18n";
import { requeueMail } from "./mutations";

function back(form: FormData, outcome: string): never {
  const filter = String(form.get("filter") ?? "");
  const query = new URLSearchParams({ utfall: outcome, ...(/^(PENDING|SENT|FAILED)$/.test(filter) ? { status: filter } : {}) });
  redirect(`${href(langOfForm(form), "/admin/utboks")}?${query}`);
}

export const requeueMailAction = postAction<Values>({
  name: "mail.requeue",
  access: { permission: "outbox.resend", entity: "OutgoingEmail", entityId: (raw) => String(raw.id ?? "") },
  refuse: (refusal, form) => back(form, refusal.error),
  run: async ({ raw, actorId, form }) => back(form, (await requeueMail(String(raw.id ?? ""), actorId)) ? "resent" : "notFound"),
});
