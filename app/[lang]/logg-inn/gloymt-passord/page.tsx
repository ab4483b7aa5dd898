import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ResetRequestForm } from "@/components/auth/reset-forms";
import { href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/logg-inn/gloymt-passord", getTranslator(lang)("auth.forgot.title")), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: Props) {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "auth");
  return (
    <>
      <PageHeader title={m("forgot.title")} lead={m("forgot.lead")} />
      <ClientMessages lang={lang} for="ResetRequestForm"><ResetRequestForm lang={lang} backHref={href(lang, "/logg-inn")} /></ClientMessages>
    </>
  );
}
