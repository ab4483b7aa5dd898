// Signed-in indicator in the header: the user's name and sign-out (a plain form posting to a server action, so it
// works without JavaScript). Anonymous visitors get a sign-in link. The pages a signed-in viewer may use (Mitt Saman,
// Saksbehandling, Administrasjon …) are in the main menu (components/layout/site-header.tsx, lib/workspace/policy.ts).
import NextLink from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentSession } from "@/lib/auth/data";
import { href, type Locale, getTranslator } from "@/lib/i18n";

export async function AccountLinks({ lang }: { lang: Locale }) {
  const m = getTranslator(lang, "auth.header");
  const { user } = await getCurrentSession();
  if (!user) {
    return (
      <NextLink href={href(lang, "/logg-inn")} className="ds-link" data-testid="sign-in-link">
        {m("signIn")}
      </NextLink>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="account">
      <span>{m("signedInAs", { name: user.name })}</span>
      <form action={signOutAction}>
        <input type="hidden" name="lang" value={lang} />
        <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm">
          {m("signOut")}
        </button>
      </form>
    </div>
  );
}
