import { Alert } from "@digdir/designsystemet-react";
import type { Metadata } from "next";
import NextLink from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { NewPasswordForm } from "@/components/auth/reset-forms";
import { href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  // The token is in the query string: never send this address on as a referrer.
  return { ...pageMetadata(lang, "/logg-inn/nytt-passord", getTranslator(lang)("auth.reset.title")), robots: { index: false }, referrer: "no-referrer" };
}

export default async function NewPasswordPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "auth");
  const token = (await searchParams).token;
  return (
    <>
      <PageHeader title={m("reset.title")} />
      {typeof token === "string" && token.length > 10 ? (
        <ClientMessages lang={lang} for="NewPasswordForm"><NewPasswordForm lang={lang} token={token} signInHref={href(lang, "/logg-inn")} forgotHref={href(lang, "/logg-inn/gloymt-passord")} /></ClientMessages>
      ) : (
        <div className="mt-8 max-w-md">
          <Alert data-color="warning">
            {m("reset.missingToken")}{" "}
            <NextLink href={href(lang, "/logg-inn/gloymt-passord")} className="ds-link">
              {m("reset.requestNew")}
            </NextLink>
          </Alert>
        </div>
      )}
    </>
  );
}
