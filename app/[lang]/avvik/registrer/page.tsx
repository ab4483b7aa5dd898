import type { Metadata } from "next";
import { connection } from "next/server";
import { AccessNotice } from "@/components/deviations/access-notice";
import { RegistrationForm } from "@/components/deviations/registration-form";
import { PageHeader } from "@/components/layout/page-header";
import { getAgreements, getAreas, getParties } from "@/lib/deviations/data";
import { canRegister } from "@/lib/deviations/policy";
import { currentMonth, DESCRIPTION_MAX } from "@/lib/deviations/schema";
import { isStaff } from "@/lib/auth/viewer";
import { localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { deviationAccess } from "../shared";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/avvik/registrer", getTranslator(lang)("deviations.register.title"));
}

export default async function RegisterDeviationPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getTranslator(lang, "deviations.register");
  const access = await deviationAccess();
  if (access.kind === "signIn") return <AccessNotice lang={lang} reason="signIn" returnTo="/avvik/registrer" />;
  if (!canRegister(access.viewer)) return <AccessNotice lang={lang} reason="forbidden" returnTo="/avvik/registrer" />;

  const [areas, parties, agreements] = await Promise.all([getAreas(), getParties(), getAgreements()]);
  const option = (p: { id: string; name: string; nameNb: string | null }) => ({ id: p.id, label: localize(lang, p.name, p.nameNb) });
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <ClientMessages lang={lang} for="RegistrationForm"><RegistrationForm
        lang={lang}
        areas={areas.map(option)}
        municipalities={parties.filter((p) => p.kind === "MUNICIPALITY").map(option)}
        specialist={parties.filter((p) => p.kind !== "MUNICIPALITY").map(option)}
        agreements={agreements.map((a) => ({ id: a.id, label: localize(lang, a.title, a.titleNb) }))}
        ownPartyId={isStaff(access.viewer) ? null : access.viewer.partyId}
        maxMonth={currentMonth()}
        descriptionMax={DESCRIPTION_MAX}
      /></ClientMessages>
    </>
  );
}
