// Server part of the "Følg" form: whether the viewer is signed in (then the account's address is used).
import { getViewer } from "@/lib/auth/data";
import { accountEmail } from "@/lib/follow/data";
import type { FollowTargetKind } from "@/lib/follow/schema";
import { href, type Locale } from "@/lib/i18n";
import { FollowForm } from "./follow-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function FollowSection({ lang, target, targetId }: { lang: Locale; target: FollowTargetKind; targetId: string }) {
  const viewer = await getViewer();
  const email = viewer.userId ? await accountEmail(viewer.userId) : null;
  return <ClientMessages lang={lang} for="FollowForm"><FollowForm lang={lang} target={target} targetId={targetId} signedInEmail={email} manageHref={href(lang, "/det-eg-folgjer")} /></ClientMessages>;
}
