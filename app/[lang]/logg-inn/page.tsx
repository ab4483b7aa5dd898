import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { OidcButton } from "@/components/auth/oidc-button";
import { SignInForm } from "@/components/auth/sign-in-form";
import { href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { oidcConfigured } from "@/lib/auth/options";
import { safeLocalPath } from "@/lib/auth/request";
import { HOME_PATH } from "@/lib/workspace/policy";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/logg-inn", getTranslator(lang)("auth.signIn.title")), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "auth");
  const query = await searchParams;
  const callbackUrl = safeLocalPath(query.callbackUrl, href(lang, HOME_PATH));
  // next-auth sends a refused or failed OpenID Connect sign-in back here with ?error=… (AccessDenied: no such user).
  const oidcError = typeof query.error === "string" && query.error ? (query.error === "AccessDenied" ? m("signIn.oidcRefused") : m("signIn.oidcFailed")) : null;
  return (
    <>
      <PageHeader title={m("signIn.title")} lead={m("signIn.lead")} />
      {oidcError ? (
        <div className="ds-alert mt-6 max-w-3xl" data-color="danger" data-testid="oidc-error">
          <p className="ds-paragraph">{oidcError}</p>
        </div>
      ) : null}
      <ClientMessages lang={lang} for="SignInForm"><SignInForm lang={lang} callbackUrl={callbackUrl} forgotHref={href(lang, "/logg-inn/gloymt-passord")} /></ClientMessages>
      {oidcConfigured() ? (
        <div className="mt-6 max-w-md">
          <p className="ds-paragraph mb-3">{m("signIn.or")}</p>
          <OidcButton label={m("signIn.oidc", { name: process.env.OIDC_NAME ?? "OpenID Connect" })} callbackUrl={callbackUrl} />
        </div>
      ) : null}
    </>
  );
}
