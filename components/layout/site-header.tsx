import NextLink from "next/link";
import { getViewer } from "@/lib/auth/data";
import { getDeviationFacts } from "@/lib/deviations/data";
import { href, otherLocale, type Locale, getTranslator } from "@/lib/i18n";
import { roleNav } from "@/lib/workspace/policy";
import { AccountLinks } from "./account-links";
import { LanguageSwitch } from "./language-switch";
import { navItems } from "./nav-items";
import { PrimaryNav } from "./primary-nav";
import { siteName } from "@/lib/structure/data";

/** `cached`: the page anonymous readers get from Next's cache (app/anon), rendered once without a request. */
export async function SiteHeader({ lang, cached }: { lang: Locale; cached: boolean }) {
  const m = getTranslator(lang);
  // The signed-in viewer's own pages (Mitt Saman, Mine saker, Saksbehandling …), from the role table; none when
  // anonymous, so the page anonymous visitors get (and Next caches for them: app/anon) never holds them.
  const viewer = await getViewer();
  const deviations = viewer.userId !== null && viewer.memberBodyIds.length > 0 ? await getDeviationFacts() : undefined;
  const roleLinks = roleNav(viewer, { deviations }).map((item) => ({ href: href(lang, item.path), path: item.path, label: m(`workspace.nav.${item.key}`) }));
  return (
    <header className="bg-neutral-background-default">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4">
        <NextLink
          href={href(lang, "/")}
          className="group flex items-center gap-3 rounded-sm text-neutral-text-default no-underline"
        >
          <Logo />
          <span className="flex flex-col">
            <span className="text-2xl leading-tight font-semibold group-hover:underline">{m("site.name")}</span>
            <span className="text-sm leading-snug text-neutral-text-subtle">{(await siteName(lang)).text}</span>
          </span>
        </NextLink>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <AccountLinks lang={lang} />
          <LanguageSwitch lang={lang} label={getTranslator(otherLocale(lang))("languageName")} keepsQuery={!cached} />
        </div>
      </div>
      <PrimaryNav
        label={m("nav.label")}
        menuLabel={m("workspace.nav.menu")}
        links={navItems.map((item) => ({ href: href(lang, item.path), path: item.path, label: m(`nav.items.${item.key}`) }))}
        roleLinks={roleLinks}
      />
    </header>
  );
}

/** Two overlapping rings: two parties, one community. Decorative. */
function Logo() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 48 32" width="48" height="32" className="shrink-0">
      <circle cx="16" cy="16" r="12" fill="none" stroke="var(--ds-color-accent-base-default)" strokeWidth="4" />
      <circle cx="32" cy="16" r="12" fill="none" stroke="var(--ds-color-brand1-base-default)" strokeWidth="4" />
    </svg>
  );
}
