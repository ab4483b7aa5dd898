import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { AdoptionForm } from "@/components/adoption/adoption-form";
import { BackLink } from "@/components/editors/editor-parts";
import { PageHeader } from "@/components/layout/page-header";
import { updateAdoptionAction } from "@/lib/adoption/actions";
import { getAdoption } from "@/lib/adoption/data";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate, href, localize, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  return { ...pageMetadata(lang, `/mine-vedtak/${id}`, getTranslator(lang)("adoption.own.title")), robots: { index: false } };
}

// One row's form. Another party's row is the plain 404 page: nothing about what is there (the action refuses it too).
export default async function AdoptionFormPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const { id } = await params;
  const viewer = await requirePagePermission("adoption.update", lang, `/mine-vedtak/${id}`);
  const row = await getAdoption(id);
  if (!row || !can(viewer, "adoption.update", { partyId: row.partyId })) notFound();
  const m = getTranslator(lang, "adoption");
  const agreement = localize(lang, row.agreementVersion.agreement.title, row.agreementVersion.agreement.titleNb);
  return (
    <>
      <PageHeader
        title={m("form.title", { agreement })}
        lead={`${localize(lang, row.party.name, row.party.nameNb)} · ${m("own.version", { label: row.agreementVersion.label, date: row.agreementVersion.adoptedOn ? formatDate(lang, row.agreementVersion.adoptedOn, "long") : "" })}`}
      />
      <BackLink to={href(lang, "/mine-vedtak")}>{m("form.back")}</BackLink>
      <ClientMessages lang={lang} for="AdoptionForm"><AdoptionForm
        lang={lang}
        action={updateAdoptionAction}
        row={{
          id: row.id,
          version: row.version,
          status: row.status,
          decidedOn: row.decidedOn ? osloIsoDate(row.decidedOn) : "",
          reference: row.reference ?? "",
          note: row.note ?? "",
          documentName: row.documentName,
        }}
      /></ClientMessages>
    </>
  );
}
