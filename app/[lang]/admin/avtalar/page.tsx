import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { agreementFields } from "@/components/editors/agreement-fields";
import { EditorForm } from "@/components/editors/editor-form";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { createAgreementAction } from "@/lib/agreements/actions";
import { listAgreementsForEditor } from "@/lib/agreements/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/avtalar", getTranslator(lang)("editors.agreements.title")), robots: { index: false } };
}

export default async function AgreementEditorListPage({ params }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("content.edit", lang, "/admin/avtalar");
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "editors.agreements");
  const agreements = await listAgreementsForEditor();
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <AdminNav lang={lang} current="agreements" />
      <p className="mt-6">
        <NextLink href={href(lang, "/admin/avtalar/vedtak")} className="ds-link">
          {messages("adoption.matrix.nav")}
        </NextLink>
      </p>
      <section aria-labelledby="agreements-heading" className="mt-8">
        <SectionHeading id="agreements-heading">{m("listHeading")}</SectionHeading>
        <ul className="mt-3 grid gap-2" data-testid="agreement-editor-list">
          {agreements.map((a) => (
            <li key={a.id}>
              <NextLink href={href(lang, `/admin/avtalar/${a.slug}`)} className="ds-link">
                {localize(lang, a.title, a.titleNb)}
              </NextLink>{" "}
              <span className="text-sm">({messages(`labels.agreementKind.${a.kind}`)})</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-agreement-heading" className="mt-10">
        <SectionHeading id="new-agreement-heading">{m("newHeading")}</SectionHeading>
        <ClientMessages lang={lang} for="EditorForm"><EditorForm id="new-agreement" action={createAgreementAction} lang={lang} fields={agreementFields(lang, null)} submitLabel={m("create")} /></ClientMessages>
      </section>
    </>
  );
}
