import { Link, Paragraph } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { href, type Locale, getTranslator } from "@/lib/i18n";

/** What a visitor without access sees: sign in first, or (signed in) no access – never any deviation data. */
export function AccessNotice({ lang, reason, returnTo }: { lang: Locale; reason: "signIn" | "forbidden"; returnTo: string }) {
  const m = getTranslator(lang, "deviations.access");
  if (reason === "forbidden") {
    return (
      <div data-testid="deviation-access">
        <PageHeader title={m("forbiddenTitle")} />
        <Paragraph className="mt-4 max-w-3xl">{m("forbiddenBody")}</Paragraph>
      </div>
    );
  }
  return (
    <div data-testid="deviation-access">
      <PageHeader title={m("signInTitle")} />
      <Paragraph className="mt-4 max-w-3xl">{m("signInBody")}</Paragraph>
      <Paragraph className="mt-4">
        <Link asChild>
          <NextLink href={`${href(lang, "/logg-inn")}?callbackUrl=${encodeURIComponent(href(lang, returnTo))}`}>{m("signInLink")}</NextLink>
        </Link>
      </Paragraph>
    </div>
  );
}
