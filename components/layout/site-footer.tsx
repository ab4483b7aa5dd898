import { Heading, Link, Paragraph } from "@/components/ui/ds";
import NextLink from "next/link";
import { href, type Locale, getTranslator } from "@/lib/i18n";
import { siteName } from "@/lib/structure/data";

export async function SiteFooter({ lang }: { lang: Locale }) {
  const m = getTranslator(lang, "footer");
  const owner = await siteName(lang);
  const links = [
    { path: "/om", label: m("about") },
    { path: "/kontakt", label: getTranslator(lang)("contact.title") },
    { path: "/tilgjengelegheit", label: m("accessibility") },
    { path: "/opne-data", label: getTranslator(lang)("openData.footerLink") },
    { path: "/styringsinformasjon", label: getTranslator(lang)("indicators.footerLink") },
    { path: "/journal", label: getTranslator(lang)("openData.journal.footerLink") },
    { path: "/arsmelding", label: getTranslator(lang)("annualReport.public.title") },
  ];
  return (
    <footer className="mt-12 border-t border-neutral-border-subtle bg-neutral-background-tinted">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 md:grid-cols-[2fr_1fr]">
        <section aria-labelledby="footer-contact">
          <Heading level={2} data-size="xs" id="footer-contact">
            {m("contactHeading")}
          </Heading>
          <Paragraph data-size="sm" className="mt-2">
            {m("contactBody")}
          </Paragraph>
          <Paragraph data-size="sm" className="mt-2">
            <Link asChild>
              <NextLink href={href(lang, "/kontakt")}>{m("contactDetails")}</NextLink>
            </Link>
          </Paragraph>
        </section>
        <nav aria-labelledby="footer-links">
          <Heading level={2} data-size="xs" id="footer-links">
            {m("linksHeading")}
          </Heading>
          <ul className="mt-2 grid gap-2">
            {links.map((link) => (
              <li key={link.path}>
                <Link asChild data-size="sm">
                  <NextLink href={href(lang, link.path)}>{link.label}</NextLink>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-neutral-border-subtle">
        <Paragraph data-size="xs" className="mx-auto max-w-5xl px-4 py-4 text-neutral-text-subtle" lang={owner.lang === lang ? undefined : owner.lang}>
          {owner.text}
        </Paragraph>
      </div>
    </footer>
  );
}
