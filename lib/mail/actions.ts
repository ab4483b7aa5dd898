"use server";
// "Send again" on /admin/utboks (admins: outbox.resend): the mail goes back to the queue with a fresh count of
// tries; the page shows the outcome (?utfall=…). Works without JavaScript (a plain post).
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { faultSafe } from "@/lib/forms/faults";
import { href, isLocale } from "@/lib/i18n";
import { requeueMail } from "./mutations";

export async function requeueMailAction(formData: FormData): Promise<void> {
  const id = String(formData.get("id") ?? "");
  const lang = isLocale(formData.get("lang")) ? (formData.get("lang") as "nn" | "nb") : "nn";
  const filter = String(formData.get("filter") ?? "");
  const outcome = await faultSafe(
    async () => {
      const auth = await authorize("outbox.resend", undefined, { entityType: "OutgoingEmail", entityId: id });
      if (!auth.ok) return "FORBIDDEN";
      return (await requeueMail(id, auth.viewer.userId)) ? "resent" : "notFound";
    },
    (code) => code,
  );
  const query = new URLSearchParams({ utfall: outcome, ...(/^(PENDING|SENT|FAILED)$/.test(filter) ? { status: filter } : {}) });
  redirect(`${href(lang, "/admin/utboks")}?${query}`);
}
