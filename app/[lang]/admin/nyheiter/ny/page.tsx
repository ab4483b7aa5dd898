import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { EditorForm } from "@/components/editors/editor-form";
import { BackLink } from "@/components/editors/editor-parts";
import { newsFields } from "@/components/editors/news-fields";
import { PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { createNewsAction } from "@/lib/news/actions";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/nyheiter/ny", getTranslator(lang)("editors.news.newTitle")), robots: { index: false } };
}

export default async function NewNewsPage({ params }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("content.edit", lang, "/admin/nyheiter/ny");
  const m = getTranslator(lang, "editors.news");
  return (
    <>
      <PageHeader title={m("newTitle")} />
      <AdminNav lang={lang} current="news" />
      <BackLink to={href(lang, "/admin/nyheiter")}>{m("back")}</BackLink>
      <ClientMessages lang={lang} for="EditorForm"><EditorForm id="news" action={createNewsAction} lang={lang} fields={newsFields(lang, null)} submitLabel={m("create")} /></ClientMessages>
    </>
  );
}
