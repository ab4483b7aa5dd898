// Server part of the "Følg" form: whether the viewer is signed in (then the account's address is used).
import { getCurrentSession } from "@/lib/auth/data";
import type { FollowTargetKind } from "@/lib/follow/schema";
import { href, type Locale } from "@/lib/i18n";
import { FollowForm } from "./follow-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function FollowSection({ lang, target, targetId }: { lang: Locale; target: FollowTargetKind; targetId: string }) {
  // The account's address as this request's session row has it (the action reads it again before it writes).
  const { user } = await getCurrentSession();
  const email = user?.email.toLowerCase() ?? null;
  return <ClientMessages lang={lang} for="FollowForm"><FollowForm lang={lang} target={target} targetId={targetId} signedInEmail={email} manageHref={href(lang, "/det-eg-folgjer")} /></ClientMessages>;
}
