// Server part of the "Følg" form: whether the viewer is signed in (then the account's address is used), and the form's
// texts, formatted here so the browser gets strings, not a message formatter (components/follow/follow-form.tsx).
import { getCurrentSession } from "@/lib/auth/data";
import { ACTION_ERRORS } from "@/lib/actions/chain";
import type { FollowTargetKind } from "@/lib/follow/schema";
import { getTranslator, href, type Locale } from "@/lib/i18n";
import { FollowForm, type FollowText } from "./follow-form";

function followText(lang: Locale, signedInEmail: string | null): FollowText {
  const f = getTranslator(lang, "follow.form");
  return {
    heading: f("heading"),
    lead: signedInEmail ? f("leadSignedIn", { email: signedInEmail }) : f("lead"),
    email: f("email"),
    frequency: f("frequency"),
    immediate: f("immediate"),
    weekly: f("weekly"),
    submit: f("submit"),
    pending: f("pending"),
    following: f("following"),
    manage: getTranslator(lang, "follow")("manage.nav"),
    errors: Object.fromEntries(ACTION_ERRORS.map((error) => [error, f(`errors.${error}`)])) as FollowText["errors"],
  };
}

export async function FollowSection({ lang, target, targetId }: { lang: Locale; target: FollowTargetKind; targetId: string }) {
  // The account's address as this request's session row has it (the action reads it again before it writes).
  const { user } = await getCurrentSession();
  const email = user?.email.toLowerCase() ?? null;
  return <FollowForm lang={lang} target={target} targetId={targetId} signedIn={email !== null} manageHref={href(lang, "/det-eg-folgjer")} text={followText(lang, email)} />;
}
